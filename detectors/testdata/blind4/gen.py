#!/usr/bin/env python3
"""Blind evaluation set #4 for the Haili listing-compliance pipeline.

Writes events.jsonl and labels.jsonl next to this file, reads them back, validates them against the
wire contract (../spec/events.md shape) and the labelling rules, prints a summary and exits 1 on any
failed check.  Python 3 standard library only; output is byte-identical on every run (SEED fixed).
"""
import collections
import hashlib
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS_PATH = os.path.join(HERE, "events.jsonl")
LABELS_PATH = os.path.join(HERE, "labels.jsonl")

rng = random.Random(SEED)
T0 = datetime(2026, 5, 1, 0, 0, 0, tzinfo=timezone.utc)


def eid(kind, key):
    return "b4-" + hashlib.sha256(("%d|%s|%s" % (SEED, kind, key)).encode()).hexdigest()[:16]


def r2(x):
    return round(x + 1e-9, 2)


def ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


LANGS = ["en", "zh", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "hi", "id", "vi", "th", "ja", "ko"]

# --------------------------------------------------------------------------------------------------
# Categories.  lo/hi: the realistic market band of the unit price (background listings stay inside).
# Shipping model: fee for an order of q units ~= fix + per * q  (background quotes within +-20 %).
# --------------------------------------------------------------------------------------------------
CATS = collections.OrderedDict()
CATS["hydraulic-fittings"] = dict(
    path=["Machinery", "Hydraulics & Pneumatics", "Hydraulic Fittings"], unit="piece", lo=0.80, hi=4.50,
    moqs=[50, 100, 200, 500], fix=15.0, per=0.05, method="Express (DHL/FedEx)", short="hydraulic fittings",
    attr="Thread Size", skus=[("1/4 inch", 0.7), ("3/8 inch", 0.85), ("1/2 inch", 1.0), ("3/4 inch", 1.3), ("1 inch", 1.7)],
    titles=["Carbon Steel JIC 37 Degree Male Hose Fitting", "BSP Female Swivel Hydraulic Adapter Zinc Plated",
            "ORFS Straight Hydraulic Connector", "Metric DIN 2353 Compression Fitting", "NPT 90 Degree Elbow Hydraulic Adapter",
            "Hydraulic Banjo Fitting with Copper Washers", "Flat-Face Hydraulic Tee Adapter", "Pipe-to-Hose Crimp Ferrule Fitting"])
CATS["ceramic-floor-tiles"] = dict(
    path=["Construction & Real Estate", "Tiles & Accessories", "Floor Tiles"], unit="square meter", lo=4.0, hi=12.0,
    moqs=[100, 200, 300, 500], fix=60.0, per=1.1, method="Sea freight (LCL)", short="floor tiles",
    attr="Size", skus=[("300x300 mm", 0.8), ("600x600 mm", 1.0), ("800x800 mm", 1.2), ("600x1200 mm", 1.35)],
    titles=["Polished Porcelain Floor Tile", "Matt Rustic Ceramic Floor Tile", "Glazed Marble-Look Porcelain Tile",
            "Anti-Slip Outdoor Ceramic Tile R11", "Wood-Look Porcelain Plank Tile", "Terrazzo-Effect Vitrified Floor Tile",
            "Cement-Look Matt Porcelain Tile", "Double-Loaded Vitrified Floor Tile"])
CATS["packaging-tape"] = dict(
    path=["Packaging & Printing", "Adhesive Tapes", "Carton Sealing Tape"], unit="roll", lo=0.25, hi=0.90,
    moqs=[360, 500, 1000, 2000], fix=12.0, per=0.04, method="Sea freight (LCL)", short="packing tape",
    attr="Width", skus=[("36 mm", 0.8), ("48 mm", 1.0), ("60 mm", 1.2), ("72 mm", 1.45)],
    titles=["BOPP Clear Carton Sealing Tape 100 m", "Brown Acrylic Packing Tape 45 Micron", "Custom Logo Printed Packing Tape",
            "Low-Noise BOPP Sealing Tape", "Fragile Warning Printed Packing Tape", "Crystal Clear Hot-Melt Packing Tape",
            "Tan Carton Sealing Tape 50 Micron", "Super Clear Packaging Tape for E-commerce"])
CATS["work-gloves"] = dict(
    path=["Safety & Security", "Hand Protection", "Work Gloves"], unit="dozen", lo=3.5, hi=9.0,
    moqs=[50, 100, 200, 300], fix=15.0, per=0.25, method="Sea freight (LCL)", short="work gloves",
    attr="Size", skus=[("S", 1.0), ("M", 1.0), ("L", 1.0), ("XL", 1.05)],
    titles=["Nitrile Coated Polyester Work Gloves", "PU Palm Coated Nylon Work Gloves", "Latex Crinkle Grip Gardening Gloves",
            "Cotton Knitted Gloves with PVC Dots", "Sandy Nitrile Double-Dipped Gloves", "Foam Latex Coated Construction Gloves",
            "Micro-Foam Nitrile Assembly Gloves", "Hi-Vis Latex Coated Work Gloves"])
CATS["frozen-shrimp"] = dict(
    path=["Agriculture", "Seafood", "Shrimp & Prawns"], unit="kilogram", lo=5.5, hi=11.0,
    moqs=[500, 1000, 2000, 5000], fix=120.0, per=0.55, method="Reefer sea freight", short="frozen shrimp",
    attr="Count per lb", skus=[("16/20", 1.25), ("21/25", 1.12), ("26/30", 1.0), ("31/40", 0.9), ("41/50", 0.8)],
    titles=["Frozen Vannamei Shrimp Head-On Shell-On", "IQF Peeled Deveined Tail-On White Shrimp", "Frozen Black Tiger Prawns",
            "Block Frozen Headless Shell-On Shrimp", "Cooked Peeled Vannamei Shrimp IQF", "Frozen Red Argentine Shrimp L1",
            "Frozen PUD Vannamei Shrimp", "Easy-Peel Frozen White Shrimp"])
CATS["aluminium-ingots"] = dict(
    path=["Metallurgy, Chemicals, Rubber & Plastics", "Non-Ferrous Metals", "Aluminum Ingots"], unit="ton", lo=2200.0, hi=2750.0,
    moqs=[5, 10, 20, 25], fix=300.0, per=85.0, method="Sea freight (container)", short="aluminium ingots",
    attr="Grade", skus=[("A7 99.7%", 1.0), ("A8 99.8%", 1.02), ("A00 99.7%", 1.01)],
    titles=["Primary Aluminium Ingot A7 99.7%", "Aluminum Ingot A8 99.8% Purity", "ADC12 Aluminium Alloy Ingot",
            "A356 Cast Aluminium Alloy Ingot", "Remelted Aluminium Ingot 99.5%", "Aluminium Ingot A00 for Die Casting",
            "AlSi10Mg Aluminium Alloy Ingot", "High-Purity Aluminium Ingot 99.85%"])
CATS["pet-preforms"] = dict(
    path=["Packaging & Printing", "Plastic Packaging", "PET Preforms"], unit="carton", lo=38.0, hi=85.0,
    moqs=[20, 40, 50, 100], fix=40.0, per=2.2, method="Sea freight (LCL)", short="PET preforms",
    attr="Preform Weight", skus=[("12.5 g", 0.75), ("18 g", 0.9), ("23 g", 1.0), ("28 g", 1.15), ("35 g", 1.35)],
    titles=["PET Bottle Preform 28 mm PCO1881 Neck (1,500 pcs/carton)", "30/25 Neck Water Bottle PET Preform (1,500 pcs/carton)",
            "38 mm Neck Juice Bottle PET Preform (1,200 pcs/carton)", "Hot-Fill PET Preform 38 mm (1,200 pcs/carton)",
            "Oil Bottle PET Preform 30/25 (1,500 pcs/carton)", "Carbonated Drink PET Preform PCO1810 (1,500 pcs/carton)",
            "Food-Grade Clear PET Preform 28 mm (1,800 pcs/carton)", "Light-Weight PET Preform 29/25 (2,000 pcs/carton)"])
CATS["steel-wire-rope"] = dict(
    path=["Metallurgy, Chemicals, Rubber & Plastics", "Steel", "Steel Wire Rope"], unit="meter", lo=0.15, hi=1.90,
    moqs=[500, 1000, 2000], fix=15.0, per=0.03, method="Sea freight (LCL)", short="steel wire rope",
    attr="Diameter", skus=[("4 mm", 0.45), ("6 mm", 0.7), ("8 mm", 1.0), ("10 mm", 1.45), ("12 mm", 1.9)],
    titles=["Galvanized Steel Wire Rope 6x19+FC", "Stainless 304 Wire Rope 7x7", "Ungalvanized Lifting Wire Rope 6x37+IWRC",
            "PVC Coated Galvanized Wire Rope", "Compacted Crane Wire Rope 35Wx7", "Elevator Steel Wire Rope 8x19S+NF",
            "Mooring Galvanized Wire Rope 6x36WS", "Stainless 316 Marine Wire Rope 1x19"])
CATS["socket-wrench-sets"] = dict(
    path=["Tools & Hardware", "Hand Tools", "Socket Sets"], unit="set", lo=8.0, hi=38.0,
    moqs=[20, 50, 100, 200], fix=20.0, per=1.6, method="Sea freight (LCL)", short="socket wrench sets",
    attr="Pieces", skus=[("40 pcs", 0.8), ("46 pcs", 1.0), ("94 pcs", 1.7), ("108 pcs", 2.0)],
    titles=["46-Piece 1/4 Inch Drive Socket Wrench Set", "Chrome Vanadium Socket Set with Ratchet", "Metric Impact Socket Set 3/8 Inch Drive",
            "40-Piece Ratchet and Bit Socket Kit", "Mechanic Tool Set in Blow-Mould Case", "CR-V Deep Socket Wrench Set",
            "Auto Repair Socket Tool Kit", "Quick-Release Ratchet Socket Set"])

UNIT_PL = {"piece": "pcs", "square meter": "m²", "roll": "rolls", "dozen": "dozen", "kilogram": "kg", "ton": "tons",
           "carton": "cartons", "meter": "m", "set": "sets"}
UNIT_1 = {"piece": "pc", "square meter": "m²", "roll": "roll", "dozen": "dozen", "kilogram": "kg", "ton": "ton",
          "carton": "carton", "meter": "m", "set": "set"}


def model_fee(cat, q):
    c = CATS[cat]
    return c["fix"] + c["per"] * q


# --------------------------------------------------------------------------------------------------
# Listing descriptions (background frames, 16 languages)
# --------------------------------------------------------------------------------------------------
DESC = {
    "en": "{title}. Factory direct, stable quality. Lead time {lt} days. Payment through Trade Assurance.",
    "zh": "{title}，工厂直供，品质稳定，交期{lt}天，支持信用保障订单。",
    "es": "{title}. Venta directa de fábrica, calidad constante. Plazo de entrega {lt} días.",
    "pt": "{title}. Direto da fábrica, qualidade estável. Prazo de entrega {lt} dias.",
    "fr": "{title}. Directement de l'usine, qualité constante. Délai {lt} jours.",
    "de": "{title}. Direkt ab Werk, gleichbleibende Qualität. Lieferzeit {lt} Tage.",
    "it": "{title}. Direttamente dalla fabbrica, qualità costante. Consegna in {lt} giorni.",
    "ru": "{title}. Напрямую с завода, стабильное качество. Срок поставки {lt} дней.",
    "tr": "{title}. Fabrikadan doğrudan, istikrarlı kalite. Teslim süresi {lt} gün.",
    "ar": "{title}. مباشرة من المصنع، جودة ثابتة. مدة التسليم {lt} يوما.",
    "hi": "{title}. सीधे फ़ैक्टरी से, स्थिर गुणवत्ता। डिलीवरी समय {lt} दिन।",
    "id": "{title}. Langsung dari pabrik, kualitas stabil. Waktu pengiriman {lt} hari.",
    "vi": "{title}. Hàng trực tiếp từ nhà máy, chất lượng ổn định. Thời gian giao hàng {lt} ngày.",
    "th": "{title} สินค้าตรงจากโรงงาน คุณภาพสม่ำเสมอ ระยะเวลาจัดส่ง {lt} วัน",
    "ja": "{title}。工場直販、品質安定。納期{lt}日。",
    "ko": "{title}. 공장 직판, 안정된 품질. 납기 {lt}일.",
}
MOQ_SENT = {
    "en": " MOQ {moq} {u}.", "zh": "起订量{moq} {u}。", "es": " Pedido mínimo {moq} {u}.", "pt": " Pedido mínimo {moq} {u}.",
    "fr": " Minimum de commande : {moq} {u}.", "de": " Mindestbestellmenge {moq} {u}.", "it": " Ordine minimo {moq} {u}.",
    "ru": " Минимальный заказ {moq} {u}.", "tr": " Minimum sipariş {moq} {u}.", "ar": " الحد الأدنى للطلب {moq} {u}.",
    "hi": " न्यूनतम ऑर्डर {moq} {u}।", "id": " Minimal order {moq} {u}.", "vi": " Đặt hàng tối thiểu {moq} {u}.",
    "th": " สั่งขั้นต่ำ {moq} {u}", "ja": "最小注文数量 {moq} {u}。", "ko": " 최소 주문 {moq} {u}.",
}

LISTINGS = []   # (event dict, label dict, meta dict)
MERCHANTS = ["QM-%d" % (4001 + i) for i in range(64)]
BUYERS = ["QB-%d" % (6001 + i) for i in range(160)]
_lid = [10000]


def next_lid():
    _lid[0] += 1
    return "QL-%d" % _lid[0]


def ship_opt(method, fee, q):
    return {"method": method, "fee": r2(fee), "for_qty": q}


def add_listing(cat, title, desc, moq, tiers, skus, prange, shipping, custom, sample, expect, allow, note, meta):
    c = CATS[cat]
    lid = next_lid()
    sk = []
    for i, s in enumerate(skus):
        name, price, val = s
        attrs = {val[0]: val[1]} if isinstance(val, tuple) else {c["attr"]: val}
        sk.append({"sku_id": "S%d" % (i + 1), "name": name, "unit_price": r2(price), "attributes": attrs})
    ev = collections.OrderedDict()
    ev["schema"] = "listing.v1"
    ev["event_id"] = eid("listing", lid)
    ev["op"] = "upsert"
    ev["listing_id"] = lid
    ev["version"] = rng.randint(1, 6)
    ev["merchant_id"] = rng.choice(MERCHANTS)
    ev["category_id"] = cat
    ev["category_path"] = list(c["path"])
    ev["title"] = title
    ev["description"] = desc
    ev["currency"] = "USD"
    ev["unit"] = c["unit"]
    ev["moq"] = moq
    ev["price_tiers"] = [{"min_qty": q, "unit_price": r2(p)} for q, p in tiers]
    ev["price_range"] = prange
    ev["skus"] = sk
    ev["shipping"] = shipping
    ev["customization"] = custom
    ev["sample_price"] = None if sample is None else r2(sample)
    ev["updated_at"] = None  # filled later
    lab = collections.OrderedDict([("subject", "listing"), ("subject_id", lid), ("expect", list(expect)),
                                   ("allow", list(allow)), ("note", note)])
    meta = dict(meta)
    meta["cat"] = cat
    LISTINGS.append((ev, lab, meta))
    return ev


def bg_listing(cat, lang):
    """A clean background listing: price inside the band, tiers with modest discounts, normal shipping."""
    c = CATS[cat]
    lo, hi = c["lo"], c["hi"]
    moq = rng.choice(c["moqs"])
    title = rng.choice(c["titles"])
    lt = rng.choice([7, 10, 12, 15, 20, 25, 30])
    desc = DESC[lang].format(title=title, lt=lt)
    if rng.random() < 0.45:
        desc += MOQ_SENT[lang].format(moq=moq, u=UNIT_PL[c["unit"]])
    style = "range" if rng.random() < 0.38 else "tiers"
    tiers, skus, prange = [], [], None
    if style == "tiers":
        n = rng.choice([2, 3, 3, 4])
        disc = [rng.uniform(0.90, 0.97) for _ in range(n - 1)]
        total = 1.0
        for x in disc:
            total *= x
        p = rng.uniform(lo * 1.03 / total, hi * 0.97)
        q = moq
        for i in range(n):
            tiers.append((q, p))
            q = q * rng.choice([3, 5, 10])
            if i < n - 1:
                p = p * disc[i]
        if rng.random() < 0.5:  # same-price variants (colour / packing)
            if rng.random() < 0.5:
                vals = [("Color", v) for v in rng.sample(["Black", "Blue", "Grey", "Orange", "Green"], 2)]
            else:
                vals = [("Packing", v) for v in rng.sample(["Standard export carton", "Neutral packing", "Pallet wrapped"], 2)]
            skus = [(v[1], tiers[0][1], v) for v in vals]
    else:
        opts = list(c["skus"])
        k = rng.randint(2, len(opts))
        start = rng.randint(0, len(opts) - k)
        sel = opts[start:start + k]
        mmin, mmax = sel[0][1], sel[-1][1]
        mmin, mmax = min(m for _, m in sel), max(m for _, m in sel)
        blo, bhi = lo * 1.04 / mmin, hi * 0.96 / mmax
        if blo > bhi:
            sel = [opts[len(opts) // 2]]
            mmin = mmax = sel[0][1]
            blo, bhi = lo * 1.04 / mmin, hi * 0.96 / mmax
        base = rng.uniform(blo, bhi)
        skus = [(n_, base * m, n_) for n_, m in sel]
        prices = [r2(base * m) for _, m in sel]
        prange = {"min": min(prices), "max": max(prices)}
    ship = []
    r = rng.random()
    if r < 0.1:
        ship.append(ship_opt(c["method"] + " (free shipping promotion)", 0.0, moq))
    else:
        ship.append(ship_opt(c["method"], model_fee(cat, moq) * rng.uniform(0.85, 1.2), moq))
        if rng.random() < 0.35:
            q2 = moq * 5
            ship.append(ship_opt(c["method"], model_fee(cat, q2) * rng.uniform(0.85, 1.2), q2))
    custom = []
    if rng.random() < 0.6:
        custom.append({"option": rng.choice(["Customized logo", "Customized packaging", "Graphic customization"]),
                       "min_qty": moq * rng.choice([2, 3, 5, 10])})
    main = tiers[0][1] if tiers else (prange["min"] + prange["max"]) / 2
    sample = None if rng.random() < 0.4 else main * rng.uniform(1.0, 3.0) + rng.choice([0, 0, 5, 10])
    add_listing(cat, title, desc, moq, tiers, skus, prange, ship, custom, sample, [], [],
                "background: clean %s listing (lang=%s)" % (cat, lang), {"kind": "background", "lang": lang})


# --------------------------------------------------------------------------------------------------
# Violations and hard negatives on listings
# --------------------------------------------------------------------------------------------------
def special(cat, kind, code, lang, desc, moq, tiers=(), skus=(), prange="auto", ship=None, custom=(), sample=None,
            note="", allow=None, meta=None, title=None):
    c = CATS[cat]
    title = title or rng.choice(c["titles"])
    if "{title}" in desc:
        desc = desc.replace("{title}", title)
    tiers = list(tiers)
    skus = list(skus)
    if prange == "auto":
        prange = None
        if skus and not tiers:
            ps = [r2(s[1]) for s in skus]
            prange = {"min": min(ps), "max": max(ps)}
    if ship is None:
        q = tiers[0][0] if tiers else moq
        ship = [ship_opt(c["method"], model_fee(cat, q) * rng.uniform(0.9, 1.1), q)]
    allow = [] if allow is None else list(allow)
    lo = c["lo"]
    if allow == [] and kind == "viol":
        if code == "fake_price_tier":
            bait = min([p for _, p in tiers] + ([prange["min"]] if prange else []))
            if bait < lo * 0.6:
                allow = ["off_market_price"]
        elif code == "abused_sku" and prange is not None:
            if prange["min"] < lo * 0.5:
                allow = ["fake_price_tier", "off_market_price"]
            else:
                allow = ["fake_price_tier"]
        elif code == "inflated_shipping":
            mp = tiers[0][1] if tiers else (prange["min"] if prange else 0)
            if mp < lo * 0.5:
                allow = ["off_market_price"]
    expect = [code] if kind == "viol" else []
    prefix = code if kind == "viol" else "hard negative for %s" % code
    m = {"kind": kind, "code": code, "lang": lang}
    m.update(meta or {})
    add_listing(cat, title, desc, moq, tiers, skus, prange, ship, list(custom), sample, expect, allow,
                "%s: %s (lang=%s)" % (prefix, note, lang), m)


def D(lang, extra=""):
    return DESC[lang].format(title="{title}", lt=rng.choice([10, 15, 20, 25])) + extra


def build_specials():
    F, T, TP, G, S, A, P, W, K = ("hydraulic-fittings", "ceramic-floor-tiles", "packaging-tape", "work-gloves",
                                  "frozen-shrimp", "aluminium-ingots", "pet-preforms", "steel-wire-rope", "socket-wrench-sets")
    M = lambda cat: CATS[cat]["method"]
    # ---------------- fake_price_tier: 11 violations ----------------
    special(F, "viol", "fake_price_tier", "en", D("en"), 100, [(100, 2.10), (500, 1.98), (2000, 1.85), (100000, 0.02)],
            note="last tier 0.02 at 100,000 pcs against 1.85-2.10 (1% of the ladder)")
    special(T, "viol", "fake_price_tier", "es", D("es"), 100, [(100, 9.80), (500, 9.20), (3000, 1.10)],
            note="3,000 m2 tier at 1.10 against 9.20-9.80")
    special(TP, "viol", "fake_price_tier", "zh", D("zh"), 500, [(500, 0.62), (2000, 0.58), (5000, 0.05)],
            note="5,000-roll tier 0.05 against 0.58-0.62")
    special(G, "viol", "fake_price_tier", "ru", D("ru"), 100, [], [], {"min": 0.30, "max": 6.80},
            note="range-priced listing, no SKUs; range end 0.30 against 6.80 (4%)")
    special(S, "viol", "fake_price_tier", "vi", D("vi"), 500, [(500, 8.90), (1000, 8.60), (5000, 8.20), (20000, 0.90)],
            note="20 t tier at 0.90/kg against 8.20-8.90")
    special(A, "viol", "fake_price_tier", "tr", D("tr"), 5, [(5, 2480.0), (25, 2450.0), (100, 240.0)],
            note="100 t tier at 240/t, a tenth of the 2,450-2,480 ladder")
    special(P, "viol", "fake_price_tier", "de", D("de"), 20, [(20, 62.0), (100, 58.0), (1000, 6.0)],
            note="1,000-carton tier at 6.00 against 58-62")
    special(W, "viol", "fake_price_tier", "ja", D("ja"), 500, [(500, 0.95), (5000, 0.88), (10000000, 0.01)],
            note="unreachable 10,000,000 m tier at 0.01")
    special(K, "viol", "fake_price_tier", "pt", D("pt"), 50, [(50, 24.50), (200, 23.00), (500, 5.50)],
            note="500-set tier 5.50 against 23-24.50 (77% drop; bait still near the band floor)")
    special(T, "viol", "fake_price_tier", "ar", D("ar"), 100, [(100, 8.50), (300, 2.00), (1000, 8.00)],
            note="non-monotone ladder: middle 300 m2 tier at 2.00 between 8.50 and 8.00")
    special(TP, "viol", "fake_price_tier", "hi", D("hi"), 1, [(1, 0.03), (500, 0.55), (2000, 0.52)],
            note="first tier (1 roll) at 0.03 as a 'from' price, real ladder 0.52-0.55")
    # hard negatives
    special(F, "hn", "fake_price_tier", "en", D("en"), 100, [(100, 2.40), (500, 2.22), (1000, 2.05), (5000, 1.88), (20000, 1.70)],
            note="five-tier gradual volume discount, 29% over 200x quantity, no step above 10%")
    special(A, "hn", "fake_price_tier", "fr", D("fr"), 5, [(5, 2600.0), (25, 2520.0), (100, 2460.0)],
            note="ordinary ladder 2,600 -> 2,460")
    special(S, "hn", "fake_price_tier", "th", D("th", " ราคาพิเศษเมื่อสั่งเต็มตู้คอนเทนเนอร์ 20 ฟุต"), 500,
            [(500, 9.40), (10000, 7.60)], note="full-reefer-container price 19% lower than the 500 kg price")
    special(TP, "hn", "fake_price_tier", "id", D("id"), 1000, [(1000, 0.30), (5000, 0.28), (20000, 0.26), (50000, 0.24)],
            note="ladder at the bottom of the band, steps of 7%")
    special(G, "hn", "fake_price_tier", "it", D("it"), 100, [(100, 6.00), (1000, 5.10), (10000, 4.30)],
            note="steep but real ladder, 28% over 100x quantity")
    special(P, "hn", "fake_price_tier", "ko", D("ko", " 프리폼 중량별 가격 (12.5 g ~ 35 g)."), 20, [],
            [("12.5 g", 40.0, "12.5 g"), ("18 g", 50.0, "18 g"), ("23 g", 58.0, "23 g"), ("28 g", 68.0, "28 g"), ("35 g", 82.0, "35 g")],
            note="range 40-82 is a real weight spread (12.5 g to 35 g), every SKU in the band")

    # ---------------- off_market_price: 11 violations ----------------
    special(F, "viol", "off_market_price", "en", D("en"), 100, [(100, 38.0), (1000, 36.0)],
            note="carbon-steel fitting at 36-38/pc, about 10x the band top 4.50")
    special(T, "viol", "off_market_price", "pt", D("pt"), 200, [(200, 0.45), (1000, 0.42)],
            note="porcelain tile at 0.42-0.45/m2, a tenth of the band floor 4.00")
    special(TP, "viol", "off_market_price", "fr", D("fr"), 500, [(500, 9.50), (5000, 9.20)],
            note="BOPP tape at 9.20-9.50/roll, 10x the band top 0.90")
    special(G, "viol", "off_market_price", "zh", D("zh"), 100, [(100, 0.35), (1000, 0.33)],
            note="gloves at 0.35/dozen, a tenth of the band floor 3.50")
    special(S, "viol", "off_market_price", "es", D("es"), 1000, [(1000, 0.60), (5000, 0.58)],
            note="shrimp at 0.60/kg against a 5.50-11.00 band")
    special(A, "viol", "off_market_price", "ru", D("ru"), 5, [(5, 2.45), (25, 2.40)],
            note="priced 2.45 per ton (a per-kg price in a per-ton listing), 1/1000 of the band")
    special(P, "viol", "off_market_price", "vi", D("vi"), 20, [(20, 0.05), (100, 0.048)],
            note="priced 0.05 per carton (a per-piece price in a per-carton listing)")
    special(W, "viol", "off_market_price", "de", D("de"), 500, [(500, 45.0), (2000, 43.0)],
            note="wire rope at 43-45/m, 23x the band top 1.90")
    special(K, "viol", "off_market_price", "ja", D("ja"), 20, [(20, 999.0)],
            note="placeholder price 999.00 per set against an 8-38 band")
    special(S, "viol", "off_market_price", "ar", D("ar"), 500, [(500, 160.0), (2000, 155.0)],
            note="frozen shrimp at 155-160/kg, 14x the band top")
    special(G, "viol", "off_market_price", "tr", D("tr"), 100, [],
            [("M", 150.0, "M"), ("L", 150.0, "L"), ("XL", 180.0, "XL")],
            note="range-priced 150-180 per dozen, about 20x the band top 9.00")
    # hard negatives: near band edges
    special(F, "hn", "off_market_price", "de", D("de", " Edelstahl 316."), 100, [(100, 4.90), (1000, 4.70)],
            note="stainless 316 version 9% above the band top")
    special(T, "hn", "off_market_price", "hi", D("hi"), 300, [(300, 3.70), (3000, 3.60)],
            note="economy tile 8% below the band floor")
    special(A, "hn", "off_market_price", "en", D("en", " High-purity 99.85% grade."), 10, [(10, 2790.0), (50, 2760.0)],
            note="high-purity grade 1.5% above the band top")
    special(S, "hn", "off_market_price", "pt", D("pt", " Camarão jumbo U10."), 500, [(500, 11.80), (2000, 11.40)],
            note="U10 jumbo size 7% above the band top")
    special(K, "hn", "off_market_price", "zh", D("zh", "216件专业套装。"), 20, [(20, 41.0), (100, 39.5)],
            note="216-piece professional set 8% above the band top")
    special(TP, "hn", "off_market_price", "tr", D("tr"), 2000, [(2000, 0.23), (10000, 0.22)],
            note="thin 38-micron tape 8% below the band floor")

    # ---------------- inflated_shipping: 11 violations ----------------
    def infl(cat, lang, price, q, fee, note, method=None, tiers=None):
        special(cat, "viol", "inflated_shipping", lang, D(lang), q, tiers or [(q, price), (q * 10, price * 0.97)], [], "auto",
                [ship_opt(method or M(cat), fee, q)], note=note + " (model ~%.0f)" % model_fee(cat, q),
                meta={"ship_ratio": fee / model_fee(cat, q)})
    infl(T, "zh", 5.00, 100, 22899.93, "5.00/m2 tile, shipping 22,899.93 for 100 m2 = 46x the goods value")
    infl(TP, "en", 0.26, 500, 1980.0, "0.26/roll, shipping 1,980 for 500 rolls")
    infl(G, "es", 3.60, 100, 2450.0, "3.60/dozen, shipping 2,450 for 100 dozen")
    infl(F, "ru", 0.85, 100, 640.0, "0.85/pc, express 640 for 100 pcs", method="Express")
    infl(S, "id", 5.60, 500, 18500.0, "5.60/kg, reefer 18,500 for 500 kg")
    infl(P, "it", 40.0, 20, 6800.0, "40/carton, shipping 6,800 for 20 cartons")
    infl(W, "ko", 0.24, 500, 1150.0, "0.24/m, shipping 1,150 for 500 m")
    infl(K, "fr", 8.50, 50, 3900.0, "8.50/set, shipping 3,900 for 50 sets")
    infl(A, "ar", 2250.0, 5, 48000.0, "2,250/t, shipping 48,000 for 5 t (4.3x the goods value)")
    infl(TP, "th", 0.28, 500, 420.0, "0.28/roll, shipping 420 for 500 rolls (moderate margin, 13x model)")
    infl(G, "ja", 0.05, 100, 3600.0, "0.05/dozen bait price with 3,600 shipping for 100 dozen")
    # hard negatives
    special(S, "hn", "inflated_shipping", "en", D("en", " Air cold-chain available for urgent orders."), 500,
            [(500, 9.00), (5000, 8.60)], [], "auto",
            [ship_opt(M(S), model_fee(S, 500) * 1.0, 500), ship_opt("Air freight (cold chain)", model_fee(S, 500) * 2.8, 500)],
            note="normal price; a genuine air cold-chain option at 2.8x the sea model next to a normal reefer quote")
    special(T, "hn", "inflated_shipping", "fr", D("fr", " Livraison îles éloignées (DOM) : supplément indiqué."), 200,
            [(200, 8.20), (1000, 7.80)], [], "auto",
            [ship_opt(M(T), model_fee(T, 200), 200), ship_opt("Remote islands delivery", model_fee(T, 200) * 2.5, 200)],
            note="normal price; remote-area option at 2.5x model next to a normal quote")
    special(A, "hn", "inflated_shipping", "vi", D("vi"), 25, [(25, 2450.0), (100, 2400.0)], [], "auto",
            [ship_opt(M(A), model_fee(A, 25), 25)],
            note="large absolute fee (one full container) but per-ton cost on the model")
    special(F, "hn", "inflated_shipping", "ar", D("ar"), 100, [(100, 1.90), (1000, 1.75)], [], "auto",
            [ship_opt("Express (free shipping promotion)", 0.0, 100)], note="free shipping")
    special(K, "hn", "inflated_shipping", "de", D("de", " DDP Haus-zu-Haus-Lieferung inklusive Zoll."), 50,
            [(50, 19.0), (200, 18.0)], [], "auto",
            [ship_opt("DDP express door-to-door", model_fee(K, 50) * 2.2, 50)], note="DDP express incl. duties at 2.2x model, normal price")
    special(P, "hn", "inflated_shipping", "es", D("es"), 20, [(20, 60.0), (100, 57.0)], [], "auto",
            [ship_opt(M(P), model_fee(P, 20), 20), ship_opt(M(P), model_fee(P, 1) * 1.05, 1)],
            note="a 1-carton trial shipment quoted at 44 (near the goods value) but on the per-order model")

    # ---------------- abused_sku: 11 violations ----------------
    special(F, "viol", "abused_sku", "en", D("en"), 100, [],
            [("JIC 1/2 inch straight", 1.80, "1/2 inch"), ("JIC 3/4 inch straight", 2.30, "3/4 inch"), ("JIC 1 inch straight", 3.10, "1 inch"),
             ("O-ring seal only", 0.02, "O-ring"), ("Dust cap", 0.03, "cap")],
            note="accessory decoys (O-ring 0.02, dust cap 0.03) beside 1.80-3.10 fittings")
    special(T, "viol", "abused_sku", "es", D("es"), 100, [],
            [("Porcelánico 60x60", 9.00, "600x600 mm"), ("Porcelánico 60x120", 11.50, "600x1200 mm"),
             ("Separadores para azulejos (bolsa)", 0.05, "spacers"), ("Muestra 10x10 cm", 0.01, "sample chip")],
            note="spacer bag 0.05 and 10x10 cm sample chip 0.01 as decoys beside 9.00-11.50 tiles")
    special(TP, "viol", "abused_sku", "zh", D("zh"), 500, [],
            [("透明 48mm", 0.55, "48 mm"), ("黄色 48mm", 0.55, "48 mm"), ("补差价链接", 0.01, "price difference"), ("运费差价", 0.10, "freight difference")],
            note="'price difference' / 'freight difference' links at 0.01 and 0.10 beside 0.55 rolls")
    special(G, "viol", "abused_sku", "ru", D("ru"), 100, [],
            [("Размер M", 5.20, "M"), ("Размер L", 5.20, "L"), ("Размер XL", 5.40, "XL"), ("1 пара (пробная)", 0.45, "1 pair"),
             ("Подарочный пакет", 0.02, "gift bag")],
            note="odd-unit SKU (1 pair in a per-dozen listing) 0.45 and gift bag 0.02")
    special(S, "viol", "abused_sku", "pt", D("pt"), 500, [],
            [("16/20", 9.60, "16/20"), ("21/25", 8.80, "21/25"), ("Apenas embalagem (saco de glaciamento)", 0.08, "packaging"),
             ("Degustação 100 g", 0.50, "100 g")],
            note="packaging-only SKU 0.08 and a 100 g tasting SKU 0.50 beside 8.80-9.60/kg")
    special(A, "viol", "abused_sku", "ja", D("ja"), 5, [],
            [("A7 99.7%", 2480.0, "A7 99.7%"), ("A8 99.8%", 2520.0, "A8 99.8%"), ("サンプル1kg", 3.00, "1 kg sample"),
             ("ギフト：アルミキーホルダー", 0.50, "gift")],
            note="1 kg sample SKU 3.00 and a keychain gift 0.50 in a per-ton listing")
    special(P, "viol", "abused_sku", "fr", D("fr"), 20, [],
            [("28 g col 30/25", 55.0, "28 g"), ("23 g col 30/25", 50.0, "23 g"), ("Carte de remerciement", 0.01, "card"),
             ("Service de conception de moule", 1.00, "service")],
            note="thank-you card 0.01 and a design-service SKU 1.00 beside 50-55 cartons")
    special(W, "viol", "abused_sku", "de", D("de"), 500, [],
            [("6 mm verzinkt", 0.48, "6 mm"), ("8 mm verzinkt", 0.72, "8 mm"), ("10 mm verzinkt", 1.05, "10 mm"),
             ("Seilklemme M6", 0.03, "clip"), ("Kabelschuh", 0.02, "lug")],
            note="rope clip 0.03 and cable lug 0.02 as decoys beside 0.48-1.05/m")
    special(K, "viol", "abused_sku", "it", D("it"), 50, [],
            [("Set 46 pezzi", 14.50, "46 pcs"), ("Set 94 pezzi", 26.00, "94 pcs"), ("Solo valigetta vuota", 0.80, "empty case"),
             ("Ricambio: bussola singola 10 mm", 0.12, "spare socket")],
            note="empty case 0.80 and a single spare socket 0.12 beside 14.50-26.00 sets")
    special(G, "viol", "abused_sku", "tr", D("tr"), 100, [],
            [("Beden M", 4.80, "M"), ("Beden L", 4.80, "L"), ("Beden XL", 5.20, "XL"), ("Özel fark bağlantısı", 888.0, "link")],
            allow=["off_market_price"],
            note="high decoy: 'special difference link' at 888 beside 4.80-5.20 (range inflated upward)")
    special(TP, "viol", "abused_sku", "vi", D("vi"), 500, [],
            [("Băng keo trong 48mm", 0.50, "48 mm"), ("Băng keo đục 48mm", 0.52, "48 mm"), ("Phí dịch vụ in logo", 0.05, "service"),
             ("केवल कार्टन बॉक्स", 0.02, "carton only"), ("ของแถม", 0.01, "gift"), ("샘플 비용 차액", 0.01, "sample diff"),
             ("Selisih ongkir", 0.01, "freight diff")],
            note="five decoys in five languages (logo service, carton only, gift, sample difference, freight difference) at 0.01-0.05")
    # hard negatives
    special(W, "hn", "abused_sku", "en", D("en"), 500, [],
            [("3 mm", 0.25, "3 mm"), ("6 mm", 0.55, "6 mm"), ("8 mm", 0.80, "8 mm"), ("12 mm", 1.30, "12 mm"), ("16 mm", 1.75, "16 mm")],
            note="real diameter spread 3-16 mm, price rises with diameter (7x)")
    special(K, "hn", "abused_sku", "es", D("es"), 50, [],
            [("12 piezas", 8.50, "12 pcs"), ("46 piezas", 14.50, "46 pcs"), ("108 piezas", 32.0, "108 pcs")],
            note="set sizes 12/46/108 pieces, price follows piece count")
    special(T, "hn", "abused_sku", "ru", D("ru"), 100, [],
            [("600x600", 9.50, "600x600 mm"), ("600x1200", 11.80, "600x1200 mm"), ("Образец 1 м² (не более 1 на покупателя)", 12.0, "sample")],
            note="genuine sample SKU, labelled as a sample and priced above the main SKUs")
    special(S, "hn", "abused_sku", "en", D("en"), 500, [],
            [("U15", 11.0, "U15"), ("26/30", 7.40, "26/30"), ("41/50", 5.80, "41/50")],
            note="count-size spread U15 to 41/50 (1.9x)")
    special(G, "hn", "abused_sku", "zh", D("zh"), 100, [],
            [("灰色 M", 5.00, "M"), ("黑色 L", 5.00, "L"), ("蓝色 XL", 5.00, "XL")], note="colour/size variants at one price")
    special(TP, "hn", "abused_sku", "ar", D("ar"), 500, [],
            [("شفاف 48 مم", 0.56, "48 mm"), ("بني 48 مم", 0.56, "48 mm"), ("عينة (لفة واحدة)", 0.60, "sample roll")],
            note="sample roll explicitly labelled as a sample, priced at the roll price")

    # ---------------- false_moq: 14 violations (MOQ field 1 or 2, real minimum stated elsewhere) ----------------
    def fm(cat, lang, moq, price, real, needle, desc, note, tiers=None, custom=(), form=""):
        c = CATS[cat]
        tiers = tiers or [(moq, price), (max(real, moq * 10), price * 0.96)]
        special(cat, "viol", "false_moq", lang, desc, moq, tiers, [], "auto",
                [ship_opt(c["method"], model_fee(cat, real) * rng.uniform(0.9, 1.1), real)], custom,
                note=note, meta={"real_moq": real, "needle": needle, "form": form})
    fm(F, "en", 1, 2.30, 500, "five hundred pieces",
       "{title}. Minimum order: five hundred pieces per size. Zinc plated, 4-wire spiral rated.",
       "MOQ field 1; description: 'five hundred pieces per size' (number in words)", form="number in words")
    fm(TP, "zh", 1, 0.58, 500, "500卷起订",
       "{title}。500卷起订，不足500卷不发货，整箱36卷。",
       "MOQ field 1; description '500卷起订' (N起订 form)", form="N起订")
    fm(A, "zh", 1, 2470.0, 25, "二十五吨起订",
       "{title}。二十五吨起订（一个20尺货柜），价格含港杂。",
       "MOQ field 1 ton; description '二十五吨起订' (Chinese numerals, one container)", form="Chinese numerals")
    fm(G, "es", 2, 5.40, 200, "200–300 docenas",
       "{title}. Pedido mínimo: 200–300 docenas según talla. Empaque 12 pares por bolsa.",
       "MOQ field 2; description gives a range '200–300 docenas'", form="range")
    fm(S, "pt", 1, 8.70, 10000, "contêiner de 20 pés",
       "{title}. Vendemos apenas por contêiner de 20 pés (aprox. 10 toneladas = 10.000 kg). Glaciamento 20%.",
       "MOQ field 1 kg; description: sold only by 20 ft container (~10,000 kg), mixed units", form="container / mixed units")
    fm(P, "fr", 1, 60.0, 48, "1 palette = 48 cartons",
       "{title}. Vente par palette uniquement (1 palette = 48 cartons). Qualité alimentaire.",
       "MOQ field 1 carton; description: sold by pallet only, 1 pallet = 48 cartons", form="per pallet")
    fm(W, "de", 1, 0.66, 1000, "ab 1.000 m",
       "{title}. Mindestabnahme ab 1.000 m pro Durchmesser. Auf Holzspulen.",
       "MOQ field 1 m; description 'Mindestabnahme ab 1.000 m' (from N, German thousands separator)", form="from N")
    fm(T, "ru", 2, 8.40, 300, "от 300 м²",
       "{title}. Минимальная партия — от 300 м². Упаковка на паллетах.",
       "MOQ field 2 m2; description 'Минимальная партия — от 300 м²'", form="from N")
    fm(K, "ar", 1, 16.0, 100, "١٠٠ طقم",
       "{title}. الحد الأدنى للطلب ١٠٠ طقم لكل موديل.",
       "MOQ field 1 set; description states the minimum with Arabic-Indic digits (١٠٠ = 100)", form="Arabic-Indic digits")
    fm(G, "hi", 1, 5.00, 500, "५०० दर्जन",
       "{title}. न्यूनतम ऑर्डर: ५०० दर्जन प्रति साइज़।",
       "MOQ field 1 dozen; description with Devanagari digits (५०० = 500)", form="Devanagari digits")
    fm(TP, "th", 1, 0.48, 1000, "๑,๐๐๐ ม้วน",
       "{title} สั่งซื้อขั้นต่ำ ๑,๐๐๐ ม้วน ต่อสี",
       "MOQ field 1 roll; description with Thai digits (๑,๐๐๐ = 1,000)", form="Thai digits")
    fm(F, "ja", 2, 1.95, 2000, "２０００個",
       "{title}。最小注文数量：２０００個（1ロット）。",
       "MOQ field 2 pcs; description with full-width digits (２０００個)", form="full-width digits")
    fm(TP, "tr", 1, 0.52, 360, "en az 10 koli",
       "{title}. Koli bazında satış: 1 koli = 36 rulo, en az 10 koli.",
       "MOQ field 1 roll; description: cartons of 36 rolls, at least 10 cartons (= 360 rolls), mixed units", form="per carton / mixed units")
    fm(K, "ko", 1, 15.0, 50, "50세트",
       "{title}. 최소 주문 수량은 50세트입니다. 색상 혼합 가능.",
       "MOQ field 1 set; Korean description '최소 주문 수량은 50세트'", form="native phrasing")
    fm(A, "vi", 1, 2460.0, 27, "1 container",
       "{title}. Đơn hàng tối thiểu 1 container (khoảng 27 tấn).",
       "MOQ field 1 ton; description: minimum one container (~27 t)", form="container")
    fm(P, "it", 1, 58.0, 1000, "",
       "{title}. Ordine minimo: vedere listino a scaglioni.",
       "MOQ field 1 carton but the price ladder starts at 1,000 cartons", tiers=[(1000, 58.0), (5000, 55.0)],
       form="contradicted by tiers")
    fm(F, "id", 1, 2.10, 3000, "3k pcs",
       "{title}. Khusus produksi custom, minimal produksi 3k pcs per model.",
       "MOQ field 1 pc; custom-only product, 'minimal produksi 3k pcs' (k shorthand); customisation offers start at 3,000",
       custom=[{"option": "Customized thread and plating", "min_qty": 3000}], form="k shorthand + customisation")
    # hard negatives
    special(TP, "hn", "false_moq", "en", D("en", " Sold by carton: 1 carton = 36 rolls."), 36, [(36, 0.60), (360, 0.56)],
            note="MOQ 36 rolls matches 'sold by carton, 1 carton = 36 rolls'")
    special(A, "hn", "false_moq", "zh", D("zh", "起订量：一个20尺柜（25吨）。"), 25, [(25, 2470.0), (100, 2440.0)],
            note="MOQ 25 t matches 'one 20 ft container (25 t)'")
    special(S, "hn", "false_moq", "es", D("es", " Pedido mínimo 1 tonelada."), 1000, [(1000, 8.80), (5000, 8.50)],
            note="MOQ 1,000 kg matches 'pedido mínimo 1 tonelada' (other unit, consistent)")
    special(F, "hn", "false_moq", "ru", D("ru", " Есть на складе, отгрузка от 1 шт. Логотип — от 500 шт."), 1, [(1, 2.60), (100, 2.30), (1000, 2.10)],
            custom=[{"option": "Customized logo", "min_qty": 500}],
            note="genuine stock item from 1 pc; only the optional logo service has a 500 minimum")
    special(G, "hn", "false_moq", "fr", D("fr", " Minimum 120 paires (10 douzaines)."), 10, [(10, 6.20), (100, 5.80)],
            note="MOQ 10 dozen matches '120 paires (10 douzaines)'")
    special(K, "hn", "false_moq", "ja", D("ja", "2セットから注文可能（在庫品）。"), 2, [(2, 21.0), (50, 19.5), (200, 18.5)],
            note="MOQ 2 sets matches '2セットから注文可能' (in stock)")
    special(T, "hn", "false_moq", "pt", D("pt", " Amostra de 1 m² disponível; pedido mínimo 200 m²."), 200, [(200, 8.10), (1000, 7.70)],
            sample=12.0, note="mentions a 1 m2 sample but the MOQ field 200 matches the stated minimum")


def build_listings():
    i = 0
    for cat in CATS:
        for _ in range(20):
            bg_listing(cat, LANGS[i % len(LANGS)])
            i += 1
    n_bg = len(LISTINGS)
    build_specials()
    tail = LISTINGS[n_bg:]
    rng.shuffle(tail)
    LISTINGS[n_bg:] = tail
    t = T0
    for k, (ev, lab, meta) in enumerate(LISTINGS):
        lid = "QL-%d" % (10001 + k)
        ev["listing_id"] = lid
        ev["event_id"] = eid("listing", lid)
        lab["subject_id"] = lid
        t = t + timedelta(minutes=rng.randint(20, 90), seconds=rng.randint(0, 59))
        ev["updated_at"] = ts(t)


# --------------------------------------------------------------------------------------------------
# Orders and complaints
# --------------------------------------------------------------------------------------------------
ORDERS = []      # (event, label, meta)
COMPLAINTS = []  # event


def build_orders():
    bg = [x for x in LISTINGS if x[2]["kind"] == "background" and x[0]["shipping"][0]["fee"] > 0]
    free = [x for x in LISTINGS if x[2]["kind"] == "background" and x[0]["shipping"][0]["fee"] == 0]
    infl = [x for x in LISTINGS if x[2].get("code") == "inflated_shipping" and x[2]["kind"] == "viol"]
    rng.shuffle(bg)
    plan = []
    # (how, param, note)
    over = [("mul", 1.02, "charged 2% above the quote"), ("mul", 1.08, "charged 8% above the quote"),
            ("mul", 1.15, "charged 15% above the quote"), ("mul", 1.25, "charged 25% above the quote"),
            ("mul", 1.5, "charged 1.5x the quote"), ("mul", 2.0, "charged 2x the quote"),
            ("mul", 3.0, "charged 3x the quote"), ("mul", 10.0, "charged 10x the quote"),
            ("add", 45.0, "quote plus a 45.00 'fuel surcharge' folded into shipping"),
            ("add", 120.0, "quote plus a 120.00 'remote area handling' renamed surcharge"),
            ("add", 18.5, "quote plus an 18.50 'packing/handling fee' moved into shipping"),
            ("add", 60.0, "quote plus 60.00 'DDP customs clearance' added after payment"),
            ("add", 3.0, "quote plus 3.00 (small but real overcharge)"),
            ("free", 35.0, "free-shipping listing, 35.00 shipping charged")]
    clean = [("mul", 1.0, "charged exactly the quote")] * 8 + [("mul", 0.9, "charged 10% below the quote (discount)"),
             ("mul", 0.75, "charged below the quote (consolidated shipment)"), ("mul", 0.5, "half the quote refunded as promotion"),
             ("mul", 0.0, "seller waived shipping")] + [("free", 0.0, "free shipping kept free")] * 2 + \
            [("infl", 1.0, "order on an inflated-shipping listing, charged exactly the (inflated) quote")]
    tiny = [("add", 0.01, "rounding difference of 0.01"), ("add", 0.30, "currency rounding difference of 0.30")]
    items = [(h, p, n, ["shipping_overcharge"], []) for h, p, n in over] + \
            [(h, p, n, [], []) for h, p, n in clean] + [(h, p, n, [], ["shipping_overcharge"]) for h, p, n in tiny]
    rng.shuffle(items)
    t = T0 + timedelta(days=20)
    bi = 0
    for k, (how, p, note, expect, allow) in enumerate(items):
        if how == "free":
            ev_l = free[bi % len(free)][0] if free else bg[bi][0]
        elif how == "infl":
            ev_l = infl[0][0]
        else:
            ev_l = bg[bi][0]
        bi += 1
        opt = ev_l["shipping"][0]
        mult = rng.choice([1, 1, 2, 3])
        qty = opt["for_qty"] * mult
        quoted = r2(opt["fee"] * mult)
        if how == "mul" or how == "infl":
            charged = r2(quoted * p)
        elif how == "add":
            charged = r2(quoted + p)
        else:  # free
            charged = r2(p)
        oid = "QO-%d" % (80001 + k)
        t = t + timedelta(minutes=rng.randint(30, 300))
        ev = collections.OrderedDict([
            ("schema", "order.v1"), ("event_id", eid("order", oid)), ("order_id", oid), ("listing_id", ev_l["listing_id"]),
            ("merchant_id", ev_l["merchant_id"]), ("buyer_id", rng.choice(BUYERS)), ("quantity", qty), ("currency", "USD"),
            ("quoted_shipping_fee", quoted), ("charged_shipping_fee", charged), ("trade_assurance", rng.random() < 0.75),
            ("placed_at", ts(t))])
        code = "shipping_overcharge: " if expect else ("clean (allow, tiny difference): " if allow else "clean order: ")
        lab = collections.OrderedDict([("subject", "order"), ("subject_id", oid), ("expect", expect), ("allow", allow),
                                       ("note", code + note + " (quoted %.2f, charged %.2f)" % (quoted, charged))])
        ORDERS.append((ev, lab, {"how": how, "mult": mult}))


def build_complaints(msg_merchants):
    byc = collections.defaultdict(list)
    for ev, lab, meta in LISTINGS:
        if meta["kind"] in ("viol", "hn"):
            byc[(meta["kind"], meta["code"])].append(ev)
    over_orders = [o for o in ORDERS if o[1]["expect"]]
    plan = [
        (byc[("viol", "fake_price_tier")][0], "fake_price_tier", True, "pre_payment"),
        (byc[("viol", "off_market_price")][1], "off_market_price", True, "inquiry"),
        (byc[("viol", "inflated_shipping")][0], "inflated_shipping", True, "pre_payment"),
        (byc[("viol", "abused_sku")][2], "abused_sku", True, "pre_payment"),
        (byc[("viol", "false_moq")][0], "false_moq", True, "inquiry"),
        (byc[("viol", "false_moq")][4], "false_moq", True, "pre_payment"),
        (None, "shipping_overcharge", True, "post_payment"),
        (None, "offplatform_contact", True, "inquiry"),
        (byc[("hn", "fake_price_tier")][0], "fake_price_tier", False, "pre_payment"),
        (byc[("hn", "inflated_shipping")][0], "inflated_shipping", False, "pre_payment"),
        (byc[("hn", "false_moq")][3], "false_moq", False, "inquiry"),
        (byc[("hn", "abused_sku")][2], "abused_sku", False, "pre_payment"),
        (None, "trade_assurance_refusal", False, "pre_payment"),
    ]
    t = T0 + timedelta(days=26)
    for k, (ev_l, claim, verified, stage) in enumerate(plan):
        buyer = rng.choice(BUYERS)
        if claim == "shipping_overcharge":
            o = over_orders[0][0]
            lid, mid, buyer = o["listing_id"], o["merchant_id"], o["buyer_id"]
        elif ev_l is None:
            mid = msg_merchants[claim]
            lid = [e for e, _, _ in LISTINGS if e["merchant_id"] == mid][0]["listing_id"]
        else:
            lid, mid = ev_l["listing_id"], ev_l["merchant_id"]
        cid = "QCP-%d" % (9001 + k)
        t = t + timedelta(hours=rng.randint(2, 20))
        COMPLAINTS.append(collections.OrderedDict([
            ("schema", "complaint.v1"), ("event_id", eid("complaint", cid)), ("complaint_id", cid), ("merchant_id", mid),
            ("listing_id", lid), ("buyer_id", buyer), ("stage", stage), ("claim", claim), ("verified", verified),
            ("reviewed_at", ts(t))]))


# --------------------------------------------------------------------------------------------------
# Message language packs.
#   b_*: buyer lines; s_*: clean seller lines;
#   hn: (tag, requires, text, allow)   requires: None | "contact" | "ta" | "ordered" | "shipping"
#   op: (tactic, evasive, kind, text, extra)   extra: "" | "ta" (also expects trade_assurance_refusal) | "shipping"
#   ta: (tactic, evasive, text, buyer_asked_ta_first, extra)  extra: "" | "op_allow" | "op" (also expects offplatform_contact)
#   split: (intro_with_part1, hint_with_part3) for numbers split over three seller turns
# --------------------------------------------------------------------------------------------------
P = {}
P["en"] = dict(
    country="Kenya",
    b_price=["Hi, what is your best price for {qty} {unit} of {prod}?", "Hello, need a quote for {prod}, about {qty} {unit}."],
    b_ship=["How much is shipping to {country}?"], b_ta=["Can we place this order with Trade Assurance?"],
    b_contact=["Do you have WhatsApp? I'd rather talk there.", "Can you give me your phone number? My boss wants to call you."],
    b_own=["My WhatsApp is {bphone} if you need it, but here is also fine."],
    b_ok=["OK, thanks.", "Noted, I will check with my team."], b_paid=["I placed the order and paid just now."],
    b_cat=["Do you have a catalogue?"],
    s_price=["Hello, for {qty} {unit} the price is {price} USD/{unit1}, MOQ {moq} {unit}."],
    s_ship=["Shipping to {country} is about {fee} USD by sea, around 30 days."],
    s_sample=["You can buy a sample directly here on the platform before the bulk order."],
    s_thanks=["You're welcome, message me here any time."], s_lead=["Lead time is {days} days after payment."],
    hn=[("stay_on_platform", None, "Please keep all communication here on the platform so your order stays protected.", []),
        ("platform_video_call", None, "We can start a video call right here in this chat to show you the production line.", []),
        ("ta_positive", "ta", "Of course we accept Trade Assurance - I'll draft the order now, shipping exactly as quoted.", []),
        ("carrier_tracking", "shipping", "Shipped by DHL Express, tracking number {track}. You can follow it on the order page.", []),
        ("model_number", None, "Model {model} is the 1/2 inch version, 86 x 139 mm, USD {price}.", []),
        ("order_phone", "ordered", "Please confirm the consignee phone number for the courier - that field on the order is empty.", []),
        ("reply_after_ask", "contact", "Sure, since you asked: my WhatsApp is {phone}. We can also continue here.", []),
        ("pi_paperwork_email", None, "For the proforma invoice paperwork, which company e-mail should appear on the PI?", []),
        ("platform_inquiry_email", None, "I replied to your inquiry e-mail through the platform's message center, please check your inquiry box.", []),
        ("wechat_pay_checkout", None, "The platform checkout also accepts WeChat Pay and cards, so there is no need to pay outside.", []),
        ("whatsapp_style_packaging", None, "The gloves come in a bright green box, a bit WhatsApp-style colour, customers like it.", []),
        ("bank_transfer_on_platform", "ta", "You can pay by bank transfer (T/T) through Alibaba.com Pay - the bank details are on the TA order page.", []),
        ("telegraphic_transfer", None, "Payment terms: 30% telegraphic transfer deposit through the platform order, 70% before shipment.", []),
        ("signature_clean", "sig", "Best regards,\nLily Chen | Export Sales\nPlease reply here on the platform chat.", []),
        ("ambiguous_linkedin", None, "If chat is slow, you can also find our company page on LinkedIn.", ["offplatform_contact"]),
        ("ambiguous_card_fee", "ta", "TA is fine; note the platform's card fee of 2.95% is shown at checkout and paid by the buyer.", ["trade_assurance_refusal"]),
        ("auto_reply_clean", "auto", "[Auto reply] Thanks for your message. I'm offline now and will answer here within 12 hours.", [])],
    op=[("plain_phone", False, "text", "Hello friend, please add my WhatsApp {phone} for more details and real photos.", ""),
        ("signature_block", False, "signature", "Best regards,\nKevin Zhao | Sales Manager\nEmail: {mail}\nMob/WhatsApp: {phone}", ""),
        ("auto_reply_contact", False, "auto_reply", "[Auto reply] I'm not online now. For urgent orders contact my WeChat/WhatsApp {phone} immediately.", ""),
        ("ask_buyer_handle", False, "text", "Do you have WhatsApp? It's easier for us to contact you there.", ""),
        ("leave_email_catalogue", False, "text", "Please leave your email or phone number so I can send you our full catalogue.", ""),
        ("interleaved_digits", True, "text", "for faster reply ping me on w-app: {phone_il}  (ignore the dots)", ""),
        ("leetspeak", True, "text", "prices change fast, better we talk on wh4ts4pp: {phone_sp}", ""),
        ("profile_bio", True, "text", "My direct line is in my profile bio - call me there and we finish the deal quicker.", ""),
        ("number_on_product_image", True, "text", "The number printed on the 3rd product photo is mine, text me there for the factory price list.", ""),
        ("green_icon_app", True, "text", "search my ID {wxid} on the app with the green phone icon, I send you the video there", ""),
        ("same_as_store_name", True, "text", "Add me, my ID is the same as my store name, no spaces. Easier to send files.", ""),
        ("link_without_dots", True, "text", "Full price list here: wa me slash {digits} (add the dot yourself)", ""),
        ("short_link", True, "text", "catalogue + direct chat: bit ly/3tAp3Kz - faster than this window", ""),
        ("emoji_substitute", True, "text", "📞💬 {phone} anytime, I reply in 1 minute", ""),
        ("reversed_word", True, "text", "add me on ppAstahW: {phone_rev} (read it backwards)", ""),
        ("homoglyph_app", True, "text", "contact me on WhаtsАpp {phone} for the real factory price", ""),
        ("shipping_stage_lure", False, "text", "Add my WhatsApp {phone} to get the tracking updates faster than the platform.", "shipping"),
        ("payment_details_by_app", True, "text", "For a better price pay outside the platform, I send you our bank details on w/app {phone}.", "ta")],
    ta=[("plain_refusal", False, "Sorry, we don't do Trade Assurance orders. Only T/T to our bank account.", True, ""),
        ("percent_surcharge", False, "Trade Assurance is possible but the price is +8% for TA orders.", True, ""),
        ("ta_too_slow", True, "TA takes too long to release the money, direct T/T is faster for both of us, I'll put our bank details in the PI.", True, ""),
        ("ta_threshold", True, "We only open TA for orders above USD 50,000. For your quantity please pay by bank transfer.", True, ""),
        ("ta_button_broken", True, "The Trade Assurance button doesn't work for my store this month, just pay to our company account and I ship tomorrow.", True, ""),
        ("close_order_pay_company", True, "Let's close this order on the platform and you pay our company account directly, you save the 3% fee.", False, "op_allow"),
        ("shipping_condition", False, "If you want Trade Assurance, shipping must be by express, +USD 180.", True, ""),
        ("paypal_friends", True, "Pay by PayPal friends & family and I give 5% discount, no platform fee.", False, "op_allow"),
        ("crypto", True, "We also take USDT - cheaper than the TA payment, 3% off.", False, "op_allow"),
        ("western_union", True, "For small orders Western Union is better, the TA fee is too high for us.", True, "")],
    split=("write this down, it's my number on the green app: {p1}", "{p3} <- same on WA, text me there"),
)
P["zh"] = dict(
    country="马来西亚",
    b_price=["你好，{prod}要{qty} {unit}，单价多少？", "老板，{prod}最低什么价？大概要{qty} {unit}。"],
    b_ship=["运到{country}运费大概多少？"], b_ta=["可以走信用保障订单吗？"],
    b_contact=["方便给个微信吗？我想直接发图纸。"], b_own=["我的微信是 {bwx}，不过在这里聊也可以。"],
    b_ok=["好的，谢谢。"], b_paid=["已经下单付款了。"], b_cat=["有产品目录吗？"],
    s_price=["您好，{qty} {unit}单价{price}美元，起订量{moq} {unit}。"], s_ship=["到{country}海运大约{fee}美元，时效25天左右。"],
    s_sample=["可以先拍样品，平台上直接下单就行。"], s_thanks=["不客气，有问题随时在这里留言。"], s_lead=["交货期大概{days}天。"],
    hn=[("stay_on_platform", None, "为了保障您的权益，我们所有沟通都在平台上进行，请放心。", []),
        ("platform_video_call", None, "可以直接在这个聊天窗口发起视频通话，带您看车间。", []),
        ("ta_positive", "ta", "当然支持信用保障，我现在起草订单，运费和报价一致。", []),
        ("model_number", None, "型号 {model}，螺纹1/2，尺寸86×139毫米。", []),
        ("wechat_pay_checkout", None, "平台收银台也支持微信支付，不需要线下付款。", []),
        ("order_phone", "ordered", "请提供收货人电话，快递派送需要。", []),
        ("reply_after_ask", "contact", "您要的话，我的微信是 {wxid}，这里也可以继续沟通。", []),
        ("carrier_tracking", "shipping", "已经通过顺丰国际发出，运单号 {track}，订单页面可以查到。", []),
        ("green_packaging", None, "外箱是绿色的，印白色logo，和样品一样。", []),
        ("ambiguous_letterhead", None, "报价单PDF已经发在这里了，抬头上有我们公司总机。", ["offplatform_contact"])],
    op=[("plain_wechat", False, "text", "亲，加我微信 {cnphone} 详聊，发你实拍视频", ""),
        ("v_slang", True, "text", "价格可以再谈，加个v：{wxid}，这里回复慢", ""),
        ("pinyin", True, "text", "jia wo weixin ba, hao ma shi {cnphone_digits}", ""),
        ("green_icon_store_name", True, "text", "在那个绿色图标的聊天软件上搜我的店名，头像是工厂大门", ""),
        ("number_on_avatar", True, "text", "我的号码在头像上，长按识别就行", ""),
        ("chinese_numeral_digits", True, "text", "号码：{cn_words}，v同号", ""),
        ("auto_reply_contact", False, "auto_reply", "【自动回复】您好，我现在不在线，急事请联系微信/电话 {cnphone}", ""),
        ("code_switch", True, "text", "亲 please add 我的 V-chat 哦：{wxid}，send you 更多 photos", ""),
        ("qq_email", False, "text", "资料发您邮箱吧，或者您发到我的 {qqmail}", ""),
        ("signature_block", False, "signature", "王经理｜外贸部\n手机/微信：{cnphone}\nQQ：{qq}", "")],
    ta=[("plain_refusal", False, "不好意思，我们不做信保订单，只接受电汇。", True, ""),
        ("percent_surcharge", False, "走信保的话单价要加5%。", True, ""),
        ("close_order_pay_company", True, "这个订单先关掉吧，您直接打款到我们公司账户，可以省手续费。", True, ""),
        ("ta_threshold", True, "信保只针对五万美金以上的单子，您这个量直接T/T就行。", True, ""),
        ("ta_button_broken", True, "我们店铺的信保按钮这个月用不了，您先线下付款我明天发货。", True, "")],
    split=("记一下，绿色那个软件的号：{p1}", "{p3} 微x同号"),
)
P["es"] = dict(
    country="México",
    b_price=["Hola, ¿precio por {qty} {unit} de {prod}?"], b_ship=["¿Cuánto cuesta el envío a {country}?"],
    b_ta=["¿Podemos hacer el pedido con Trade Assurance?"], b_contact=["¿Me pasas tu WhatsApp para mandarte los planos?"],
    b_own=["Mi WhatsApp es {bphone}, pero aquí también está bien."],
    b_ok=["Perfecto, gracias."], b_paid=["Ya hice el pedido y pagué."], b_cat=["¿Tiene catálogo?"],
    s_price=["Hola, {price} USD por {unit1} para {qty} {unit}, pedido mínimo {moq}."],
    s_ship=["El envío a {country} sale aprox. {fee} USD por mar, unos 30 días."],
    s_sample=["Puede pedir una muestra directamente aquí en la plataforma."], s_thanks=["Con gusto, cualquier duda escríbame por aquí."],
    s_lead=["Plazo de entrega {days} días."],
    hn=[("stay_on_platform", None, "Por seguridad, sigamos la conversación aquí en la plataforma, así su pedido queda protegido.", []),
        ("ta_positive", "ta", "Claro que aceptamos Trade Assurance, ya le preparo el pedido.", []),
        ("order_phone", "ordered", "Necesito el teléfono del destinatario para la empresa de transporte, por favor.", []),
        ("bank_transfer_on_platform", "ta", "Puede pagar por transferencia bancaria a través de Alibaba.com Pay; los datos aparecen en la página del pedido.", []),
        ("reply_after_ask", "contact", "Como me lo pide, mi WhatsApp es {phone}; también seguimos por aquí.", []),
        ("carrier_tracking", "shipping", "Enviado con FedEx, número de seguimiento {track}.", []),
        ("model_number", None, "La referencia {model} es la rosca de 1/2 pulgada, 86 x 139 mm.", []),
        ("platform_video_call", None, "Si quiere, hacemos una videollamada aquí mismo en el chat de la plataforma.", [])],
    op=[("plain_phone", False, "text", "Hola amigo, agrégame al WhatsApp {phone} y te mando fotos reales.", ""),
        ("transliterated_app", True, "text", "mándame un guasap al {phone_sp} y lo cerramos rápido", ""),
        ("number_on_store_banner", True, "text", "Mi número está en la portada de mi tienda, escríbeme allí que contesto al instante.", ""),
        ("leave_phone_catalogue", False, "text", "Déjeme su correo o teléfono para enviarle el catálogo completo.", ""),
        ("digits_in_words", True, "text", "te paso mi cel: {phone_words}", ""),
        ("emoji_substitute", True, "text", "📲 {phone} ← ahí te atiendo mejor", ""),
        ("code_switch", True, "text", "Amigo, for better price hablamos por el wasap, my number {phone}", "")],
    ta=[("percent_surcharge", False, "Con Trade Assurance el precio sube un 6%, sin TA le dejo el precio actual.", True, ""),
        ("ta_too_slow", True, "TA tarda mucho en liberar el pago; una transferencia directa es más rápida para los dos.", True, ""),
        ("western_union", True, "Para pedidos pequeños mejor Western Union a mi nombre, así evitamos comisiones de la plataforma.", False, "op_allow"),
        ("plain_refusal", False, "No trabajamos con Trade Assurance, solo transferencia bancaria.", True, "")],
    split=("apunta mi número del verde: {p1}", "{p3} ese es mi guasap"),
)
P["pt"] = dict(
    country="Angola",
    b_price=["Olá, qual o preço de {qty} {unit} de {prod}?"], b_ship=["Quanto fica o frete para {country}?"],
    b_ta=["Posso pagar com Trade Assurance?"], b_contact=["Tem WhatsApp? Prefiro falar por lá."],
    b_own=["Meu zap é {bphone}, mas pode ser aqui também."],
    b_ok=["Beleza, obrigado."], b_paid=["Já fiz o pedido e paguei."], b_cat=["Tem catálogo?"],
    s_price=["Olá! {price} USD por {unit1}, pedido mínimo {moq} {unit}."], s_ship=["Frete marítimo para {country} em torno de {fee} USD."],
    s_sample=["Pode comprar uma amostra direto aqui na plataforma."], s_thanks=["Às ordens, qualquer dúvida me chama aqui."],
    s_lead=["Prazo de produção {days} dias."],
    hn=[("stay_on_platform", None, "Vamos manter toda a conversa aqui na plataforma, é mais seguro para o senhor.", []),
        ("ta_positive", "ta", "Aceitamos Trade Assurance sim, sem custo extra.", []),
        ("order_phone", "ordered", "Por favor, informe um telefone para a transportadora agendar a entrega.", []),
        ("reply_after_ask", "contact", "Já que pediu: meu WhatsApp é {phone}. Mas podemos continuar aqui também.", []),
        ("whatsapp_style_packaging", None, "A embalagem é verde, tipo a cor do WhatsApp, muito procurada aqui.", []),
        ("carrier_tracking", "shipping", "Despachado pela Maersk, contêiner MSKU{cont}.", [])],
    op=[("plain_phone", False, "text", "Me chama no WhatsApp {phone} que te passo o melhor preço.", ""),
        ("slang_zap", True, "text", "me chama no zap: {phone_sp}", ""),
        ("number_in_video", True, "text", "O número está no final do vídeo do produto, é só pausar e me ligar.", ""),
        ("instagram_dm", True, "text", "Segue a gente no Insta @{ig} e manda DM pra tabela de preços.", "")],
    ta=[("pix_outside", True, "Se pagar por Pix direto pra minha conta faço 4% de desconto, fora da plataforma sai mais barato.", False, "op_allow"),
        ("plain_refusal", False, "Não aceitamos Trade Assurance, só transferência antecipada.", True, ""),
        ("ta_threshold", True, "Trade Assurance só para pedidos acima de 30 mil dólares.", True, "")],
)
P["fr"] = dict(
    country="Sénégal",
    b_price=["Bonjour, quel est le prix pour {qty} {unit} de {prod} ?"], b_ship=["Combien coûte la livraison vers {country} ?"],
    b_ta=["Est-ce possible de commander avec Trade Assurance ?"], b_contact=["Vous avez un numéro WhatsApp ?"],
    b_own=[], b_ok=["Très bien, merci."], b_paid=["J'ai passé la commande et payé."], b_cat=["Avez-vous un catalogue ?"],
    s_price=["Bonjour, {price} USD par {unit1} pour {qty} {unit}, minimum {moq}."],
    s_ship=["Le fret maritime vers {country} coûte environ {fee} USD."],
    s_sample=["Vous pouvez commander un échantillon directement ici sur la plateforme."], s_thanks=["Avec plaisir, écrivez-moi ici si besoin."],
    s_lead=["Délai de production : {days} jours."],
    hn=[("stay_on_platform", None, "Merci de garder tous nos échanges ici, sur la messagerie de la plateforme.", []),
        ("ta_positive", "ta", "Bien sûr, Trade Assurance est accepté, je prépare la commande.", []),
        ("order_email", "ordered", "Pour la facture commerciale, pouvez-vous confirmer l'e-mail de votre service comptable ?", []),
        ("telegraphic_transfer", None, "Paiement par virement télégraphique (T/T) via Alibaba.com Pay, les coordonnées sont dans la commande.", []),
        ("carrier_tracking", "shipping", "Colis remis à UPS, numéro de suivi {track}.", []),
        ("reply_after_ask", "contact", "Puisque vous le demandez : WhatsApp {phone}. On peut aussi continuer ici.", [])],
    op=[("plain_email", False, "text", "Envoyez-moi un mail à {mail}, je vous réponds avec la grille tarifaire.", ""),
        ("spelled_email", True, "text", "mon adresse : {mail_spelled_fr}", ""),
        ("transliterated_app_words", True, "text", "écrivez-moi sur ouatsap au {phone_words}", ""),
        ("leave_number", False, "text", "Laissez-moi votre numéro de portable, je vous appelle pour le devis.", ""),
        ("code_switch_symbol", True, "text", "Pour le prix final, add me sur WeCh@t : {wxid} stp", "")],
    ta=[("percent_surcharge", False, "Avec Trade Assurance il faut ajouter 5 % de frais, c'est à votre charge.", True, ""),
        ("close_order_pay_company", True, "On annule la commande sur la plateforme et vous payez directement notre compte société, c'est plus simple.", True, ""),
        ("separate_invoice", True, "Je vous enverrai une facture séparée, paiement par virement hors plateforme.", False, "op_allow")],
)
P["de"] = dict(
    country="Deutschland",
    b_price=["Hallo, was kosten {qty} {unit} {prod}?"], b_ship=["Wie hoch sind die Versandkosten nach {country}?"],
    b_ta=["Geht die Bestellung über Trade Assurance?"], b_contact=["Haben Sie eine Handynummer für Rückfragen?"],
    b_own=[], b_ok=["Alles klar, danke."], b_paid=["Ich habe bestellt und bezahlt."], b_cat=["Haben Sie einen Katalog?"],
    s_price=["Hallo, {price} USD pro {unit1} bei {qty} {unit}, Mindestmenge {moq}."], s_ship=["Seefracht nach {country} ca. {fee} USD."],
    s_sample=["Ein Muster können Sie direkt hier auf der Plattform bestellen."], s_thanks=["Gern, melden Sie sich einfach hier."],
    s_lead=["Lieferzeit {days} Tage."],
    hn=[("stay_on_platform", None, "Bitte lassen Sie uns alles hier im Plattform-Chat besprechen.", []),
        ("platform_video_call", None, "Wir können direkt hier im Chat einen Videoanruf starten und die Produktion zeigen.", []),
        ("order_phone", "shipping", "Die Spedition braucht eine Telefonnummer für den Liefertermin - bitte im Auftrag ergänzen.", []),
        ("model_number", None, "Artikel {model}: Schlüsselweite 19 mm.", []),
        ("ta_positive", "ta", "Trade Assurance ist selbstverständlich möglich, ohne Aufpreis.", []),
        ("signature_clean", "sig", "Mit freundlichen Grüßen\nAnna Liu, Vertrieb Europa\nAntworten Sie bitte direkt hier über die Plattform.", [])],
    op=[("plain_phone", False, "text", "Bitte schreiben Sie mir auf WhatsApp {phone}, dort schicke ich Videos.", ""),
        ("leetspeak", True, "text", "schneller geht's per t3legr4m: @{tg}", ""),
        ("spaced_word", True, "text", "W h a t s A p p genügt: {phone_sp}", ""),
        ("homoglyph_app", True, "text", "Kontakt über Теlеgrаm: @{tg}", ""),
        ("leave_email_catalogue", False, "text", "Hinterlassen Sie Ihre E-Mail-Adresse, dann sende ich Ihnen den Katalog.", "")],
    ta=[("percent_surcharge", False, "Bei Trade Assurance kommen 4 % Aufschlag auf den Stückpreis.", True, ""),
        ("ta_too_slow", True, "Trade Assurance dauert zu lange, per direkter Überweisung geht es schneller.", True, ""),
        ("shipping_condition", False, "Mit Trade Assurance nur Expressversand, das kostet 150 USD mehr.", True, "")],
)
P["it"] = dict(
    country="Italia",
    b_price=["Buongiorno, prezzo per {qty} {unit} di {prod}?"], b_ship=["Quanto costa la spedizione in {country}?"],
    b_ta=["Possiamo usare Trade Assurance?"], b_contact=["Mi dai il tuo numero WhatsApp?"],
    b_own=[], b_ok=["Va bene, grazie."], b_paid=["Ho fatto l'ordine e pagato."], b_cat=["Avete un catalogo?"],
    s_price=["Buongiorno, {price} USD al {unit1} per {qty} {unit}, ordine minimo {moq}."], s_ship=["Spedizione via mare in {country} circa {fee} USD."],
    s_sample=["Può ordinare un campione direttamente qui sulla piattaforma."], s_thanks=["Prego, mi scriva qui per qualsiasi cosa."],
    s_lead=["Tempi di produzione {days} giorni."],
    hn=[("stay_on_platform", None, "Continuiamo pure qui sulla piattaforma, così l'ordine resta tutelato.", []),
        ("ta_positive", "ta", "Certo, accettiamo la Trade Assurance, preparo subito l'ordine.", []),
        ("order_phone", "ordered", "Ci serve un recapito telefonico del destinatario per il corriere.", []),
        ("carrier_tracking", "shipping", "Spedito con TNT, tracking {track}.", []),
        ("reply_after_ask", "contact", "Visto che me lo chiede: WhatsApp {phone}. Possiamo continuare anche qui.", [])],
    op=[("plain_phone", False, "text", "Mi scriva su WhatsApp al {phone}, le mando il listino.", ""),
        ("number_on_packaging", True, "text", "Il mio numero è stampato sulla scatola nella foto 4, mi chiami pure lì.", ""),
        ("reversed_number", True, "text", "aggiungimi su ppastahw, numero al contrario: {phone_rev}", ""),
        ("leave_number", False, "text", "Mi lasci il suo numero di telefono così la richiamo per il listino.", "")],
    ta=[("plain_refusal", False, "Non lavoriamo con Trade Assurance, solo bonifico anticipato.", True, ""),
        ("ta_threshold", True, "La Trade Assurance la attiviamo solo per ordini sopra i 50.000 dollari.", True, ""),
        ("discount_outside", True, "Se ordina fuori dalla piattaforma le faccio il 7% di sconto.", False, "op_allow")],
)
P["ru"] = dict(
    country="Казахстан",
    b_price=["Здравствуйте, какая цена за {qty} {unit} {prod}?"], b_ship=["Сколько будет доставка в {country}?"],
    b_ta=["Можно оформить заказ через Trade Assurance?"], b_contact=["Дайте, пожалуйста, ваш телеграм."],
    b_own=["Мой телеграм @{btg}, но можно и здесь."],
    b_ok=["Хорошо, спасибо."], b_paid=["Заказ оформил и оплатил."], b_cat=["Есть каталог?"],
    s_price=["Здравствуйте, {price} USD за {unit1} при заказе {qty} {unit}, минимум {moq}."], s_ship=["Доставка морем в {country} примерно {fee} USD."],
    s_sample=["Образец можно заказать прямо здесь, на платформе."], s_thanks=["Пожалуйста, пишите сюда, если будут вопросы."],
    s_lead=["Срок производства {days} дней."],
    hn=[("stay_on_platform", None, "Давайте всё обсуждать здесь, в чате платформы - так ваш заказ защищён.", []),
        ("ta_positive", "ta", "Конечно, работаем через Trade Assurance, оформлю заказ сегодня.", []),
        ("order_phone", "ordered", "Укажите, пожалуйста, телефон получателя для курьера.", []),
        ("model_number", None, "Модель {model} - это размер 1/2 дюйма, 86×139 мм.", []),
        ("bank_transfer_on_platform", "ta", "Оплата банковским переводом через Alibaba.com Pay, реквизиты в заказе на платформе.", []),
        ("reply_after_ask", "contact", "Раз вы просите: телеграм @{tg}. Здесь тоже отвечаю.", [])],
    op=[("plain_phone", False, "text", "Напишите мне в WhatsApp {phone}, пришлю видео с завода.", ""),
        ("transliterated_app", True, "text", "пишите в вотсап {phone_sp}, так быстрее", ""),
        ("slang_telega", True, "text", "лучше в телегу: @{tg}, там скину прайс", ""),
        ("mixed_script_app", True, "text", "Добавьте меня в WеChаt: {wxid}", ""),
        ("leave_number", False, "text", "Оставьте ваш номер телефона, я перезвоню и всё расскажу.", "")],
    ta=[("percent_surcharge", False, "Через Trade Assurance цена будет на 7% выше.", True, ""),
        ("card_transfer", True, "Можно оплатить переводом на карту, так без комиссии платформы.", False, "op_allow"),
        ("ta_button_broken", True, "У нашего магазина кнопка Trade Assurance сейчас не работает, оплатите на расчётный счёт компании.", True, "")],
    split=("запишите номер, он же в зелёном мессенджере: {p1}", "{p3} - это вотсап"),
)
P["tr"] = dict(
    country="Türkiye",
    b_price=["Merhaba, {qty} {unit} {prod} fiyatı nedir?"], b_ship=["{country} için kargo ücreti ne kadar?"],
    b_ta=["Trade Assurance ile sipariş verebilir miyim?"], b_contact=["WhatsApp numaranızı alabilir miyim?"],
    b_own=[], b_ok=["Tamam, teşekkürler."], b_paid=["Siparişi verdim ve ödedim."], b_cat=["Kataloğunuz var mı?"],
    s_price=["Merhaba, {qty} {unit} için birim fiyat {price} USD, minimum sipariş {moq}."], s_ship=["{country} deniz yolu navlunu yaklaşık {fee} USD."],
    s_sample=["Numuneyi doğrudan burada platformdan sipariş edebilirsiniz."], s_thanks=["Rica ederim, sorularınız için buradan yazın."],
    s_lead=["Üretim süresi {days} gün."],
    hn=[("stay_on_platform", None, "Tüm yazışmayı burada, platformda yapalım; siparişiniz koruma altında olur.", []),
        ("ta_positive", "ta", "Tabii ki Trade Assurance kabul ediyoruz, siparişi hemen hazırlıyorum.", []),
        ("order_phone", "shipping", "Kurye için alıcının telefon numarasını siparişe ekler misiniz?", []),
        ("reply_after_ask", "contact", "İstediğiniz için yazıyorum: WhatsApp {phone}. Buradan da devam edebiliriz.", []),
        ("model_number", None, "{model} kodlu ürün 1/2 inç, 86 x 139 mm.", [])],
    op=[("plain_phone", False, "text", "Detaylar için WhatsApp'tan yazın: {phone}", ""),
        ("transliterated_app", True, "text", "vatsaptan yaz kardeşim {phone_sp}", ""),
        ("other_app_banner", True, "text", "BiP'ten ulaşın, numara mağaza banner'ında yazıyor", ""),
        ("emoji_substitute", True, "text", "💬 {phone_national} 👈 buradan daha hızlı cevap veririm", "")],
    ta=[("percent_surcharge", False, "Trade Assurance ile fiyat %5 daha yüksek olur.", True, ""),
        ("close_order_iban", True, "Siparişi kapatalım, direkt şirket IBAN'ına havale yapın, komisyon ödemezsiniz.", True, ""),
        ("plain_refusal", False, "Trade Assurance kabul etmiyoruz.", True, "")],
    split=("numaramı not alın, yeşil uygulamada da var: {p1}", "{p3} vatsap bu"),
)
P["ar"] = dict(
    country="السعودية",
    b_price=["مرحبا، كم سعر {qty} {unit} من {prod}؟"], b_ship=["كم تكلفة الشحن إلى {country}؟"],
    b_ta=["هل يمكن الطلب عبر ضمان التجارة (Trade Assurance)؟"], b_contact=["ممكن رقم الواتساب؟"],
    b_own=["رقمي واتساب {bphone} إذا احتجت، لكن هنا أيضا مناسب."],
    b_ok=["تمام، شكرا."], b_paid=["قمت بالطلب والدفع."], b_cat=["هل عندكم كتالوج؟"],
    s_price=["مرحبا، السعر {price} دولار لكل {unit1} لكمية {qty}، والحد الأدنى {moq}."], s_ship=["الشحن البحري إلى {country} حوالي {fee} دولار."],
    s_sample=["يمكنك طلب عينة مباشرة هنا على المنصة."], s_thanks=["العفو، راسلني هنا لأي استفسار."], s_lead=["مدة الإنتاج {days} يوما."],
    hn=[("stay_on_platform", None, "من فضلك لنبقَ على تواصل هنا في المنصة لحماية طلبك.", []),
        ("ta_positive", "ta", "بالتأكيد نقبل ضمان التجارة، سأجهز الطلب الآن.", []),
        ("order_phone", "ordered", "نحتاج رقم هاتف المستلم لشركة الشحن.", []),
        ("carrier_tracking", "shipping", "تم الشحن عبر أرامكس، رقم التتبع {track}.", []),
        ("reply_after_ask", "contact", "بما أنك طلبت: واتساب {phone}. ويمكننا المتابعة هنا أيضا.", [])],
    op=[("native_script_app", True, "text", "أضفني على واتساب {phone} لأرسل لك الصور والفيديو.", ""),
        ("arabic_indic_digits", True, "text", "رقمي على الواتس: {phone_native}", ""),
        ("arabizi", True, "text", "kalimni 3ala el whats, raqmi {phone_sp}", ""),
        ("plain_phone", False, "text", "للتواصل السريع WhatsApp: {phone}", "")],
    ta=[("percent_surcharge", False, "مع ضمان التجارة يزيد السعر ٥٪.", True, ""),
        ("close_order_pay_company", True, "نلغي الطلب على المنصة وتحول المبلغ مباشرة لحساب الشركة، أسرع لك.", True, ""),
        ("plain_refusal", False, "لا نقبل Trade Assurance، فقط تحويل بنكي.", True, "")],
    split=("سجل رقمي على التطبيق الأخضر: {p1}", "{p3} هذا رقم الواتس"),
)
P["hi"] = dict(
    country="भारत",
    b_price=["नमस्ते, {qty} {unit} {prod} का रेट क्या है?"], b_ship=["{country} तक शिपिंग कितनी होगी?"],
    b_ta=["क्या Trade Assurance से ऑर्डर कर सकते हैं?"], b_contact=["आपका व्हाट्सएप नंबर मिलेगा?"],
    b_own=["mera WhatsApp {bphone} hai, par yahan bhi chalega."],
    b_ok=["ठीक है, धन्यवाद।"], b_paid=["मैंने ऑर्डर करके भुगतान कर दिया है।"], b_cat=["कैटलॉग है क्या?"],
    s_price=["नमस्ते, {qty} {unit} के लिए {price} USD प्रति {unit1}, न्यूनतम ऑर्डर {moq}।"], s_ship=["{country} तक समुद्री भाड़ा लगभग {fee} USD।"],
    s_sample=["सैंपल आप यहीं प्लेटफ़ॉर्म पर ऑर्डर कर सकते हैं।"], s_thanks=["आपका स्वागत है, कोई सवाल हो तो यहीं लिखें।"],
    s_lead=["उत्पादन समय {days} दिन।"],
    hn=[("stay_on_platform", None, "कृपया सारी बातचीत यहीं प्लेटफ़ॉर्म पर रखें, आपका ऑर्डर सुरक्षित रहेगा।", []),
        ("ta_positive", "ta", "हाँ, हम Trade Assurance स्वीकार करते हैं, बिना किसी अतिरिक्त शुल्क के।", []),
        ("order_phone", "ordered", "डिलीवरी के लिए रिसीवर का फ़ोन नंबर बता दीजिए।", []),
        ("reply_after_ask", "contact", "आपने पूछा है तो: व्हाट्सएप {phone}. यहाँ भी बात कर सकते हैं।", []),
        ("price_numbers", None, "रेट: 8.6 USD (M) / 13.9 USD (XL), पैकिंग 139 x 86 सेमी।", [])],
    op=[("native_script_app", True, "text", "मुझे व्हाट्सएप करें {phone}, वहाँ वीडियो भेज दूँगा।", ""),
        ("romanized_hinglish", True, "text", "bhai mera number le lo, WA pe ping karo: {phone_sp}", ""),
        ("devanagari_digits", True, "text", "मेरा नंबर: {phone_native}, कॉल कीजिए", ""),
        ("plain_phone", False, "text", "Please contact on WhatsApp {phone} for best rate.", "")],
    ta=[("percent_surcharge", False, "Trade Assurance के साथ 6% ज्यादा लगेगा।", True, ""),
        ("upi_outside", True, "UPI या सीधा बैंक ट्रांसफर कर दो, प्लेटफ़ॉर्म फीस बचेगी।", False, "op_allow"),
        ("romanized_ta_slow", True, "TA me payment bahut late aata hai, direct T/T karo na.", True, "")],
)
P["id"] = dict(
    country="Surabaya",
    b_price=["Halo, harga {qty} {unit} {prod} berapa?"], b_ship=["Ongkir ke {country} berapa?"],
    b_ta=["Bisa pakai Trade Assurance?"], b_contact=["Boleh minta nomor WA?"],
    b_own=[], b_ok=["Oke, terima kasih."], b_paid=["Sudah order dan bayar ya."], b_cat=["Ada katalog?"],
    s_price=["Halo kak, {price} USD per {unit1} untuk {qty} {unit}, minimal order {moq}."], s_ship=["Ongkir laut ke {country} sekitar {fee} USD."],
    s_sample=["Sampel bisa dipesan langsung di platform ini."], s_thanks=["Sama-sama, kalau ada pertanyaan tulis di sini saja."],
    s_lead=["Waktu produksi {days} hari."],
    hn=[("stay_on_platform", None, "Kita lanjut di chat platform ini saja ya kak, biar pesanan terlindungi.", []),
        ("ta_positive", "ta", "Tentu bisa pakai Trade Assurance kak, tanpa biaya tambahan.", []),
        ("order_phone", "ordered", "Mohon info nomor telepon penerima untuk kurir ya.", []),
        ("carrier_tracking", "shipping", "Sudah dikirim via J&T Express, resi {track}.", []),
        ("reply_after_ask", "contact", "Karena kakak minta: WA {phone}. Di sini juga tetap saya balas.", [])],
    op=[("abbreviation_wa", True, "text", "chat WA aja kak biar cepet: {phone_sp}", ""),
        ("plain_phone", False, "text", "Hubungi WhatsApp {phone} untuk harga grosir.", ""),
        ("number_in_bio", True, "text", "nomor ada di bio toko ya kak, langsung japri aja", ""),
        ("leave_phone_catalogue", False, "text", "Kak, tinggalkan nomor HP atau email ya, nanti saya kirim katalog lengkap.", "")],
    ta=[("percent_surcharge", False, "Kalau pakai Trade Assurance harga naik 5% kak.", True, ""),
        ("bank_transfer_outside", True, "Transfer langsung ke rekening kami aja kak, lebih murah tanpa biaya platform.", False, "op_allow"),
        ("ta_threshold", True, "TA cuma untuk order di atas 20 ribu dolar.", True, "")],
)
P["vi"] = dict(
    country="Hải Phòng",
    b_price=["Chào bạn, giá {qty} {unit} {prod} bao nhiêu?"], b_ship=["Phí vận chuyển đi {country} bao nhiêu?"],
    b_ta=["Có thể đặt hàng qua Trade Assurance không?"], b_contact=["Cho mình xin số Zalo được không?"],
    b_own=[], b_ok=["Ok, cảm ơn bạn."], b_paid=["Mình đã đặt hàng và thanh toán rồi."], b_cat=["Bạn có catalogue không?"],
    s_price=["Chào bạn, {price} USD/{unit1} cho {qty} {unit}, đặt tối thiểu {moq}."], s_ship=["Cước biển đi {country} khoảng {fee} USD."],
    s_sample=["Bạn có thể đặt mẫu ngay trên nền tảng."], s_thanks=["Không có gì, cần gì bạn nhắn ở đây nhé."],
    s_lead=["Thời gian sản xuất {days} ngày."],
    hn=[("stay_on_platform", None, "Mình trao đổi luôn trên nền tảng này cho an toàn nhé.", []),
        ("ta_positive", "ta", "Dĩ nhiên bên mình nhận Trade Assurance, mình lên đơn ngay.", []),
        ("order_phone", "ordered", "Bạn cho mình số điện thoại người nhận để đơn vị vận chuyển liên hệ giao hàng.", []),
        ("reply_after_ask", "contact", "Bạn hỏi nên mình gửi: Zalo {phone_national}. Mình vẫn trả lời ở đây nhé.", [])],
    op=[("local_app_zalo", True, "text", "Kết bạn Zalo {phone_national} để mình gửi báo giá chi tiết nhé", ""),
        ("plain_phone", False, "text", "Liên hệ WhatsApp {phone} để được giá tốt.", ""),
        ("digits_in_words", True, "text", "sđt: {phone_words} - gọi mình nhé", ""),
        ("facebook_page_store_name", True, "text", "Nhắn tin qua trang Facebook của xưởng, tên giống tên cửa hàng này", "")],
    ta=[("percent_surcharge", False, "Nếu dùng Trade Assurance thì giá tăng thêm 4%.", True, ""),
        ("close_order_pay_company", True, "Mình hủy đơn trên sàn rồi bạn chuyển khoản thẳng vào tài khoản công ty nhé, nhanh hơn.", True, ""),
        ("plain_refusal", False, "Bên mình không nhận Trade Assurance.", True, "")],
)
P["th"] = dict(
    country="กรุงเทพฯ",
    b_price=["สวัสดีครับ {prod} {qty} {unit} ราคาเท่าไหร่ครับ"], b_ship=["ค่าส่งไป{country}เท่าไหร่ครับ"],
    b_ta=["สั่งผ่าน Trade Assurance ได้ไหมครับ"], b_contact=["ขอไลน์ได้ไหมครับ"],
    b_own=[], b_ok=["โอเคครับ ขอบคุณครับ"], b_paid=["สั่งซื้อและชำระเงินแล้วครับ"], b_cat=["มีแคตตาล็อกไหมครับ"],
    s_price=["สวัสดีค่ะ {qty} {unit} ราคา {price} USD ต่อ {unit1} ขั้นต่ำ {moq}"], s_ship=["ค่าขนส่งทางเรือไป{country}ประมาณ {fee} USD ค่ะ"],
    s_sample=["สั่งตัวอย่างได้ที่แพลตฟอร์มนี้เลยค่ะ"], s_thanks=["ยินดีค่ะ มีคำถามพิมพ์ที่นี่ได้เลย"], s_lead=["ระยะเวลาผลิต {days} วันค่ะ"],
    hn=[("stay_on_platform", None, "คุยกันในแพลตฟอร์มนี้นะคะ คำสั่งซื้อจะได้รับการคุ้มครอง", []),
        ("production_line_word", None, "โรงงานเพิ่งเพิ่มไลน์การผลิตใหม่ กำลังผลิตได้มากขึ้นค่ะ", []),
        ("ta_positive", "ta", "รับ Trade Assurance แน่นอนค่ะ ไม่มีค่าใช้จ่ายเพิ่ม", []),
        ("order_phone", "ordered", "รบกวนขอเบอร์โทรผู้รับสำหรับขนส่งด้วยค่ะ", [])],
    op=[("native_script_line", True, "text", "แอดไลน์มาได้เลยค่ะ ไอดี {lineid}", ""),
        ("thai_digits", True, "text", "โทร {phone_native} ได้ตลอดค่ะ", ""),
        ("native_script_whatsapp", True, "text", "ทักวอทส์แอพ {phone} นะคะ ส่งรูปจริงให้", ""),
        ("plain_ids", False, "text", "Add LINE: {lineid} or WhatsApp {phone}", "")],
    ta=[("percent_surcharge", False, "ถ้าใช้ Trade Assurance ราคาจะเพิ่ม 5% ค่ะ", True, ""),
        ("transfer_company_account", True, "โอนเข้าบัญชีบริษัทโดยตรงดีกว่าค่ะ ไม่ต้องเสียค่าธรรมเนียมแพลตฟอร์ม", True, "")],
)
P["ja"] = dict(
    country="大阪",
    b_price=["こんにちは、{prod}を{qty} {unit}の場合の単価を教えてください。"], b_ship=["{country}までの送料はいくらですか？"],
    b_ta=["Trade Assuranceで注文できますか？"], b_contact=["LINEのIDを教えてもらえますか？"],
    b_own=[], b_ok=["承知しました、ありがとうございます。"], b_paid=["注文して支払いました。"], b_cat=["カタログはありますか？"],
    s_price=["{qty} {unit}で単価{price}USD、最小注文数は{moq}です。"], s_ship=["{country}までの海上運賃は約{fee}USDです。"],
    s_sample=["サンプルはこのプラットフォームで直接ご注文いただけます。"], s_thanks=["どういたしまして。ご質問はこちらにどうぞ。"],
    s_lead=["生産期間は{days}日です。"],
    hn=[("production_line_word", None, "新しい生産ラインを導入したので、納期は15日に短縮できます。", []),
        ("stay_on_platform", None, "やり取りはすべてこちらのプラットフォーム上でお願いします。", []),
        ("ta_positive", "ta", "もちろんTrade Assurance対応です。追加費用はありません。", []),
        ("order_phone", "ordered", "配送業者用に受取人の電話番号をご記入ください。", [])],
    op=[("katakana_whatsapp", True, "text", "ワッツアップで連絡ください：{phone}", ""),
        ("katakana_line", True, "text", "詳しくはラインでお話ししましょう。ID：{lineid}", ""),
        ("fullwidth_digits", True, "text", "電話番号：{phone_fw} までお気軽に", ""),
        ("plain_email", False, "text", "見積書はメール {mail} にお送りします、ご連絡ください。", "")],
    ta=[("percent_surcharge", False, "Trade Assuranceをご利用の場合、単価が3%上がります。", True, ""),
        ("ta_too_slow", True, "TAは入金確認に時間がかかるので、直接振込の方が早いです。", True, "")],
)
P["ko"] = dict(
    country="부산",
    b_price=["안녕하세요, {prod} {qty} {unit} 가격이 얼마인가요?"], b_ship=["{country}까지 배송비는 얼마인가요?"],
    b_ta=["Trade Assurance로 주문 가능한가요?"], b_contact=["카톡 아이디 알려주실 수 있나요?"],
    b_own=[], b_ok=["네, 감사합니다."], b_paid=["주문하고 결제했습니다."], b_cat=["카탈로그 있나요?"],
    s_price=["안녕하세요, {qty} {unit} 기준 단가 {price} USD, 최소 주문 {moq}입니다."], s_ship=["{country}까지 해상 운임은 약 {fee} USD입니다."],
    s_sample=["샘플은 이 플랫폼에서 바로 주문하실 수 있습니다."], s_thanks=["천만에요, 궁금한 점은 여기로 남겨 주세요."],
    s_lead=["생산 기간은 {days}일입니다."],
    hn=[("production_line_word", None, "생산 라인을 증설해서 납기가 빨라졌습니다.", []),
        ("stay_on_platform", None, "모든 대화는 이 플랫폼에서 진행해 주세요.", []),
        ("ta_positive", "ta", "물론 Trade Assurance 가능합니다. 추가 비용 없습니다.", []),
        ("order_phone", "ordered", "택배 기사용 수령인 전화번호를 알려 주세요.", [])],
    op=[("native_kakao", True, "text", "카톡으로 연락 주세요, 아이디 {kid}", ""),
        ("hangul_whatsapp", True, "text", "왓츠앱 {phone} 으로 사진 보내드릴게요", ""),
        ("plain_phone", False, "text", "WhatsApp/WeChat: {phone}", ""),
        ("number_on_avatar", True, "text", "프로필 사진에 번호 있어요, 거기로 문자 주세요", "")],
    ta=[("percent_surcharge", False, "Trade Assurance로 하시면 단가가 5% 올라갑니다.", True, ""),
        ("ta_threshold", True, "TA는 5만 달러 이상 주문만 가능합니다. 그 이하는 계좌이체로 해주세요.", True, "")],
)


# --------------------------------------------------------------------------------------------------
# Contact-data renderings
# --------------------------------------------------------------------------------------------------
LANG_CC = {"en": "86", "zh": "86", "es": "34", "pt": "55", "fr": "33", "de": "49", "it": "39", "ru": "7", "tr": "90",
           "ar": "971", "hi": "91", "id": "62", "vi": "84", "th": "66", "ja": "81", "ko": "82"}
NATIVE = {"ar": "٠١٢٣٤٥٦٧٨٩", "hi": "०१२३४५६७८९", "th": "๐๑๒๓๔๕๖๗๘๙", "ja": "０１２３４５６７８９"}
WORDS = {"en": "zero one two three four five six seven eight nine".split(),
         "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
         "vi": "không một hai ba bốn năm sáu bảy tám chín".split()}
CN_DIG = "零幺二三四五六七八九"
NAMES = ["lily", "kevin", "jason", "amy", "sunny", "tony", "grace", "leo", "coco", "frank", "ivy", "peter", "nina", "david"]


def d(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    return sep.join(out)


def mkphone(cc):
    if cc == "86":
        local = "1" + rng.choice("3589") + d(9); intl = "+86 " + grp(local, [3, 4, 4]); nat = grp(local, [3, 4, 4])
    elif cc == "34":
        local = "6" + d(8); intl = "+34 " + grp(local, [3, 3, 3]); nat = grp(local, [3, 3, 3])
    elif cc == "55":
        local = "119" + d(8); intl = "+55 11 " + local[2:7] + "-" + local[7:]; nat = "(11) " + local[2:7] + "-" + local[7:]
    elif cc == "33":
        local = "6" + d(8); intl = "+33 " + grp(local, [1, 2, 2, 2, 2]); nat = "0" + grp(local, [1, 2, 2, 2, 2])
    elif cc == "49":
        local = "15" + d(9); intl = "+49 " + grp(local, [3, 8]); nat = "0" + grp(local, [3, 8])
    elif cc == "39":
        local = "3" + d(9); intl = "+39 " + grp(local, [3, 3, 4]); nat = grp(local, [3, 3, 4])
    elif cc == "7":
        local = "9" + d(9); intl = "+7 " + grp(local, [3, 3, 2, 2]); nat = "8 " + grp(local, [3, 3, 2, 2])
    elif cc == "90":
        local = "5" + d(9); intl = "+90 " + grp(local, [3, 3, 2, 2]); nat = "0" + grp(local, [3, 3, 2, 2])
    elif cc == "971":
        local = "5" + d(8); intl = "+971 " + grp(local, [2, 3, 4]); nat = "0" + grp(local, [2, 3, 4])
    elif cc == "91":
        local = rng.choice("6789") + d(9); intl = "+91 " + grp(local, [5, 5]); nat = grp(local, [5, 5])
    elif cc == "62":
        local = "8" + d(10); intl = "+62 " + grp(local, [3, 4, 4], "-"); nat = "0" + grp(local, [3, 4, 4], "-")
    elif cc == "84":
        local = "9" + d(8); intl = "+84 " + grp(local, [2, 3, 4]); nat = "0" + grp(local, [2, 3, 4])
    elif cc == "66":
        local = "8" + d(8); intl = "+66 " + grp(local, [2, 3, 4]); nat = "0" + grp(local, [2, 3, 4], "-")
    elif cc == "81":
        local = "90" + d(8); intl = "+81 " + grp(local, [2, 4, 4], "-"); nat = "0" + grp(local, [2, 4, 4], "-")
    else:  # 82
        local = "10" + d(8); intl = "+82 " + grp(local, [2, 4, 4], "-"); nat = "0" + grp(local, [2, 4, 4], "-")
    return {"cc": cc, "local": local, "intl": intl, "nat": nat, "digits": cc + local}


def interleave(digs):
    seps = [" ", " . ", "-", " .. ", " , ", " ", "  "]
    return "".join(ch + rng.choice(seps) for ch in digs).strip(" .,-")


def to_native(s, lang):
    tab = NATIVE[lang]
    out = "".join(tab[int(ch)] if ch.isdigit() else ch for ch in s)
    if lang == "ja":
        out = out.replace("+", "＋").replace("-", "－")
    return out


def values(lang, ctx):
    ph = mkphone(LANG_CC[lang])
    cn = mkphone("86")
    bph = mkphone(LANG_CC[lang] if lang not in ("en", "zh") else "34")
    name = rng.choice(NAMES)
    v = dict(ctx)
    v["phone"] = ph["intl"]
    v["phone_national"] = ph["nat"]
    v["digits"] = ph["digits"]
    v["phone_sp"] = " ".join("+" + ph["digits"])
    v["phone_il"] = interleave(ph["digits"])
    v["phone_rev"] = ("+" + ph["digits"])[::-1]
    v["phone_words"] = ", ".join(" ".join(WORDS.get(lang, WORDS["en"])[int(c)] for c in part)
                                 for part in re.findall(r"\d+", ph["nat"]))
    v["phone_native"] = to_native(ph["nat"] if lang == "th" else ph["intl"], lang) if lang in NATIVE else ph["intl"]
    v["phone_fw"] = to_native(ph["intl"], "ja")
    v["cnphone"] = cn["intl"]
    v["cnphone_digits"] = cn["local"]
    v["cn_words"] = "，".join("".join(CN_DIG[int(c)] for c in part) for part in re.findall(r"\d+", cn["nat"]))
    v["wxid"] = "%s_%s%s" % (name, rng.choice(["factory", "trade", "export", "sz", "nb"]), d(2))
    v["mail"] = "%s.%s%s@%s" % (name, rng.choice(["sales", "export", "trade"]), d(2), rng.choice(["gmail.com", "outlook.com", "163.com", "yandex.ru", "hotmail.com"]))
    v["qq"] = d(9)
    v["qqmail"] = v["qq"] + "@qq.com"
    v["tg"] = "%s_%s%s" % (name, rng.choice(["supply", "factory", "opt"]), d(2))
    v["lineid"] = "%s.%s%s" % (name, rng.choice(["th", "shop", "bkk"]), d(3))
    v["kid"] = "%s%s" % (name, d(4))
    v["ig"] = "%s.fabrica%s" % (name, d(2))
    v["mail_spelled_fr"] = "%s point usine arobase gmail point com" % name
    v["track"] = rng.choice(["", "SF", "JT"]) + d(12 if rng.random() < 0.5 else 10)
    v["model"] = "HF-8613-9%s-%s" % (d(3), d(2))
    v["cont"] = d(7)
    v["bphone"] = bph["intl"]
    v["bwx"] = "buyer_%s%s" % (rng.choice(NAMES), d(3))
    v["btg"] = "%s_buyer%s" % (rng.choice(NAMES), d(2))
    rest = ph["local"][3:]
    h = len(rest) // 2
    v["p1"] = "+%s %s" % (ph["cc"], ph["local"][:3])
    v["p2"] = rest[:h]
    v["p3"] = rest[h:]
    return v


# --------------------------------------------------------------------------------------------------
# Conversations
# --------------------------------------------------------------------------------------------------
CONVS = []
TA_TAGS = {"ta_positive", "bank_transfer_on_platform", "ambiguous_card_fee", "telegraphic_transfer"}


def ctx_for(merchant=None):
    pool = [x for x in LISTINGS if x[2]["kind"] == "background"]
    if merchant:
        own = [x for x in pool if x[0]["merchant_id"] == merchant]
        pool = own or pool
    ev = rng.choice(pool)[0]
    c = CATS[ev["category_id"]]
    price = ev["price_tiers"][0]["unit_price"] if ev["price_tiers"] else ev["price_range"]["min"]
    qty = ev["moq"] * rng.choice([1, 2, 5, 10])
    return ev["merchant_id"], {"prod": c["short"], "qty": qty, "unit": UNIT_PL[c["unit"]], "unit1": UNIT_1[c["unit"]],
                               "price": "%.2f" % price, "moq": ev["moq"], "fee": "%.0f" % model_fee(ev["category_id"], qty),
                               "days": rng.choice([10, 15, 20, 25, 30])}


class Conv:
    def __init__(self, lang, ctype, merchant=None, channel=None):
        self.lang = lang
        self.ctype = ctype
        self.merchant, ctx = ctx_for(merchant)
        self.buyer = rng.choice(BUYERS)
        self.channel = channel or rng.choice(["chat"] * 6 + ["inquiry"] * 2 + ["rfq", "site_message"])
        ctx["country"] = P[lang]["country"]
        self.v = values(lang, ctx)
        self.msgs = []
        self.stage = "none"

    def fmt(self, t):
        return t.format(**self.v)

    def buyer_say(self, key, note="buyer message (never a violation)", hn=None):
        opts = P[self.lang][key] or P["en"][key]
        self.msgs.append(dict(sender="buyer", kind="text", text=self.fmt(rng.choice(opts)), stage=self.stage,
                              expect=[], allow=[], note=note, meta={"role": "buyer", "hn": hn, "key": key}))

    def seller_clean(self, key, what):
        self.msgs.append(dict(sender="seller", kind="text", text=self.fmt(rng.choice(P[self.lang][key])), stage=self.stage,
                              expect=[], allow=[], note="clean: %s (lang=%s)" % (what, self.lang), meta={"role": "clean"}))

    def seller(self, text, kind, expect, allow, note, meta, gap=None):
        m = dict(sender="seller", kind=kind, text=self.fmt(text), stage=self.stage, expect=expect, allow=allow,
                 note=note, meta=meta)
        if gap:
            m["gap"] = gap
        self.msgs.append(m)


def opener(c):
    c.buyer_say(rng.choice(["b_price", "b_price", "b_cat", "b_ship"]))


def conv_op(lang, item, merchant=None):
    tactic, evasive, kind, text, extra = item
    c = Conv(lang, "op", merchant, "inquiry" if kind == "signature" else ("chat" if kind == "auto_reply" else None))
    expect = ["offplatform_contact"] + (["trade_assurance_refusal"] if extra == "ta" else [])
    meta = {"role": "op", "tactic": tactic, "evasive": evasive, "lang": lang}
    note = "offplatform: %s (%s, lang=%s)" % (tactic, "evasive" if evasive else "obvious", lang)
    if extra == "ta":
        note += "; also pushes payment outside the platform"
        meta["also_ta"] = True
    if extra == "shipping":
        c.stage = "ordered"
        c.buyer_say("b_paid")
        c.seller_clean("s_lead", "lead time after order")
        c.stage = "shipping"
        c.seller(text, kind, expect, [], note + "; order is shipping, the lure is not logistics paperwork", meta)
    elif kind == "auto_reply":
        opener(c)
        c.seller(text, kind, expect, [], note, meta)
    else:
        opener(c)
        if kind == "signature" or rng.random() < 0.4:
            c.seller_clean("s_price", "price quote")
        c.seller(text, kind, expect, [], note, meta)
    if rng.random() < 0.15:
        c.buyer_say("b_ok")
    CONVS.append(c)
    return c


def conv_split(lang, variant):
    intro, hint = P[lang]["split"]
    c = Conv(lang, "split")
    opener(c)
    c.seller_clean("s_price", "price quote")
    base = {"role": "op", "tactic": "number_split_over_three_turns", "evasive": True, "lang": lang}
    if variant == "A":
        c.seller(intro, "text", ["offplatform_contact"], [], "offplatform: number_split_over_three_turns, announces the app and gives part 1 (evasive, lang=%s)" % lang, dict(base))
        c.seller("{p2}", "text", [], ["offplatform_contact"], "split fragment 2 of a phone number (allowed either way, lang=%s)" % lang, {"role": "frag", "lang": lang}, gap=40)
        c.seller("{p3}", "text", [], ["offplatform_contact"], "split fragment 3 of a phone number (allowed either way, lang=%s)" % lang, {"role": "frag", "lang": lang}, gap=35)
    else:
        c.seller("{p1}", "text", [], ["offplatform_contact"], "split fragment 1 of a phone number (allowed either way, lang=%s)" % lang, {"role": "frag", "lang": lang})
        c.seller("{p2}", "text", [], ["offplatform_contact"], "split fragment 2 of a phone number (allowed either way, lang=%s)" % lang, {"role": "frag", "lang": lang}, gap=30)
        c.seller(hint, "text", ["offplatform_contact"], [], "offplatform: number_split_over_three_turns, last part names the app (evasive, lang=%s)" % lang, dict(base), gap=45)
    c.buyer_say("b_ok")
    CONVS.append(c)


def conv_ta(lang, item, merchant=None):
    tactic, evasive, text, asked, extra = item
    c = Conv(lang, "ta", merchant)
    if not asked or rng.random() < 0.4:
        c.buyer_say("b_price")
        c.seller_clean("s_price", "price quote")
    if asked:
        c.buyer_say("b_ta", note="buyer message (never a violation); asks for Trade Assurance")
    allow = ["offplatform_contact"] if extra == "op_allow" else []
    note = "trade_assurance_refusal: %s (%s, %s, lang=%s)" % (
        tactic, "evasive" if evasive else "obvious", "after the buyer asked for TA" if asked else "seller's own initiative", lang)
    if allow:
        note += "; payment steered off the platform (offplatform_contact arguable)"
    c.seller(text, "text", ["trade_assurance_refusal"], allow, note,
             {"role": "ta", "tactic": tactic, "evasive": evasive, "lang": lang})
    if rng.random() < 0.15:
        c.buyer_say("b_ok")
    CONVS.append(c)
    return c


def conv_hn(lang, item, flow=None, pair=None):
    tag, req, text, allow = item
    code = "trade_assurance_refusal" if (tag in TA_TAGS or req == "ta") else "offplatform_contact"
    kind = {"sig": "signature", "auto": "auto_reply"}.get(req, "text")
    c = Conv(lang, "hn", None, "inquiry" if req == "sig" else ("chat" if req == "auto" else None))
    meta = {"role": "hn", "tag": tag, "code": code, "lang": lang}
    note = "hard negative for %s: %s (lang=%s)" % (code, tag, lang)
    if allow:
        note += "; genuinely ambiguous, allowed"
    if req == "contact":
        c.buyer_say("b_contact", note="buyer message (never a violation); buyer asks for the seller's contact", hn="buyer_asks_contact")
        if flow == "late" or rng.random() < 0.4:
            c.seller_clean("s_price", "price quote")
            c.buyer_say("b_ship")
            c.seller_clean("s_ship", "shipping quote")
            meta["buyer_asked_earlier"] = 3
        c.seller(text, kind, [], allow, note + "; the buyer asked for the contact first", meta)
    elif req == "ta":
        if rng.random() < 0.3:
            c.buyer_say("b_price")
            c.seller_clean("s_price", "price quote")
        c.buyer_say("b_ta", note="buyer message (never a violation); asks for Trade Assurance")
        c.seller(text, kind, [], allow, note, meta)
    elif req in ("ordered", "shipping"):
        c.stage = "ordered"
        c.buyer_say("b_paid")
        if req == "shipping":
            c.seller_clean("s_lead", "lead time after order")
            c.stage = "shipping"
        c.seller(text, kind, [], allow, note + "; order-stage logistics request", meta)
    elif req == "auto":
        opener(c)
        c.seller(text, kind, [], allow, note, meta)
    else:
        opener(c)
        if rng.random() < 0.4:
            c.seller_clean("s_price", "price quote")
        c.seller(text, kind, [], allow, note, meta)
        if pair is not None:
            c.buyer_say("b_ok")
            t2, _, text2, allow2 = pair
            m2 = dict(meta, tag=t2)
            n2 = "hard negative for offplatform_contact: %s (lang=%s)" % (t2, lang) + ("; genuinely ambiguous, allowed" if allow2 else "")
            c.seller(text2, "text", [], allow2, n2, m2)
    if rng.random() < 0.1:
        c.buyer_say("b_ok")
    CONVS.append(c)
    return c


def conv_contact_refused(lang):
    """Buyer asks for the seller's contact; seller keeps the talk on the platform."""
    c = Conv(lang, "hn")
    c.buyer_say("b_contact", note="buyer message (never a violation); buyer asks for the seller's contact", hn="buyer_asks_contact")
    stay = [h for h in P[lang]["hn"] if h[0] == "stay_on_platform"][0]
    c.seller(stay[2], "text", [], [], "hard negative for offplatform_contact: stay_on_platform after the buyer asked for contact (lang=%s)" % lang,
             {"role": "hn", "tag": "stay_after_buyer_ask", "code": "offplatform_contact", "lang": lang})
    if rng.random() < 0.4:
        c.seller_clean("s_sample", "sample on platform")
    CONVS.append(c)


def conv_clean(lang, own=False):
    c = Conv(lang, "clean")
    if own and P[lang]["b_own"]:
        c.buyer_say("b_own", note="buyer message (never a violation); buyer volunteers own contact", hn="buyer_own_contact")
    c.buyer_say("b_price")
    c.seller_clean("s_price", "price quote")
    if rng.random() < 0.5:
        c.buyer_say("b_ship")
        c.seller_clean("s_ship", "shipping quote")
    r = rng.random()
    if r < 0.4:
        c.buyer_say("b_ok")
    elif r < 0.7:
        c.seller_clean("s_sample", "sample on platform")
    CONVS.append(c)


def build_conversations():
    ladder_op, ladder_ta = "QM-4007", "QM-4013"
    n_op = 0
    for lang in LANGS:
        for item in P[lang]["op"]:
            m = ladder_op if (item[3].startswith("Hello friend") or (lang in ("zh", "ru", "de", "it") and item[1] and n_op % 3 == 0)) else None
            conv_op(lang, item, m)
            n_op += 1
        for item in P[lang]["ta"]:
            conv_ta(lang, item, ladder_ta if item[0] == "percent_surcharge" and lang in ("en", "zh", "ru", "tr") else None)
        plain = [h for h in P[lang]["hn"] if h[1] is None and h[0] not in TA_TAGS]
        other = [h for h in P[lang]["hn"] if h not in plain]
        for item in other:
            conv_hn(lang, item)
        while plain:
            a = plain.pop(0)
            b = plain.pop(0) if len(plain) >= 1 and rng.random() < 0.8 else None
            conv_hn(lang, a, pair=b)
        if "split" in P[lang]:
            conv_split(lang, "A" if lang in ("en", "ru", "ar") else "B")
    # second round: re-use some tactics with new numbers/merchants, more hard negatives and clean traffic
    for lang in ["zh", "ru", "ar", "hi", "ko", "th"]:
        ev_items = [x for x in P[lang]["op"] if x[1]]
        conv_op(lang, rng.choice(ev_items))
    for lang in ["en", "zh", "fr", "de", "it", "pt"]:
        conv_ta(lang, rng.choice([x for x in P[lang]["ta"] if x[1]]))
    conv_split("zh", "A")
    conv_split("en", "B")
    for i, lang in enumerate(LANGS):
        if i % 4 == 0:
            for h in P[lang]["hn"]:
                if h[0] == "reply_after_ask":
                    conv_hn(lang, h, flow="late")
        if i % 3 != 2:
            conv_contact_refused(lang)
        if P[lang]["b_own"]:
            conv_clean(lang, own=True)
    # times and ids
    for c in CONVS:
        c.start = T0 + timedelta(days=21, minutes=rng.randint(0, 14 * 24 * 60), seconds=rng.randint(0, 59))
    CONVS.sort(key=lambda c: c.start)
    k = 0
    for ci, c in enumerate(CONVS):
        c.cid = "QC-%d" % (5001 + ci)
        t = c.start
        for j, m in enumerate(c.msgs):
            if j:
                t = t + timedelta(minutes=m.get("gap", rng.randint(2, 150)) if "gap" not in m else 0,
                                  seconds=m["gap"] if "gap" in m else rng.randint(0, 59))
            m["sent_at"] = ts(t)
            k += 1
            m["mid"] = "QMSG-%d" % (700000 + k)


# --------------------------------------------------------------------------------------------------
# Emit
# --------------------------------------------------------------------------------------------------
def message_events():
    evs, labs, metas = [], [], []
    for c in CONVS:
        for m in c.msgs:
            ev = collections.OrderedDict([
                ("schema", "message.v1"), ("event_id", eid("message", m["mid"])), ("message_id", m["mid"]),
                ("conversation_id", c.cid), ("merchant_id", c.merchant), ("buyer_id", c.buyer), ("sender", m["sender"]),
                ("channel", c.channel), ("kind", m["kind"]), ("text", m["text"]), ("order_stage", m["stage"]),
                ("sent_at", m["sent_at"])])
            lab = collections.OrderedDict([("subject", "message"), ("subject_id", m["mid"]), ("expect", m["expect"]),
                                           ("allow", m["allow"]), ("note", m["note"])])
            meta = dict(m["meta"])
            meta["lang"] = c.lang
            meta["ctype"] = c.ctype
            evs.append(ev)
            labs.append(lab)
            metas.append(meta)
    return evs, labs, metas


def dumps(o):
    return json.dumps(o, ensure_ascii=False, separators=(", ", ": "))


def generate():
    build_listings()
    build_orders()
    build_conversations()
    mevs, mlabs, mmetas = message_events()
    # merchants for message-code complaints
    op_count = collections.Counter(e["merchant_id"] for e, l in zip(mevs, mlabs) if "offplatform_contact" in l["expect"])
    ta_hn = [e["merchant_id"] for e, l, m in zip(mevs, mlabs, mmetas) if m.get("tag") == "ta_positive"]
    build_complaints({"offplatform_contact": op_count.most_common(1)[0][0], "trade_assurance_refusal": ta_hn[0]})
    events = [x[0] for x in LISTINGS] + [x[0] for x in ORDERS] + COMPLAINTS + mevs
    labels = [x[1] for x in LISTINGS] + [x[1] for x in ORDERS] + mlabs
    with open(EVENTS_PATH, "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(dumps(e) + "\n")
    with open(LABELS_PATH, "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(dumps(l) + "\n")
    meta = {}
    for ev, lab, m in LISTINGS:
        meta[ev["listing_id"]] = m
    for ev, lab, m in ORDERS:
        meta[ev["order_id"]] = m
    for ev, m in zip(mevs, mmetas):
        meta[ev["message_id"]] = m
    return meta


# --------------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------------
FIELDS = {
    "listing.v1": ["schema", "event_id", "op", "listing_id", "version", "merchant_id", "category_id", "category_path", "title",
                   "description", "currency", "unit", "moq", "price_tiers", "price_range", "skus", "shipping", "customization",
                   "sample_price", "updated_at"],
    "order.v1": ["schema", "event_id", "order_id", "listing_id", "merchant_id", "buyer_id", "quantity", "currency",
                 "quoted_shipping_fee", "charged_shipping_fee", "trade_assurance", "placed_at"],
    "complaint.v1": ["schema", "event_id", "complaint_id", "merchant_id", "listing_id", "buyer_id", "stage", "claim", "verified",
                     "reviewed_at"],
    "message.v1": ["schema", "event_id", "message_id", "conversation_id", "merchant_id", "buyer_id", "sender", "channel", "kind",
                   "text", "order_stage", "sent_at"],
}
LISTING_CODES = {"fake_price_tier", "off_market_price", "inflated_shipping", "abused_sku", "false_moq"}
CODES_BY_SUBJECT = {"listing": LISTING_CODES, "order": {"shipping_overcharge"},
                    "message": {"offplatform_contact", "trade_assurance_refusal"}}
ALL_CODES = set().union(*CODES_BY_SUBJECT.values())
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_time(s, where):
    if not isinstance(s, str) or not RFC3339.match(s):
        err("%s: bad RFC 3339 time %r" % (where, s))
        return None
    try:
        return datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        err("%s: unparseable time %r" % (where, s))
        return None


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def main_price(e):
    if e["price_tiers"]:
        return median([t["unit_price"] for t in e["price_tiers"]])
    if e["skus"]:
        return median([s["unit_price"] for s in e["skus"]])
    return (e["price_range"]["min"] + e["price_range"]["max"]) / 2


def validate(meta):
    events = [json.loads(l) for l in open(EVENTS_PATH, encoding="utf-8")]
    labels = [json.loads(l) for l in open(LABELS_PATH, encoding="utf-8")]
    # ---- contract ----
    seen_eid, order_of_schema = set(), []
    listings, orders, complaints, messages = {}, {}, [], []
    prefixes = {"listing_id": "QL-", "merchant_id": "QM-", "buyer_id": "QB-", "order_id": "QO-", "complaint_id": "QCP-",
                "conversation_id": "QC-", "message_id": "QMSG-"}
    for i, e in enumerate(events):
        w = "event line %d" % (i + 1)
        sch = e.get("schema")
        if sch not in FIELDS:
            err("%s: unknown schema %r" % (w, sch)); continue
        if list(e.keys()) != FIELDS[sch]:
            err("%s: fields/order %s != contract" % (w, list(e.keys())))
        if not str(e["event_id"]).startswith("b4-") or e["event_id"] in seen_eid:
            err("%s: bad or duplicate event_id" % w)
        seen_eid.add(e["event_id"])
        for k, p in prefixes.items():
            if k in e and not (isinstance(e[k], str) and e[k].startswith(p) and e[k][len(p):].isdigit()):
                err("%s: %s %r lacks prefix %s" % (w, k, e.get(k), p))
        order_of_schema.append(sch)
        if sch == "listing.v1":
            if e["op"] != "upsert": err("%s: op" % w)
            if e["listing_id"] in listings: err("%s: listing appears twice" % w)
            listings[e["listing_id"]] = e
            if not is_int(e["version"]) or e["version"] < 1: err("%s: version" % w)
            if e["category_id"] not in CATS or e["category_path"] != CATS[e["category_id"]]["path"]: err("%s: category" % w)
            if e["unit"] != CATS[e["category_id"]]["unit"]: err("%s: unit" % w)
            if e["currency"] != "USD": err("%s: currency" % w)
            for k in ("title", "description"):
                if not isinstance(e[k], str) or not e[k]: err("%s: %s" % (w, k))
            if not is_int(e["moq"]) or e["moq"] < 1: err("%s: moq" % w)
            prev = 0
            for t in e["price_tiers"]:
                if list(t.keys()) != ["min_qty", "unit_price"] or not is_int(t["min_qty"]) or not is_num(t["unit_price"]) or t["unit_price"] <= 0:
                    err("%s: tier shape" % w)
                if t["min_qty"] <= prev: err("%s: tiers not ascending" % w)
                prev = t["min_qty"]
            if not e["price_tiers"] and e["price_range"] is None: err("%s: neither tiers nor range" % w)
            if e["price_range"] is not None:
                pr = e["price_range"]
                if list(pr.keys()) != ["min", "max"] or not (is_num(pr["min"]) and is_num(pr["max"])) or pr["min"] > pr["max"]:
                    err("%s: price_range" % w)
                if e["skus"] and (pr["min"] != min(s["unit_price"] for s in e["skus"]) or pr["max"] != max(s["unit_price"] for s in e["skus"])):
                    err("%s: price_range does not match SKUs" % w)
            ids = set()
            for s in e["skus"]:
                if list(s.keys()) != ["sku_id", "name", "unit_price", "attributes"] or not is_num(s["unit_price"]) or s["unit_price"] <= 0 \
                        or not isinstance(s["attributes"], dict) or s["sku_id"] in ids:
                    err("%s: sku shape" % w)
                ids.add(s["sku_id"])
            if not e["shipping"]: err("%s: no shipping" % w)
            for s in e["shipping"]:
                if list(s.keys()) != ["method", "fee", "for_qty"] or not is_num(s["fee"]) or s["fee"] < 0 or not is_int(s["for_qty"]) or s["for_qty"] < 1:
                    err("%s: shipping shape" % w)
            for cu in e["customization"]:
                if list(cu.keys()) != ["option", "min_qty"] or not is_int(cu["min_qty"]): err("%s: customization" % w)
            if e["sample_price"] is not None and not is_num(e["sample_price"]): err("%s: sample_price" % w)
            check_time(e["updated_at"], w)
        elif sch == "order.v1":
            orders[e["order_id"]] = e
            l = listings.get(e["listing_id"])
            if not l or l["merchant_id"] != e["merchant_id"]: err("%s: order references" % w)
            if not is_int(e["quantity"]) or e["quantity"] < 1 or e["currency"] != "USD": err("%s: quantity/currency" % w)
            if not (is_num(e["quoted_shipping_fee"]) and is_num(e["charged_shipping_fee"])) or min(e["quoted_shipping_fee"], e["charged_shipping_fee"]) < 0:
                err("%s: fees" % w)
            if not isinstance(e["trade_assurance"], bool): err("%s: trade_assurance" % w)
            tp = check_time(e["placed_at"], w)
            if l and tp and tp <= datetime.strptime(l["updated_at"][:19], "%Y-%m-%dT%H:%M:%S"): err("%s: order before listing" % w)
        elif sch == "complaint.v1":
            complaints.append(e)
            l = listings.get(e["listing_id"])
            if not l or l["merchant_id"] != e["merchant_id"]: err("%s: complaint references" % w)
            if e["stage"] not in ("inquiry", "pre_payment", "post_payment"): err("%s: stage" % w)
            if e["claim"] not in ALL_CODES: err("%s: claim" % w)
            if not isinstance(e["verified"], bool): err("%s: verified" % w)
            check_time(e["reviewed_at"], w)
        else:
            messages.append(e)
            if e["sender"] not in ("seller", "buyer"): err("%s: sender" % w)
            if e["channel"] not in ("chat", "inquiry", "rfq", "site_message"): err("%s: channel" % w)
            if e["kind"] not in ("text", "auto_reply", "signature"): err("%s: kind" % w)
            if e["kind"] != "text" and e["sender"] != "seller": err("%s: buyer auto_reply/signature" % w)
            if e["order_stage"] not in ("none", "ordered", "shipping"): err("%s: order_stage" % w)
            if not isinstance(e["text"], str) or not e["text"].strip() or "{" in e["text"]: err("%s: text %r" % (w, e["text"]))
            check_time(e["sent_at"], w)
    # event order
    rank = {"listing.v1": 0, "order.v1": 1, "complaint.v1": 2, "message.v1": 3}
    if [rank[s] for s in order_of_schema] != sorted(rank[s] for s in order_of_schema): err("events not in listing/order/complaint/message order")
    ids_seen = set()
    for k, pfx in (("order_id", orders), ("message_id", messages)):
        pass
    if len({m["message_id"] for m in messages}) != len(messages) or len({c["complaint_id"] for c in complaints}) != len(complaints):
        err("duplicate message or complaint ids")
    merchants = {l["merchant_id"] for l in listings.values()}
    convs, conv_order = collections.OrderedDict(), []
    for m in messages:
        if m["merchant_id"] not in merchants: err("message %s: merchant owns no listing" % m["message_id"])
        cid = m["conversation_id"]
        if cid in convs and conv_order[-1] != cid: err("conversation %s not contiguous" % cid)
        if cid not in convs: conv_order.append(cid)
        convs.setdefault(cid, []).append(m)
    firsts = []
    for cid, ms in convs.items():
        if len({(m["merchant_id"], m["buyer_id"]) for m in ms}) != 1: err("conversation %s: parties change" % cid)
        times = [m["sent_at"] for m in ms]
        if any(a >= b for a, b in zip(times, times[1:])): err("conversation %s: not strictly in time order" % cid)
        firsts.append(times[0])
        stages = [m["order_stage"] for m in ms]
        rk = {"none": 0, "ordered": 1, "shipping": 2}
        if any(rk[a] > rk[b] for a, b in zip(stages, stages[1:])): err("conversation %s: order_stage goes back" % cid)
    if firsts != sorted(firsts): err("conversations not in time order")
    # ---- labels ----
    subj_events = [(("listing", e["listing_id"]) if e["schema"] == "listing.v1" else ("order", e["order_id"]) if e["schema"] == "order.v1"
                    else ("message", e["message_id"])) for e in events if e["schema"] != "complaint.v1"]
    if [(l["subject"], l["subject_id"]) for l in labels] != subj_events: err("labels are not exactly one per listing/order/message in event order")
    lab = {}
    for l in labels:
        if list(l.keys()) != ["subject", "subject_id", "expect", "allow", "note"]: err("label %s: fields" % l.get("subject_id"))
        if l["subject_id"] in lab: err("label %s: duplicate" % l["subject_id"])
        lab[l["subject_id"]] = l
        ok = CODES_BY_SUBJECT[l["subject"]]
        if not set(l["expect"]) <= ok or not set(l["allow"]) <= ok: err("label %s: code not valid for subject" % l["subject_id"])
        if set(l["expect"]) & set(l["allow"]): err("label %s: expect/allow overlap" % l["subject_id"])
        if len(set(l["expect"])) != len(l["expect"]) or not l["note"]: err("label %s: dup code / empty note" % l["subject_id"])
    msg_by_id = {m["message_id"]: m for m in messages}
    for mid, m in msg_by_id.items():
        if m["sender"] == "buyer" and (lab[mid]["expect"] or lab[mid]["allow"]): err("buyer message %s labelled" % mid)
    # ---- numbers behind listing labels ----
    bgp = collections.defaultdict(list)
    for lid, e in listings.items():
        if meta[lid]["kind"] == "background":
            bgp[e["category_id"]].append(main_price(e))
    for lid, e in listings.items():
        c = CATS[e["category_id"]]
        L = lab[lid]
        ex, al = set(L["expect"]), set(L["allow"])
        mk = meta[lid]["kind"]
        if mk == "background" and (ex or al): err("%s: background listing carries codes" % lid)
        if mk == "background":
            mp = main_price(e)
            if not (c["lo"] <= mp <= c["hi"]): err("%s: background price %.2f outside band" % (lid, mp))
            for s in e["skus"]:
                if not (c["lo"] <= s["unit_price"] <= c["hi"]): err("%s: background SKU outside band" % lid)
            if e["moq"] != (e["price_tiers"][0]["min_qty"] if e["price_tiers"] else e["moq"]): err("%s: background moq != first tier" % lid)
        M = median(bgp[e["category_id"]])
        tiers = [t["unit_price"] for t in e["price_tiers"]]
        # fake_price_tier
        def tier_drop():
            if len(tiers) >= 2:
                return min(p / median(tiers[:i] + tiers[i + 1:]) for i, p in enumerate(tiers))
            if not tiers and not e["skus"] and e["price_range"]:
                return e["price_range"]["min"] / e["price_range"]["max"]
            return 1.0
        td = tier_drop()
        if "fake_price_tier" in ex and td > 0.35: err("%s: fake_price_tier but tier ratio %.2f" % (lid, td))
        if "fake_price_tier" not in ex | al and len(tiers) >= 2 and td < 0.6: err("%s: clean but tier ratio %.2f" % (lid, td))
        # off_market_price
        mp = main_price(e)
        if "off_market_price" in ex and not (mp <= 0.3 * M or mp >= 3.5 * M) : err("%s: off_market but price %.2f vs median %.2f" % (lid, mp, M))
        if "off_market_price" not in ex | al and not (0.8 * c["lo"] <= mp <= 1.2 * c["hi"]): err("%s: clean but price %.2f outside band" % (lid, mp))
        # inflated_shipping
        ratios = [s["fee"] / model_fee(e["category_id"], s["for_qty"]) for s in e["shipping"]]
        if "inflated_shipping" in ex and not (max(ratios) >= 8 and mp <= M): err("%s: inflated_shipping numbers %.1f" % (lid, max(ratios)))
        if "inflated_shipping" not in ex | al and max(ratios) > 3.2: err("%s: clean but shipping ratio %.1f" % (lid, max(ratios)))
        # abused_sku
        sp = [s["unit_price"] for s in e["skus"]]
        if "abused_sku" in ex and not (sp and (min(sp) <= 0.1 * max(sp))): err("%s: abused_sku numbers" % lid)
        if "abused_sku" not in ex | al and sp and min(sp) < 0.12 * max(sp): err("%s: clean but SKU spread %.2f" % (lid, min(sp) / max(sp)))
        # false_moq
        first = e["price_tiers"][0]["min_qty"] if e["price_tiers"] else e["moq"]
        if "false_moq" in ex:
            mm = meta[lid]
            by_desc = mm.get("needle") and mm["needle"] in e["description"] and mm["real_moq"] >= 10 * e["moq"]
            by_tier = first >= 10 * e["moq"]
            if not (e["moq"] <= 2 and (by_desc or by_tier)): err("%s: false_moq numbers" % lid)
        elif "false_moq" not in al and e["moq"] <= 2 and first >= 10 * e["moq"]: err("%s: clean but tiers contradict moq" % lid)
    # ---- orders ----
    for oid, o in orders.items():
        L = lab[oid]
        l = listings[o["listing_id"]]
        opt = l["shipping"][0]
        if abs(o["quoted_shipping_fee"] - r2(opt["fee"] * o["quantity"] / opt["for_qty"])) > 0.011: err("%s: quote does not follow listing" % oid)
        diff = r2(o["charged_shipping_fee"] - o["quoted_shipping_fee"])
        if "shipping_overcharge" in L["expect"] and not diff > 0.5: err("%s: overcharge label but diff %.2f" % (oid, diff))
        if "shipping_overcharge" in L["allow"] and not (0 < diff <= 0.5): err("%s: allow but diff %.2f" % (oid, diff))
        if not L["expect"] and not L["allow"] and diff > 0: err("%s: clean but charged above quote" % oid)
    # ---- complaints ----
    over_listings = {o["listing_id"] for oid, o in orders.items() if lab[oid]["expect"]}
    for cp in complaints:
        cl, lid = cp["claim"], cp["listing_id"]
        if cl in LISTING_CODES:
            if cp["verified"] != (cl in lab[lid]["expect"]): err("%s: verified flag disagrees with listing label" % cp["complaint_id"])
        elif cl == "shipping_overcharge":
            if cp["verified"] and lid not in over_listings: err("%s: no overcharged order on listing" % cp["complaint_id"])
        else:
            has = any(cl in lab[m["message_id"]]["expect"] for m in messages if m["merchant_id"] == cp["merchant_id"])
            if cp["verified"] and not has: err("%s: merchant has no such message violation" % cp["complaint_id"])
    # ---- message context rules ----
    for cid, ms in convs.items():
        asked = False
        for m in ms:
            mm = meta[m["message_id"]]
            if m["sender"] == "buyer" and mm.get("hn") == "buyer_asks_contact":
                asked = True
            if mm.get("tag") == "reply_after_ask" and not asked: err("%s: contact reply without buyer request" % m["message_id"])
            if mm.get("tag") == "order_phone" and m["order_stage"] == "none": err("%s: order-stage request at stage none" % m["message_id"])
            if "offplatform_contact" in lab[m["message_id"]]["expect"] and asked: err("%s: OP expected although buyer asked first" % m["message_id"])
    return events, labels, listings, orders, complaints, messages, lab, convs


def summarize(meta, events, labels, listings, orders, complaints, messages, lab, convs):
    out = []
    P_ = out.append
    sc = collections.Counter(e["schema"] for e in events)
    P_("events: %d  (%s)   labels: %d" % (len(events), ", ".join("%s %d" % kv for kv in sc.items()), len(labels)))
    P_("")
    P_("%-22s %5s %5s %5s" % ("listing category", "bg", "viol", "hn"))
    for cat in CATS:
        ks = collections.Counter(meta[l]["kind"] for l, e in listings.items() if e["category_id"] == cat)
        P_("%-22s %5d %5d %5d" % (cat, ks["background"], ks["viol"], ks["hn"]))
    P_("")
    P_("%-26s %6s %6s %6s" % ("code", "expect", "allow", "hardneg"))
    counts = {}
    for code in ["fake_price_tier", "off_market_price", "inflated_shipping", "abused_sku", "false_moq", "shipping_overcharge",
                 "offplatform_contact", "trade_assurance_refusal"]:
        ex = sum(code in l["expect"] for l in labels)
        al = sum(code in l["allow"] for l in labels)
        if code in LISTING_CODES:
            hn = sum(1 for l in listings if meta[l]["kind"] == "hn" and meta[l]["code"] == code)
        elif code == "shipping_overcharge":
            hn = sum(1 for o in orders if not lab[o]["expect"])
        else:
            hn = sum(1 for m in messages if meta[m["message_id"]].get("role") == "hn" and meta[m["message_id"]]["code"] == code)
        counts[code] = (ex, al, hn)
        P_("%-26s %6d %6d %6d" % (code, ex, al, hn))
    clean_l = sum(1 for l in listings if not lab[l]["expect"])
    P_("listings clean: %d / %d (%.0f%%)" % (clean_l, len(listings), 100.0 * clean_l / len(listings)))
    P_("orders: %d (overcharge %d, tiny-difference allow %d, clean %d); complaints: %d (verified %d)" % (
        len(orders), counts["shipping_overcharge"][0], counts["shipping_overcharge"][1],
        sum(1 for o in orders if not lab[o]["expect"] and not lab[o]["allow"]), len(complaints), sum(c["verified"] for c in complaints)))
    seller = [m for m in messages if m["sender"] == "seller"]
    viol = [m for m in messages if lab[m["message_id"]]["expect"]]
    evasive = [m for m in viol if meta[m["message_id"]].get("evasive")]
    buyer_hn = [m for m in messages if meta[m["message_id"]].get("hn")]
    seller_hn = [m for m in messages if meta[m["message_id"]].get("role") == "hn"]
    clean_msgs = [m for m in messages if not lab[m["message_id"]]["expect"]]
    P_("messages: %d in %d conversations (seller %d, buyer %d); violating %d (evasive %d = %.0f%%); clean %d; "
       "hard negatives %d seller + %d buyer contact messages" % (
        len(messages), len(convs), len(seller), len(messages) - len(seller), len(viol), len(evasive),
        100.0 * len(evasive) / max(1, len(viol)), len(clean_msgs), len(seller_hn), len(buyer_hn)))
    P_("")
    P_("%-4s %5s %4s %4s %4s" % ("lang", "msgs", "OP", "TA", "HN"))
    per_lang = {}
    for lg in LANGS:
        ms = [m for m in messages if meta[m["message_id"]]["lang"] == lg]
        op = sum("offplatform_contact" in lab[m["message_id"]]["expect"] for m in ms)
        ta = sum("trade_assurance_refusal" in lab[m["message_id"]]["expect"] for m in ms)
        hn = sum(1 for m in ms if meta[m["message_id"]].get("role") == "hn" or meta[m["message_id"]].get("hn"))
        per_lang[lg] = (len(ms), op, ta, hn)
        P_("%-4s %5d %4d %4d %4d" % (lg, len(ms), op, ta, hn))
    P_("")
    tactics = collections.defaultdict(collections.Counter)
    for lid in listings:
        m = meta[lid]
        if m["kind"] == "viol":
            tactics[m["code"]][lab[lid]["note"].split(": ", 1)[1].split(" (lang=")[0][:70]] += 1
    for m in messages:
        mm = meta[m["message_id"]]
        for code in lab[m["message_id"]]["expect"]:
            tactics[code][mm.get("tactic", "?")] += 1
    for code in ["offplatform_contact", "trade_assurance_refusal"]:
        P_("%s tactics (%d distinct): %s" % (code, len(tactics[code]), ", ".join("%s x%d" % kv for kv in sorted(tactics[code].items()))))
    return "\n".join(out), counts, per_lang, len(viol), len(evasive), len(seller_hn) + len(buyer_hn), len(clean_msgs), clean_l


def main():
    meta = generate()
    events, labels, listings, orders, complaints, messages, lab, convs = validate(meta)
    text, counts, per_lang, nviol, nev, nhn, nclean, clean_l = summarize(meta, events, labels, listings, orders, complaints, messages, lab, convs)
    print(text)
    # ---- minimum counts ----
    def need(cond, what):
        if not cond:
            err("minimum count: " + what)
    need(1000 <= len(events) <= 1250, "1,000-1,250 events")
    need(len(listings) >= 250, "250 listings")
    need(0.75 <= clean_l / len(listings) <= 0.85, "75-85% clean listings")
    for cat in CATS:
        need(sum(1 for l, e in listings.items() if e["category_id"] == cat and meta[l]["kind"] == "background") >= 20, "20 background in " + cat)
    for code in LISTING_CODES:
        need(counts[code][0] >= 10 and counts[code][2] >= 5, "10 violations + 5 hard negatives for " + code)
    need(len(orders) >= 28 and counts["shipping_overcharge"][0] >= 12 and counts["shipping_overcharge"][2] >= 12, "orders")
    need(len(complaints) >= 10, "10 complaints")
    need(len(messages) >= 700 and len(convs) >= 230, "700 messages / 230 conversations")
    need(counts["offplatform_contact"][0] >= 95, "95 offplatform_contact")
    need(counts["trade_assurance_refusal"][0] >= 55, "55 trade_assurance_refusal")
    need(nhn >= 120, "120 message hard negatives")
    need(nclean >= 550, "550 clean messages")
    need(nev * 2 >= nviol, "half the violating messages evasive")
    for lg in LANGS:
        need(per_lang[lg][0] >= 25 and per_lang[lg][1] >= 3 and per_lang[lg][2] >= 2, "language " + lg)
    if ERRORS:
        print("\nVALIDATION FAILED (%d problems):" % len(ERRORS))
        for e in ERRORS[:60]:
            print("  - " + e)
        sys.exit(1)
    print("\nvalidation OK")


if __name__ == "__main__":
    main()
