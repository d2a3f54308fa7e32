#!/usr/bin/env python3
"""Blind evaluation set 5 for the Haili listing-compliance pipeline.

Writes events.jsonl and labels.jsonl next to this file, reads them back, validates them
against the wire contract (../../shared/spec/events.md) and the labelling rules, prints a
summary table and exits 1 if any check fails.  Standard library only; fixed seed; the
output is byte-identical on every run.
"""
import datetime
import hashlib
import json
import math
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 20261207
HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = os.path.join(HERE, "events.jsonl")
LABELS = os.path.join(HERE, "labels.jsonl")

LANGS = ["en", "zh", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "hi", "id", "vi", "th", "ja", "ko"]
LISTING_CODES = ["fake_price_tier", "off_market_price", "inflated_shipping", "abused_sku", "false_moq"]
ORDER_CODES = ["shipping_overcharge"]
MESSAGE_CODES = ["offplatform_contact", "trade_assurance_refusal"]
ALL_CODES = LISTING_CODES + ORDER_CODES + MESSAGE_CODES
OP, TA = "offplatform_contact", "trade_assurance_refusal"


def eid(kind, ident):
    return "b5-" + hashlib.sha256(("%d:%s:%s" % (SEED, kind, ident)).encode()).hexdigest()[:16]


def ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def r2(x):
    return round(float(x) + 1e-9, 2)


def nice_price(x):
    if x >= 100:
        return r2(round(x))
    if x >= 10:
        return r2(round(x * 2) / 2)
    return r2(x)


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return 0.0
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2.0


# ----------------------------------------------------------------------------------------
# Categories.  band = (lo, hi) realistic unit-price band over all variants of the category;
# ship = (sea_per_unit, sea_min, express_min); express per unit = 3.2 x sea per unit.
# variants: (title, base_lo, base_hi, feature text, sku spec)
# sku spec: (attribute, [(value, price multiplier), ...]) or None
# ----------------------------------------------------------------------------------------
COLORS = ("Color", [("Black", 1.0), ("Grey", 1.0), ("Blue", 1.0), ("Beige", 1.0), ("Red", 1.0)])
CATS = [
    dict(id="office-chairs", short="mesh office chair",
         path=["Furniture", "Commercial Furniture", "Office Furniture", "Office Chairs"],
         unit="piece", band=(22.0, 140.0), ship=(6.0, 60.0, 85.0), moqs=[2, 5, 10, 20, 50, 100],
         ports=["Foshan", "Ningbo (Anji)", "Shanghai"],
         cust=[("Customized logo", (100, 300)), ("Customized packaging", (200, 500)), ("Customized fabric color", (300, 600))],
         variants=[
             ("Ergonomic Mesh Office Chair with Lumbar Support", 38, 85, "Breathable mesh back, class-4 gas lift, nylon five-star base", COLORS),
             ("Basic Swivel Task Chair", 22, 40, "PP back, fabric seat, 60 mm PU castors", COLORS),
             ("Executive PU Leather High-Back Chair", 55, 130, "PU leather, tilt lock, chrome base",
              ("Option", [("Standard", 1.0), ("With footrest", 1.08)])),
             ("Armless Stackable Conference Chair", 24, 48, "Powder-coated steel frame, padded seat", COLORS),
         ]),
    dict(id="cotton-tshirts", short="cotton T-shirt",
         path=["Apparel & Accessories", "Men's Clothing", "T-Shirts"],
         unit="piece", band=(1.4, 6.5), ship=(0.22, 30.0, 35.0), moqs=[50, 100, 200, 300, 500],
         ports=["Guangzhou", "Shanghai", "Xiamen"],
         cust=[("Customized logo (screen print)", (300, 1000)), ("Customized label", (500, 2000)), ("Customized packaging", (1000, 3000))],
         variants=[
             ("100% Cotton Plain Crew Neck T-Shirt 180gsm", 1.6, 3.2, "Combed ring-spun cotton, pre-shrunk, tubular knit",
              ("Size", [("S-XL", 1.0), ("2XL", 1.06), ("3XL", 1.1)])),
             ("Heavyweight Cotton Oversized Tee 240gsm", 3.0, 6.0, "Drop shoulder, ribbed collar, garment dyed", COLORS),
             ("Custom Printed Cotton Promotional T-Shirt", 1.5, 3.4, "Screen or DTF printing, 160gsm cotton", COLORS),
             ("Organic Cotton Kids T-Shirt", 1.8, 4.0, "GOTS organic cotton, soft hand feel",
              ("Size", [("2-4Y", 1.0), ("5-8Y", 1.05), ("9-12Y", 1.1)])),
         ]),
    dict(id="lifepo4-batteries", short="LiFePO4 battery",
         path=["Electrical Equipment & Supplies", "Batteries", "Rechargeable Batteries", "LiFePO4 Batteries"],
         unit="piece", band=(90.0, 950.0), ship=(14.0, 80.0, 90.0), moqs=[1, 2, 5, 10, 20],
         ports=["Shenzhen", "Dongguan", "Ningbo"],
         cust=[("Customized logo", (50, 100)), ("Customized BMS / Bluetooth", (100, 200))],
         variants=[
             ("LiFePO4 Battery 12V 100Ah for Solar Storage", 150, 320, "Grade A cells, built-in 100A BMS, 6000 cycles", None),
             ("LiFePO4 Battery 12V 200Ah Deep Cycle", 260, 500, "Grade A prismatic cells, 200A BMS, IP65 case", None),
             ("LiFePO4 Battery Pack 24V 100Ah", 300, 560, "Bluetooth BMS, low-temperature protection", None),
             ("48V 100Ah LiFePO4 Server Rack Battery", 520, 900, "3U rack module, CAN/RS485 communication", None),
             ("12V 50Ah LiFePO4 Battery for RV and Marine", 90, 190, "Lightweight, 50A BMS, M8 terminals", None),
         ]),
    dict(id="rice", short="long grain rice",
         path=["Agriculture", "Grain", "Rice"],
         unit="ton", band=(330.0, 1100.0), ship=(48.0, 400.0, 400.0), moqs=[1, 5, 10, 25],
         ports=["Ho Chi Minh City", "Bangkok", "Karachi", "Yangon"],
         cust=[("Customized bag printing", (25, 100)), ("Customized packaging (5 kg retail bags)", (50, 100))],
         variants=[
             ("Long Grain White Rice 5% Broken", 390, 560, "Crop 2026, Sortex cleaned, moisture max 14%",
              ("Packing", [("25 kg PP bag", 1.0), ("50 kg PP bag", 0.99), ("5 kg retail bag", 1.05)])),
             ("Jasmine Fragrant Rice", 520, 780, "Soft texture, natural aroma, 5% broken", None),
             ("Parboiled Rice 5% Broken", 430, 620, "Golden parboiled, double polished", None),
             ("1121 Basmati Rice Sella", 850, 1080, "Extra long grain, aged 12 months", None),
             ("100% Broken Rice", 330, 420, "For feed and brewing use", None),
         ]),
    dict(id="pvc-pipes", short="PVC pipe",
         path=["Construction & Real Estate", "Plumbing", "Pipes & Fittings", "PVC Pipes"],
         unit="meter", band=(0.18, 9.5), ship=(0.09, 60.0, 60.0), moqs=[100, 500, 1000, 2000],
         ports=["Tianjin", "Qingdao", "Ningbo"],
         cust=[("Customized color", (3000, 10000)), ("Customized printing", (2000, 5000))],
         variants=[
             ("PVC-U Water Supply Pipe 20-50 mm PN16", 0.2, 0.45, "Lead-free, ISO 1452, 5.8 m per length",
              ("Diameter", [("20 mm", 1.0), ("25 mm", 1.35), ("32 mm", 1.9), ("40 mm", 2.6), ("50 mm", 3.5)])),
             ("PVC Drainage Pipe 110 mm", 1.8, 3.6, "Solid wall, socket end, UV stabilized", None),
             ("PVC Electrical Conduit Pipe 16-32 mm", 0.18, 0.55, "Flame retardant, 3 m length", None),
             ("Large Diameter PVC Pipe 200 mm PN10", 4.5, 8.5, "EN 1452, rubber ring joint, 6 m length", None),
         ]),
    dict(id="curtain-fabric", short="blackout curtain fabric",
         path=["Home Textiles", "Curtain Fabric"],
         unit="meter", band=(1.2, 7.5), ship=(0.12, 40.0, 45.0), moqs=[50, 100, 300, 500, 1000],
         ports=["Shaoxing", "Ningbo", "Shanghai"],
         cust=[("Customized color", (1000, 3000)), ("Customized pattern", (2000, 5000))],
         variants=[
             ("Blackout Curtain Fabric 280 cm Width", 2.2, 4.8, "Triple weave, 100% polyester, 280 cm width", COLORS),
             ("Sheer Voile Curtain Fabric", 1.2, 2.6, "Lightweight voile, 300 cm width", COLORS),
             ("Velvet Curtain Fabric Flame Retardant", 3.5, 7.0, "B1 flame retardant, 320 gsm", COLORS),
             ("Linen Look Polyester Curtain Fabric", 1.8, 3.6, "Slub yarn linen look, 280 cm width", COLORS),
         ]),
    dict(id="ceramic-mugs", short="ceramic mug",
         path=["Home & Garden", "Kitchen & Tabletop", "Drinkware", "Mugs"],
         unit="piece", band=(0.45, 3.2), ship=(0.16, 30.0, 35.0), moqs=[36, 48, 72, 100, 500, 1000],
         ports=["Xiamen", "Chaozhou", "Shenzhen"],
         cust=[("Customized logo", (500, 1000)), ("Customized gift box", (1000, 3000))],
         variants=[
             ("11oz White Ceramic Sublimation Mug", 0.45, 0.95, "AAA coating, dishwasher safe", None),
             ("Ceramic Coffee Mug with Logo Printing", 0.75, 1.8, "Decal or screen printing, 350 ml",
              ("Capacity", [("350 ml", 1.0), ("450 ml", 1.15)])),
             ("Stoneware Reactive Glaze Mug 400 ml", 1.4, 3.0, "Kiln-changed glaze, lead and cadmium free", COLORS),
             ("Color Changing Magic Mug", 1.1, 2.2, "Heat-sensitive coating, 11oz", None),
         ]),
    dict(id="laptop-bags", short="laptop bag",
         path=["Luggage, Bags & Cases", "Laptop Bags & Cases"],
         unit="piece", band=(3.2, 16.0), ship=(0.7, 35.0, 40.0), moqs=[50, 100, 200, 300, 500],
         ports=["Guangzhou", "Xiamen", "Quanzhou"],
         cust=[("Customized logo", (300, 500)), ("Customized packaging", (500, 1000))],
         variants=[
             ("15.6 inch Laptop Backpack with USB Port", 5.5, 12.0, "Water-resistant 600D polyester, USB charging port",
              ("Size", [("14 inch", 1.0), ("15.6 inch", 1.05), ("17 inch", 1.12)])),
             ("Neoprene Laptop Sleeve 13-15 inch", 3.2, 5.2, "5 mm neoprene, zip closure",
              ("Size", [("13.3 inch", 1.0), ("14 inch", 1.04), ("15.6 inch", 1.08)])),
             ("Business Laptop Briefcase Nylon", 6.5, 15.0, "Padded compartment, shoulder strap", COLORS),
             ("Anti-theft Laptop Backpack", 7.0, 14.0, "Hidden zippers, RFID pocket", COLORS),
         ]),
    dict(id="solar-street-lights", short="solar street light",
         path=["Lights & Lighting", "Outdoor Lighting", "Street Lights", "Solar Street Lights"],
         unit="set", band=(28.0, 320.0), ship=(9.0, 70.0, 80.0), moqs=[2, 5, 10, 20, 50],
         ports=["Yangzhou", "Zhongshan", "Shanghai"],
         cust=[("Customized logo", (50, 100)), ("Customized lamp housing color", (100, 300))],
         variants=[
             ("All-in-One Solar Street Light 100W", 38, 95, "Mono panel, LiFePO4 battery, radar sensor", None),
             ("Split Solar Street Light 60W with Lithium Battery", 95, 210, "Separate 80 W panel, IP66 lamp", None),
             ("Solar Street Light 200W with Pole Bracket", 120, 300, "Integrated 6 m pole bracket, 3-5 rainy days", None),
             ("Solar Garden Street Light 30W", 28, 55, "Die-cast housing, dusk-to-dawn", None),
         ]),
]
CAT = {c["id"]: c for c in CATS}


def sea_model(cat, q):
    per, mn, _ = cat["ship"]
    return max(mn, per * q)


def express_model(cat, q):
    per, _, mn = cat["ship"]
    return max(mn, per * q * 3.2)


# ----------------------------------------------------------------------------------------
# Listing description phrases per language (listing text).  Unit words: piece, meter, ton, set.
# ----------------------------------------------------------------------------------------
LD = {
    "en": dict(u=dict(piece="pieces", meter="meters", ton="tons", set="sets"), moq="MOQ: {n} {u}.", lead="Lead time {a}-{b} days.",
               pay="Payment through Trade Assurance (T/T, card, Alibaba.com Pay).", oem="OEM/ODM welcome.", sample="Samples available."),
    "zh": dict(u=dict(piece="件", meter="米", ton="吨", set="套"), moq="起订量：{n}{u}。", lead="交期{a}-{b}天。",
               pay="支持信用保障订单（T/T、信用卡）。", oem="支持OEM/ODM定制。", sample="可提供样品。"),
    "es": dict(u=dict(piece="piezas", meter="metros", ton="toneladas", set="juegos"), moq="Pedido mínimo: {n} {u}.",
               lead="Plazo de entrega {a}-{b} días.", pay="Pago con Trade Assurance (T/T, tarjeta).", oem="Aceptamos OEM/ODM.",
               sample="Muestras disponibles."),
    "pt": dict(u=dict(piece="peças", meter="metros", ton="toneladas", set="conjuntos"), moq="Pedido mínimo: {n} {u}.",
               lead="Prazo de entrega {a}-{b} dias.", pay="Pagamento via Trade Assurance (T/T, cartão).", oem="Aceitamos OEM/ODM.",
               sample="Amostras disponíveis."),
    "fr": dict(u=dict(piece="pièces", meter="mètres", ton="tonnes", set="ensembles"), moq="Commande minimum : {n} {u}.",
               lead="Délai de livraison {a} à {b} jours.", pay="Paiement via Trade Assurance (virement, carte).", oem="OEM/ODM accepté.",
               sample="Échantillons disponibles."),
    "de": dict(u=dict(piece="Stück", meter="Meter", ton="Tonnen", set="Sets"), moq="Mindestbestellmenge: {n} {u}.",
               lead="Lieferzeit {a}-{b} Tage.", pay="Zahlung über Trade Assurance (Überweisung, Karte).", oem="OEM/ODM möglich.",
               sample="Muster verfügbar."),
    "it": dict(u=dict(piece="pezzi", meter="metri", ton="tonnellate", set="set"), moq="Ordine minimo: {n} {u}.",
               lead="Tempi di consegna {a}-{b} giorni.", pay="Pagamento tramite Trade Assurance (bonifico, carta).",
               oem="OEM/ODM disponibile.", sample="Campioni disponibili."),
    "ru": dict(u=dict(piece="шт.", meter="м", ton="т", set="компл."), moq="Минимальный заказ: {n} {u}", lead="Срок изготовления {a}-{b} дней.",
               pay="Оплата через Trade Assurance (T/T, карта).", oem="Возможен OEM/ODM.", sample="Есть образцы."),
    "tr": dict(u=dict(piece="adet", meter="metre", ton="ton", set="set"), moq="Minimum sipariş: {n} {u}.", lead="Teslim süresi {a}-{b} gün.",
               pay="Ödeme Trade Assurance ile (havale, kart).", oem="OEM/ODM yapılır.", sample="Numune mevcut."),
    "ar": dict(u=dict(piece="قطعة", meter="متر", ton="طن", set="طقم"), moq="الحد الأدنى للطلب: {n} {u}.", lead="مدة التسليم {a}-{b} يومًا.",
               pay="الدفع عبر Trade Assurance (تحويل بنكي، بطاقة).", oem="نقبل OEM/ODM.", sample="العينات متوفرة."),
    "hi": dict(u=dict(piece="पीस", meter="मीटर", ton="टन", set="सेट"), moq="न्यूनतम ऑर्डर: {n} {u}।", lead="डिलीवरी समय {a}-{b} दिन।",
               pay="भुगतान Trade Assurance से (T/T, कार्ड)।", oem="OEM/ODM उपलब्ध।", sample="सैंपल उपलब्ध।"),
    "id": dict(u=dict(piece="pcs", meter="meter", ton="ton", set="set"), moq="Minimal order: {n} {u}.", lead="Waktu produksi {a}-{b} hari.",
               pay="Pembayaran lewat Trade Assurance (T/T, kartu).", oem="Terima OEM/ODM.", sample="Sampel tersedia."),
    "vi": dict(u=dict(piece="cái", meter="mét", ton="tấn", set="bộ"), moq="Đơn hàng tối thiểu: {n} {u}.",
               lead="Thời gian giao hàng {a}-{b} ngày.", pay="Thanh toán qua Trade Assurance (T/T, thẻ).", oem="Nhận OEM/ODM.",
               sample="Có hàng mẫu."),
    "th": dict(u=dict(piece="ชิ้น", meter="เมตร", ton="ตัน", set="ชุด"), moq="สั่งขั้นต่ำ {n} {u}", lead="ระยะเวลาผลิต {a}-{b} วัน",
               pay="ชำระผ่าน Trade Assurance (โอนเงิน, บัตร)", oem="รับผลิต OEM/ODM", sample="มีตัวอย่างสินค้า"),
    "ja": dict(u=dict(piece="個", meter="メートル", ton="トン", set="セット"), moq="最小注文数量：{n}{u}。", lead="納期{a}～{b}日。",
               pay="お支払いはTrade Assurance（T/T、カード）。", oem="OEM/ODM対応。", sample="サンプルあり。"),
    "ko": dict(u=dict(piece="개", meter="미터", ton="톤", set="세트"), moq="최소 주문 수량: {n}{u}.", lead="납기 {a}-{b}일.",
               pay="결제는 Trade Assurance (T/T, 카드).", oem="OEM/ODM 가능.", sample="샘플 가능."),
}
SEP = {"zh": "", "ja": "", "th": " "}
NATIVE_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "hi": "०१२३४५६७८९", "th": "๐๑๒๓๔๕๖๗๘๙"}


def to_digits(s, table):
    return "".join(table[int(ch)] if ch.isdigit() else ch for ch in s)


def fmt_n(n):
    return ("%d" % n) if float(n) == int(n) else ("%g" % n)


# ----------------------------------------------------------------------------------------
# Merchants and listing builder
# ----------------------------------------------------------------------------------------
CO_PREFIX = ["Hengda", "Jiarun", "Sunrise", "Oriental", "Goldtop", "Huaxin", "Everbright", "Topway", "Lianfa",
             "Kaiyuan", "Minghao", "Deyi", "Ruifeng", "Boxin", "Yongsheng", "Tianli"]
CO_WORD = {"office-chairs": "Furniture", "cotton-tshirts": "Garment", "lifepo4-batteries": "New Energy", "rice": "Agro Trading",
           "pvc-pipes": "Plastic Pipe", "curtain-fabric": "Textile", "ceramic-mugs": "Ceramics", "laptop-bags": "Bags",
           "solar-street-lights": "Lighting"}
MERCHANTS = {}      # merchant_id -> dict(cat, company)
CAT_MERCHANTS = defaultdict(list)
_mr = random.Random(SEED + 1)
for ci, cat in enumerate(CATS):
    for j in range(7):
        mid = "RM-%d" % (5001 + ci * 7 + j)
        comp = "%s %s Co., Ltd." % (CO_PREFIX[(ci * 7 + j * 3) % len(CO_PREFIX)], CO_WORD[cat["id"]])
        MERCHANTS[mid] = dict(cat=cat["id"], company=comp, slug=CO_PREFIX[(ci * 7 + j * 3) % len(CO_PREFIX)].lower())
        CAT_MERCHANTS[cat["id"]].append(mid)

LISTINGS = []       # events (dict, key order = contract)
LMETA = {}          # listing_id -> meta
LABELS_L = {}       # listing_id -> label
_lr = random.Random(SEED + 2)
_lcount = [0]


def nice_qty(q):
    q = max(1, int(round(q)))
    if q < 10:
        return q
    mag = 10 ** (len(str(q)) - 2)
    return int(round(q / mag) * mag)


def ladder(moq, nt, r):
    opts = [[1, 10, 50, 200], [1, 5, 20, 100], [1, 10, 100, 500], [1, 4, 20, 60]]
    qs = []
    for k in r.choice(opts)[:nt]:
        q = nice_qty(moq * k)
        if qs and q <= qs[-1]:
            q = qs[-1] * 2
        qs.append(q)
    return qs


def mk_desc(lang, parts):
    sep = SEP.get(lang, " ")
    return sep.join(p for p in parts if p)


def std_desc(cat, lang, r, title, feat, moq, with_moq=True, native=False, extra=None):
    L = LD[lang]
    a = r.choice([5, 7, 10, 12, 15, 20])
    b = a + r.choice([5, 8, 10, 15])
    moqs = None
    if with_moq:
        n = fmt_n(moq)
        if native and lang in NATIVE_DIGITS:
            n = to_digits(n, NATIVE_DIGITS[lang])
        moqs = L["moq"].format(n=n, u=L["u"][cat["unit"]])
    parts = [title + ".", feat + ".", L["lead"].format(a=a, b=b), L["pay"], moqs, extra,
             r.choice([L["oem"], L["sample"], None])]
    return mk_desc(lang, parts)


def mk_shipping(cat, r, q, kinds):
    out = []
    for k in kinds:
        if k == "sea":
            m = "Sea freight (LCL)" if cat["id"] != "rice" or q < 25 else "Sea freight (FCL)"
            out.append({"method": r.choice([m, "Ocean shipping"]) if cat["id"] != "rice" else m,
                        "fee": r2(sea_model(cat, q) * r.uniform(0.9, 1.2)), "for_qty": q})
        elif k == "express":
            m = "Express (DG class 9)" if cat["id"] == "lifepo4-batteries" else r.choice(["Express (DHL/UPS)", "Express", "Air express"])
            out.append({"method": m, "fee": r2(express_model(cat, q) * r.uniform(0.92, 1.25)), "for_qty": q})
        elif k == "rail":
            out.append({"method": "Rail freight", "fee": r2(sea_model(cat, q) * r.uniform(1.05, 1.35)), "for_qty": q})
        elif k == "free":
            out.append({"method": "Free shipping (promotion)", "fee": 0.0, "for_qty": q})
    return out


def default_ship_kinds(cat, r):
    if cat["id"] == "rice":
        return r.choice([["sea"], ["sea", "rail"]])
    if cat["id"] == "pvc-pipes":
        return r.choice([["sea"], ["sea", "rail"]])
    return r.choice([["sea"], ["express"], ["sea", "express"], ["express", "sea"]])


def mk_cust(cat, r, moq, k=None):
    k = r.choice([0, 1, 1, 2]) if k is None else k
    out = []
    for opt, (lo, hi) in cat["cust"][:k]:
        out.append({"option": opt, "min_qty": max(nice_qty(r.uniform(lo, hi)), int(moq))})
    return out


def mk_skus(spec, base, r, full=False):
    if not spec:
        return []
    attr, vals = spec
    if full:
        chosen = vals
    else:
        n = r.randint(2, len(vals))
        chosen = vals[:n]
    return [{"sku_id": "S%d" % (i + 1), "name": v, "unit_price": r2(base * m), "attributes": {attr: v}}
            for i, (v, m) in enumerate(chosen)]


def skus_from(pairs, attr):
    return [{"sku_id": "S%d" % (i + 1), "name": n, "unit_price": r2(p), "attributes": {attr: n}} for i, (n, p) in enumerate(pairs)]


def add_listing(cat, lang, fields, meta, label):
    _lcount[0] += 1
    lid = "RL-%d" % (300000 + _lcount[0])
    r = _lr
    mid = fields.pop("merchant_id", None) or r.choice(CAT_MERCHANTS[cat["id"]])
    upd = datetime.datetime(2026, 10, 1, 0, 0, 0) + datetime.timedelta(seconds=r.randint(0, 30 * 86400))
    ev = {
        "schema": "listing.v1", "event_id": eid("listing", lid), "op": "upsert", "listing_id": lid,
        "version": r.randint(1, 6), "merchant_id": mid, "category_id": cat["id"], "category_path": cat["path"],
        "title": fields["title"], "description": fields["description"], "currency": "USD", "unit": cat["unit"],
        "moq": fields["moq"], "price_tiers": fields["price_tiers"], "price_range": fields.get("price_range"),
        "skus": fields.get("skus", []), "shipping": fields["shipping"], "customization": fields.get("customization", []),
        "sample_price": fields.get("sample_price"), "updated_at": ts(upd),
    }
    LISTINGS.append(ev)
    meta = dict(meta)
    meta.setdefault("true_moq", fields["moq"])
    meta["lang"] = lang
    LMETA[lid] = meta
    lab = {"subject": "listing", "subject_id": lid, "expect": label.get("expect", []), "allow": label.get("allow", []),
           "note": label["note"] + "; lang=" + lang}
    LABELS_L[lid] = lab
    return lid


def base_fields(cat, lang, r, vi=None, c=None, moq=None, nt=None, range_priced=False, ship_kinds=None,
                with_moq=True, native=False, extra=None, title=None, tiers_start=None, feat=None):
    V = cat["variants"][r.randrange(len(cat["variants"])) if vi is None else vi]
    vtitle, plo, phi, vfeat, spec = V
    title = title or vtitle
    feat = feat or vfeat
    if c is None:
        c = nice_price(math.exp(r.uniform(math.log(plo), math.log(phi))))
    if moq is None:
        moq = r.choice(cat["moqs"])
    tiers = []
    price_range = None
    if range_priced and spec:
        skus = mk_skus(spec, c, r, full=True)
        ps = [s["unit_price"] for s in skus]
        price_range = {"min": min(ps), "max": max(ps)}
    else:
        nt = nt or r.choice([2, 3, 3, 4])
        qs = ladder(tiers_start or moq, nt, r)
        p = c
        for q in qs:
            tiers.append({"min_qty": q, "unit_price": nice_price(p)})
            p = p * (1 - r.uniform(0.02, 0.08))
        skus = mk_skus(spec, c, r) if r.random() < 0.75 else []
    ship_q = moq
    kinds = ship_kinds or default_ship_kinds(cat, r)
    shipping = mk_shipping(cat, r, ship_q, kinds)
    sample = None
    if cat["unit"] in ("piece", "set") and r.random() < 0.6:
        sample = nice_price(c * r.uniform(1.3, 2.6))
    elif cat["unit"] == "meter" and r.random() < 0.4:
        sample = nice_price(c * r.uniform(2.0, 4.0))
    f = dict(title=title, moq=moq, price_tiers=tiers, price_range=price_range, skus=skus, shipping=shipping,
             customization=mk_cust(cat, r, moq), sample_price=sample,
             description=std_desc(cat, lang, r, title, feat, moq, with_moq=with_moq, native=native, extra=extra))
    return f, c, V


def unit_prices(ev):
    ps = [t["unit_price"] for t in ev["price_tiers"]]
    if not ps:
        ps = [s["unit_price"] for s in ev["skus"]]
    return ps


# ----------------------------------------------------------------------------------------
# Background listings: ~20 per category, clean
# ----------------------------------------------------------------------------------------
def build_background():
    r = _lr
    li = 0
    for cat in CATS:
        for k in range(20):
            lang = LANGS[li % 16]
            li += 1
            vi = k % len(cat["variants"])
            spec = cat["variants"][vi][4]
            rp = bool(spec) and spec[1][0][1] != spec[1][-1][1] and r.random() < 0.35
            kinds = None
            note = "background: clean %s listing" % cat["id"]
            if k == 7:
                kinds = ["free"]
                note += " with a free-shipping promotion"
            native = lang in NATIVE_DIGITS and k % 3 == 0
            f, c, V = base_fields(cat, lang, r, vi=vi, range_priced=rp, ship_kinds=kinds,
                                  with_moq=(k % 4 != 1), native=native)
            if native:
                note += " (MOQ written in native digits, consistent)"
            add_listing(cat, lang, f, dict(role="background", code=None), dict(note=note))


# ----------------------------------------------------------------------------------------
# Violations and hard negatives on listings
# ----------------------------------------------------------------------------------------
def build_fake_price_tier():
    r = _lr
    specs = [
        ("office-chairs", "zh", 0, "last", 0.075, "last tier (largest quantity) priced at a bait level"),
        ("cotton-tshirts", "es", 0, "huge", 0.02, "extra tier at 1,000,000 pieces priced as bait"),
        ("lifepo4-batteries", "ru", 0, "middle", 0.08, "middle tier dropped to bait while the next tier is normal again"),
        ("rice", "ar", 0, "last", 0.07, "last tier per ton at a bait price"),
        ("pvc-pipes", "hi", 0, "range", 0.1, "range-priced listing whose range minimum is far below every SKU"),
        ("curtain-fabric", "th", 0, "first", 0.03, "first tier (1 m) priced as bait, real price from the next tier"),
        ("ceramic-mugs", "fr", 1, "last", 0.015, "last tier at 2 cents"),
        ("laptop-bags", "ko", 0, "two", (0.09, 0.045), "two trailing bait tiers"),
        ("solar-street-lights", "pt", 1, "last", 0.05, "last tier at 5% of the real price"),
        ("cotton-tshirts", "vi", 1, "last", 0.09, "last tier at 9% of the other tiers"),
        ("office-chairs", "ja", 2, "last", 0.16, "moderate bait: last tier at 16% of the other tiers"),
        ("lifepo4-batteries", "de", 1, "last", 0.06, "last tier at 6% of the other tiers"),
    ]
    for catid, lang, vi, kind, ratio, tactic in specs:
        cat = CAT[catid]
        if kind == "range":
            f, c, V = base_fields(cat, lang, r, vi=vi, range_priced=True)
            mx = f["price_range"]["max"]
            f["price_range"] = {"min": r2(min(s["unit_price"] for s in f["skus"]) * ratio), "max": mx}
        elif kind == "first":
            f, c, V = base_fields(cat, lang, r, vi=vi, moq=1, nt=3, with_moq=False)
            f["price_tiers"] = [{"min_qty": 1, "unit_price": r2(c * ratio)},
                                {"min_qty": 100, "unit_price": c}, {"min_qty": 1000, "unit_price": r2(c * 0.95)}]
        else:
            f, c, V = base_fields(cat, lang, r, vi=vi, nt=3 if kind != "two" else 2)
            t = f["price_tiers"]
            if kind == "last":
                t[-1]["unit_price"] = r2(c * ratio)
            elif kind == "middle":
                t[1]["unit_price"] = r2(c * ratio)
            elif kind == "huge":
                t.append({"min_qty": 1000000, "unit_price": r2(c * ratio)})
            elif kind == "two":
                q = t[-1]["min_qty"]
                t.append({"min_qty": q * 10, "unit_price": r2(c * ratio[0])})
                t.append({"min_qty": q * 20, "unit_price": r2(c * ratio[1])})
        add_listing(cat, lang, f, dict(role="violation", code="fake_price_tier"),
                    dict(expect=["fake_price_tier"], allow=["off_market_price"], note="fake_price_tier: " + tactic))

    hn = [
        ("rice", "en", 0, dict(moq=1, tiers=[(1, 560.0), (25, 540.0), (100, 522.0)]), [], "gentle volume discount per ton"),
        ("cotton-tshirts", "zh", 2, dict(moq=1, tiers=[(1, 6.2), (50, 3.9), (200, 2.9), (1000, 2.45)],
                                         extra="小批量价格含丝印制版费，数量越大单价越低。"),
         ["fake_price_tier"], "steep but setup-driven printing ladder (setup cost stated), arguable"),
        ("office-chairs", "de", 0, dict(moq=1, tiers=[(1, 74.0), (10, 56.0), (100, 52.0)]), [],
         "first tier is a sample lot, 30% above the bulk tiers"),
        ("lifepo4-batteries", "ja", 0, dict(title="LiFePO4 Battery 12V 50Ah-300Ah Deep Cycle", range_skus=[("12V 50Ah", 118.0), ("12V 100Ah", 205.0), ("12V 200Ah", 389.0), ("12V 300Ah", 560.0)],
                                            attr="Capacity"), [], "range priced over genuine capacity variants 50-300Ah"),
        ("laptop-bags", "id", 0, dict(moq=50, tiers=[(50, 7.8), (200, 7.2), (1000, 6.6), (5000, 5.9)]), [],
         "four-step ladder, 24% total discount"),
        ("ceramic-mugs", "ar", 1, dict(moq=100, tiers=[(100, 1.6), (5000, 1.2), (20000, 0.98)]), [],
         "mass-production tiers, 39% total discount at 20,000 pieces"),
    ]
    for catid, lang, vi, p, allow, reason in hn:
        add_hn(CAT[catid], lang, vi, p, "fake_price_tier", allow, reason)


def add_hn(cat, lang, vi, p, code, allow, reason, role_extra=None):
    r = _lr
    moq = p.get("moq")
    f, c, V = base_fields(cat, lang, r, vi=vi, moq=moq, extra=p.get("extra"), title=p.get("title"), feat=p.get("feat"),
                          with_moq=p.get("with_moq", True), native=p.get("native", False),
                          ship_kinds=p.get("ship_kinds"))
    if "tiers" in p:
        f["price_tiers"] = [{"min_qty": q, "unit_price": r2(pr)} for q, pr in p["tiers"]]
        if f["skus"]:
            f["skus"] = [dict(s, unit_price=r2(p["tiers"][0][1] * s["unit_price"] / c)) for s in f["skus"]]
    if "range_skus" in p:
        f["price_tiers"] = []
        f["skus"] = skus_from(p["range_skus"], p["attr"])
        ps = [s["unit_price"] for s in f["skus"]]
        f["price_range"] = {"min": min(ps), "max": max(ps)}
    if "shipping" in p:
        f["shipping"] = p["shipping"]
    if "cust" in p:
        f["customization"] = [{"option": o, "min_qty": q} for o, q in p["cust"]]
    if "sample_price" in p:
        f["sample_price"] = p["sample_price"]
    if "description" in p:
        f["description"] = p["description"]
    add_listing(cat, lang, f, dict(role="hard_negative", code=code, **(role_extra or {})),
                dict(expect=[], allow=allow, note="hard negative for %s: %s" % (code, reason)))


def build_off_market():
    r = _lr
    specs = [
        ("office-chairs", "en", 0, 1.20, "mesh office chair at 1.20 per piece"),
        ("cotton-tshirts", "de", 1, 28.0, "plain heavyweight tee at 28.00 per piece"),
        ("lifepo4-batteries", "tr", 0, 9.90, "12V 100Ah LiFePO4 battery at 9.90"),
        ("rice", "it", 0, 12.0, "white rice at 12 USD per ton"),
        ("pvc-pipes", "id", 2, 48.0, "16-32 mm conduit pipe at 48 USD per meter"),
        ("curtain-fabric", "zh", 1, 0.09, "voile fabric at 0.09 per meter (range priced)"),
        ("ceramic-mugs", "ar", 0, 14.5, "plain sublimation mug at 14.50"),
        ("laptop-bags", "es", 1, 0.35, "neoprene laptop sleeve at 0.35"),
        ("solar-street-lights", "ja", 0, 3.80, "100W all-in-one solar street light at 3.80 per set"),
        ("rice", "ko", 3, 6800.0, "basmati rice at 6,800 USD per ton"),
    ]
    for catid, lang, vi, price, tactic in specs:
        cat = CAT[catid]
        rp = catid == "curtain-fabric"
        f, c, V = base_fields(cat, lang, r, vi=vi, c=price, range_priced=rp)
        if rp:
            f["skus"] = [dict(s, unit_price=r2(price * (1 + 0.1 * i))) for i, s in enumerate(f["skus"][:3])]
            ps = [s["unit_price"] for s in f["skus"]]
            f["price_range"] = {"min": min(ps), "max": max(ps)}
        add_listing(cat, lang, f, dict(role="violation", code="off_market_price"),
                    dict(expect=["off_market_price"], allow=[], note="off_market_price: " + tactic))

    hn = [
        ("office-chairs", "it", 2, dict(moq=2, tiers=[(2, 128.0), (20, 121.0)], title="Executive Genuine Leather High-Back Chair",
                                        feat="Full-grain cowhide upholstery, aluminium base, synchro-tilt"),
         [], "genuine-leather executive chair at the top of the band"),
        ("rice", "th", 1, dict(moq=5, tiers=[(5, 1040.0), (25, 1010.0)], title="Thai Hom Mali Jasmine Rice Premium Grade"),
         [], "premium Hom Mali rice near the top of the band"),
        ("pvc-pipes", "es", 3, dict(moq=100, tiers=[(100, 9.2), (500, 8.8)], title="Large Diameter PVC Pipe 315 mm PN10"),
         [], "315 mm pipe, priced by diameter"),
        ("cotton-tshirts", "vi", 0, dict(moq=1000, tiers=[(1000, 0.85), (5000, 0.8)], title="Cotton T-Shirt Stock Lot B-Grade Mixed Sizes",
                                         extra="Hàng tồn kho loại B, size hỗn hợp, bán theo lô."),
         ["off_market_price"], "B-grade stock lot below the band, arguable"),
        ("solar-street-lights", "ko", 3, dict(moq=10, tiers=[(10, 29.5), (100, 28.5)]), [], "30W garden light at the low end of the band"),
        ("lifepo4-batteries", "hi", 3, dict(moq=1, tiers=[(1, 1350.0), (10, 1290.0)], title="51.2V 200Ah 10kWh Wall-Mounted LiFePO4 Battery",
                                                 feat="Wall-mounted home storage, 16S LiFePO4, 200A BMS, 10.24 kWh"),
         ["off_market_price"], "10 kWh unit above the band of 12-48V 100Ah batteries, arguable"),
    ]
    for catid, lang, vi, p, allow, reason in hn:
        add_hn(CAT[catid], lang, vi, p, "off_market_price", allow, reason)


def build_inflated():
    r = _lr
    specs = [
        ("ceramic-mugs", "en", 0, 0.05, 100, [("Express", 980.0)]),
        ("cotton-tshirts", "zh", 0, 0.10, 50, [("Express", 1650.0), ("Sea freight (LCL)", 1280.0)]),
        ("office-chairs", "fr", 1, 19.0, 2, [("Express door to door", 2400.0)]),
        ("lifepo4-batteries", "pt", 4, 45.0, 2, [("Express (DG class 9)", 9800.0)]),
        ("rice", "hi", 0, 99.0, 1, [("Sea freight (LCL)", 22000.0)]),
        ("pvc-pipes", "ru", 0, 0.05, 100, [("Land freight", 3900.0)]),
        ("curtain-fabric", "it", 3, 0.60, 50, [("Express", 2750.0), ("Sea freight (LCL)", 1900.0)]),
        ("laptop-bags", "tr", 1, 1.20, 10, [("Express", 1480.0)]),
        ("solar-street-lights", "vi", 0, 8.00, 1, [("Express", 3600.0)]),
        ("ceramic-mugs", "th", 2, 0.30, 36, [("Express", 9999999.0)]),
        ("lifepo4-batteries", "ko", 4, 96.0, 1, [("Express (DG class 9)", 1250.0)]),
        ("laptop-bags", "id", 0, 2.10, 50, [("Express", 1890.0)]),
    ]
    for catid, lang, vi, price, q, opts in specs:
        cat = CAT[catid]
        f, c, V = base_fields(cat, lang, r, vi=vi, c=price, moq=q, nt=2)
        f["shipping"] = [{"method": m, "fee": r2(fee), "for_qty": q} for m, fee in opts]
        ratio = min(fee for _, fee in opts) / express_model(cat, q)
        add_listing(cat, lang, f, dict(role="violation", code="inflated_shipping"),
                    dict(expect=["inflated_shipping"], allow=["off_market_price"],
                         note="inflated_shipping: price %s per %s, shipping %s for %d (%.0fx a normal express quote)"
                              % (fmt_n(price), cat["unit"], fmt_n(min(fee for _, fee in opts)), q, ratio)))

    hn = [
        ("lifepo4-batteries", "en", 0, dict(moq=1, tiers=[(1, 210.0), (10, 198.0)],
                                            shipping=[{"method": "Air express (DG class 9 surcharge included)", "fee": 128.0, "for_qty": 1}]),
         [], "dangerous-goods air express for one battery, 1.4x the normal express quote"),
        ("rice", "fr", 1, dict(moq=1, tiers=[(1, 610.0), (25, 585.0)],
                               shipping=[{"method": "Sea freight LCL + inland trucking (landlocked destination)", "fee": 690.0, "for_qty": 1}]),
         [], "LCL plus inland trucking for one ton"),
        ("office-chairs", "pt", 0, dict(moq=2, tiers=[(2, 62.0), (50, 58.0)],
                                        shipping=[{"method": "Free shipping (included in price)", "fee": 0.0, "for_qty": 2}]),
         [], "free shipping with shipping included in the price"),
        ("solar-street-lights", "zh", 0, dict(moq=1, tiers=[(1, 69.0), (10, 62.0)],
                                              shipping=[{"method": "Express", "fee": 96.0, "for_qty": 1}]),
         [], "express for one set at the carrier minimum charge"),
        ("curtain-fabric", "de", 0, dict(moq=20, tiers=[(20, 3.6), (300, 3.3)],
                                         shipping=[{"method": "Express (minimum charge)", "fee": 88.0, "for_qty": 20}]),
         [], "small express order at a minimum charge, about 2x the per-meter model"),
        ("ceramic-mugs", "tr", 0, dict(moq=500, tiers=[(500, 0.49), (3000, 0.46)],
                                       shipping=[{"method": "Sea freight (LCL)", "fee": 88.0, "for_qty": 500}]),
         [], "low-end price with an ordinary shipping quote"),
    ]
    for catid, lang, vi, p, allow, reason in hn:
        add_hn(CAT[catid], lang, vi, p, "inflated_shipping", allow, reason)


def build_abused_sku():
    r = _lr
    specs = [
        ("curtain-fabric", "en", 0, "Color", [("Black", 3.90), ("Grey", 3.90), ("Beige", 4.10), ("Navy", 4.10)],
         [("Sample swatch 10x10 cm", 0.05), ("Curtain hook (1 pc)", 0.02)], "sample swatch and single hook as SKUs"),
        ("ceramic-mugs", "zh", 1, "规格", [("350 ml 白色", 1.15), ("450 ml 白色", 1.30)],
         [("补差价专用链接", 0.01), ("礼品盒", 0.10), ("感谢卡", 0.01)], "price-difference link, gift box and thank-you card"),
        ("office-chairs", "es", 0, "Color", [("Negro", 52.0), ("Gris", 52.0), ("Azul", 54.0)],
         [("Rueda de repuesto (1 ud)", 0.80), ("Bolsa de tornillos", 0.10)], "spare castor and screw bag"),
        ("lifepo4-batteries", "ru", 1, "Ёмкость", [("12V 200Ah", 395.0), ("12V 230Ah", 450.0)],
         [("1Ah", 1.50), ("Клемма M8", 0.30)], "odd spec 1Ah and a terminal as SKUs"),
        ("laptop-bags", "fr", 2, "Couleur", [("Noir", 9.80), ("Gris", 9.80)],
         [("Lien de différence de prix", 1.00), ("Frais de port supplémentaires", 0.50)], "price-difference and shipping-fee links"),
        ("cotton-tshirts", "de", 0, "Größe", [("S-XL", 2.30), ("2XL", 2.45)],
         [("Nur Etikett", 0.01), ("Kompletter 20GP Container", 28000.0)], "label-only SKU low and a whole container SKU high"),
        ("pvc-pipes", "ar", 1, "المقاس", [("110 مم × 3.2 مم", 2.60), ("110 مم × 4.2 مم", 3.30)],
         [("عينة 1 سم", 0.01), ("وصلة", 0.05)], "1 cm sample and a coupler as SKUs"),
        ("rice", "ja", 1, "梱包", [("25kg袋", 640.0), ("50kg袋", 632.0)],
         [("お試し1kg", 0.90)], "1 kg trial pack as SKU of a per-ton listing"),
        ("solar-street-lights", "hi", 0, "वाट", [("100W", 86.0), ("150W", 118.0)],
         [("केवल रिमोट", 0.50), ("बैटरी कवर", 0.20)], "remote-only and battery cover SKUs"),
        ("curtain-fabric", "id", 3, "Warna", [("Abu-abu", 2.90), ("Krem", 2.90), ("Hijau", 3.10)],
         [("Potongan kain 1 cm", 0.01), ("Tali pengikat", 0.05)], "1 cm fabric cut and tie-back cord"),
        ("laptop-bags", "tr", 0, "Boyut", [("14 inç", 8.10), ("15.6 inç", 8.50)],
         [("Sadece fermuar çekeceği", 0.02), ("Toz torbası", 0.04)], "zipper puller only and dust bag"),
        ("solar-street-lights", "ko", 2, "구성", [("200W 1세트", 238.0)],
         [("10세트 묶음 특가", 9.90), ("컨테이너 1대", 99999.0)], "bundle of 10 sets at 9.90 and a container SKU"),
    ]
    for catid, lang, vi, attr, real, decoys, tactic in specs:
        cat = CAT[catid]
        f, c, V = base_fields(cat, lang, r, vi=vi, c=real[0][1], with_moq=True)
        f["price_tiers"] = []
        f["skus"] = skus_from(real + decoys, attr)
        ps = [s["unit_price"] for s in f["skus"]]
        f["price_range"] = {"min": min(ps), "max": max(ps)}
        add_listing(cat, lang, f, dict(role="violation", code="abused_sku", decoys=[d[0] for d in decoys], real=[x[0] for x in real]),
                    dict(expect=["abused_sku"], allow=["fake_price_tier", "off_market_price"], note="abused_sku: " + tactic))

    hn = [
        ("solar-street-lights", "en", 0, dict(title="All-in-One Solar Street Light 30W-200W", range_skus=[("30W", 38.0), ("60W", 62.0), ("100W", 95.0), ("150W", 138.0), ("200W", 176.0)],
                                              attr="Power"), [], "genuine wattage variants with a wide price spread"),
        ("cotton-tshirts", "fr", 0, dict(range_skus=[("S-XL", 2.35), ("2XL", 2.55), ("3XL", 2.65), ("4XL-5XL", 2.95)], attr="Taille"),
         [], "plus sizes priced slightly higher"),
        ("ceramic-mugs", "vi", 0, dict(range_skus=[("1 cái", 1.10), ("Hộp 6 cái", 6.60)], attr="Quy cách"),
         ["abused_sku"], "box-of-6 SKU priced at six units (same unit price), arguable"),
        ("office-chairs", "ru", 2, dict(range_skus=[("Стандарт", 61.0), ("С подголовником", 66.0), ("С подножкой", 70.0)], attr="Комплектация"),
         [], "chair options with modest price steps"),
        ("pvc-pipes", "tr", 0, dict(title="PVC-U Pressure Pipe 20-160 mm PN10", range_skus=[("20 mm", 0.28), ("32 mm", 0.55), ("50 mm", 1.10), ("110 mm", 3.40), ("160 mm", 6.90)],
                                    attr="Çap"), [], "diameters 20-160 mm, 25x spread driven by size"),
        ("laptop-bags", "it", 2, dict(range_skus=[("Borsa", 8.20), ("Borsa + tappetino mouse", 9.40), ("Solo tracolla (ricambio)", 1.20)],
                                      attr="Versione"), ["abused_sku"], "spare shoulder strap sold as a SKU at a real price, arguable"),
    ]
    for catid, lang, vi, p, allow, reason in hn:
        add_hn(CAT[catid], lang, vi, p, "abused_sku", allow, reason)


def build_false_moq():
    r = _lr
    specs = [
        ("office-chairs", "en", 1, 1, 200, None, None, 200, "tiers start at 200 while the MOQ field says 1"),
        ("cotton-tshirts", "zh", 0, 1, 300, "起订量：每色每码300-500件，1件为样衣价。", None, None, "range per colour and size in the description"),
        ("lifepo4-batteries", "es", 0, 2, 500, "Importante: el pedido mínimo real es de quinientas unidades; 2 unidades solo como muestra.",
         None, None, "real MOQ written in words"),
        ("rice", "ar", 0, 1, 25, "الحد الأدنى للطلب حاوية واحدة ٢٠ قدم (حوالي ٢٥ طنًا).", None, None,
         "one 20ft container, Arabic-Indic digits"),
        ("pvc-pipes", "ru", 1, 1, 600, "Продаём только целыми трубами по 6 м, минимум 100 труб в заказе.", None, None,
         "sold only as 100 pipes of 6 m"),
        ("curtain-fabric", "hi", 0, 1, 500, "न्यूनतम ऑर्डर: हर रंग में ५०० मीटर।", None, None, "500 m per colour, Devanagari digits"),
        ("ceramic-mugs", "th", 0, 1, 1800, "สั่งขั้นต่ำ ๕๐ กล่อง (กล่องละ ๓๖ ใบ)", None, None, "50 cartons of 36, Thai digits"),
        ("laptop-bags", "ja", 0, 2, 500, "最低ロットは２５カートン（１カートン２０個入り）です。", None, None, "25 cartons of 20, full-width digits"),
        ("solar-street-lights", "fr", 0, 1, 100, "Prix affiché pour la version standard.",
         [("Version standard (sans personnalisation)", 100), ("Logo personnalisé", 200)], None,
         "customisation offer gives the plain version a 100-set minimum"),
        ("cotton-tshirts", "pt", 1, 10, 1000, "Pedido mínimo: 10 caixas (100 peças por caixa).", None, None,
         "MOQ field counts pieces, description counts cartons"),
        ("rice", "ko", 0, 1, 25, "최소 주문량은 이십오 톤(20피트 컨테이너 1대)입니다.", None, None, "Sino-Korean number words plus container"),
        ("lifepo4-batteries", "vi", 0, 1, 50, "Giá 1 cái chỉ là giá mẫu; đơn hàng thực tế tối thiểu năm mươi cái.", None, None,
         "1 piece is only a sample price, real minimum in words"),
        ("curtain-fabric", "tr", 3, 1, 1000, "Minimum sipariş: 20 top (top başı 50 metre).", None, None, "20 rolls of 50 m"),
        ("ceramic-mugs", "id", 1, 1, 2000, "MOQ 1 pcs hanya untuk stok display; produksi minimal 2.000 pcs.", None, None,
         "production minimum with dot thousands separator"),
    ]
    for catid, lang, vi, moq, true, extra, cust, tstart, tactic in specs:
        cat = CAT[catid]
        f, c, V = base_fields(cat, lang, r, vi=vi, moq=moq, nt=3, with_moq=False, extra=extra, tiers_start=tstart)
        if cust:
            f["customization"] = [{"option": o, "min_qty": q} for o, q in cust]
        else:
            f["customization"] = [x for x in f["customization"] if x["min_qty"] >= true]
        add_listing(cat, lang, f, dict(role="violation", code="false_moq", true_moq=true),
                    dict(expect=["false_moq"], allow=[], note="false_moq: MOQ %s but real minimum %s (%s)" % (fmt_n(moq), fmt_n(true), tactic)))

    hn = [
        ("laptop-bags", "en", 0, dict(moq=50, cust=[("Customized logo", 300), ("Customized packaging", 500)]), [],
         "plain MOQ 50, logo customisation from 300"),
        ("cotton-tshirts", "ar", 0, dict(moq=100, native=True), [], "MOQ stated in Arabic-Indic digits, equal to the field"),
        ("ceramic-mugs", "de", 0, dict(moq=48, with_moq=False, extra="Mindestens 2 Kartons (24 Stück pro Karton)."), [],
         "2 cartons x 24 = 48, equal to the field"),
        ("rice", "id", 0, dict(moq=1, with_moq=True, extra="Harga terbaik untuk 1 kontainer 20ft (±25 ton)."), [],
         "container mentioned as a price recommendation, MOQ 1 ton is real"),
        ("curtain-fabric", "es", 0, dict(moq=600, with_moq=False, extra="200 metros por color, mínimo 3 colores."), [],
         "200 m per colour x 3 colours = 600, equal to the field"),
        ("solar-street-lights", "th", 0, dict(moq=10, native=True, extra="อายุการใช้งาน 50000 ชั่วโมง"), [],
         "Thai-digit MOQ equal to the field, unrelated large number"),
        ("lifepo4-batteries", "ko", 0, dict(moq=2, sample_price=260.0, extra="샘플 1개 주문 가능(샘플가 별도). 품질보증 5년."), [],
         "single sample offered separately from MOQ 2"),
    ]
    for catid, lang, vi, p, allow, reason in hn:
        add_hn(CAT[catid], lang, vi, p, "false_moq", allow, reason)


# ----------------------------------------------------------------------------------------
# Message language packs
# ----------------------------------------------------------------------------------------
M = {}
M["en"] = dict(
    b_price=["Hi, what is your best price for {n} {u} of {p}?", "hello need quotation {p}, qty {n} {u}, thx"],
    b_ship=["Can you ship to {country}? How much is the freight?"], b_ta=["Can I pay with Trade Assurance?", "I want to order via Trade Assurance, ok?"],
    b_wa=["Do you have WhatsApp? Please send me your number."], b_mail=["Please give me your email, I will send our drawings."],
    b_gives=["My WhatsApp is {c}, send the offer there please."], b_sample=["Can I get a sample first?"],
    b_ok=["OK, thanks.", "Let me check with my boss."], b_here=["I prefer to talk here on Alibaba."],
    b_ordered=["I just placed the order, please check."], b_where=["Any update about the shipment?"],
    b_spec=["Can you tell me more details about the specification?"], b_waprop=["Can we talk on WhatsApp instead?"],
    b_buy=["OK, I'll take it. Please prepare the invoice."],
    countries=["Kenya", "Australia", "the UK", "Nigeria", "Canada"],
    s_quote="Dear friend, {p} is USD {price}/{u}, MOQ {n} {u}.", s_lead="Production time is {d} days after deposit.",
    s_sample="Yes, sample cost is {x} USD including express, ready in 3 days.",
    s_here="No problem, we can continue here, I will send photos and video in this chat.",
    op_add="Hello, please add my {app} {c} for more details.",
    op_photos="Friend, for more real photos and factory videos pls contact me on {app}: {c}",
    op_ask="Do you have {app}? Easy for us to contact u, send me your number pls",
    op_auto="[Auto reply] I am not available now. Please contact my {app} {c} immediately, thank you!",
    op_sig="Best regards,\n{name}\nSales Manager\n{app}: {c}",
    op_split1="my {app} is {c}", op_split2="...rest: {c} ok?",
    op_qr="This chat is slow, scan the QR code on my 3rd product photo and we talk there :)",
    op_search="Just search {h} on {app}, you will find me, price list is there",
    op_site="Check our own site {url} and leave msg there, we reply faster & cheaper price",
    op_rev="my {app} (read it backwards): {c}",
    ta_no="Sorry dear, we don't use Trade Assurance. Only T/T to our company account.",
    ta_fee="Trade Assurance is ok but you need to add {pct}% for the platform fee.",
    ta_price="If Trade Assurance, unit price is {p2} USD, not {p1}. Bank transfer keeps {p1}.",
    ta_ship="TA order is possible, but freight will be {x} USD more.",
    ta_excuse="Our Trade Assurance limit is full this month, pls pay by Western Union or PayPal.",
    ta_excuse_c="Trade Assurance is under maintenance, kindly pay by PayPal to {c}",
    ta_disc="Why TA? Alibaba fee is high. Pay direct to our bank and I give you {pct}% discount.",
    ta_dep="We only take the 30% deposit by Trade Assurance, balance must be T/T to my personal account.",
    ta_min="Trade Assurance only for orders above {amt} USD, small order pls pay by TT.",
    hn_ta_ok="Sure, we support Trade Assurance. I will send the order link now, same price.",
    hn_ta_ok2="Of course, Trade Assurance protects your payment and delivery date. You can pay by card or T/T inside it.",
    hn_bankfee="Yes Trade Assurance ok. Only note: your bank may charge its own transfer fee, that is not from us.",
    hn_asked="Sure, as you asked: {app} {c}", hn_late="About your question before, my email is {c}, you can send drawings there.",
    hn_phone="Thanks for the order! Please send the receiver phone number and full address for the courier.",
    hn_email="Goods are on the way. Please confirm your email so we can send the B/L and packing list.",
    hn_wa_courier="The local courier may contact you on {app} for delivery time, is that ok?",
    hn_pi="To issue the proforma invoice, please send your company name, address, phone and email.",
    hn_nums="Model {model}, HS code {hs}. Last shipment tracking {trk} for your reference.",
    hn_app="Yes, it works with the {brand}, no extra cost.",
    hn_video="We can do a live video call right here in Alibaba chat to show the factory.",
    hn_noshare="Sorry, I can't share WhatsApp here, let's keep talking in this chat, it's fast.",
    hn_got="Received, I will send the offer to your WhatsApp as you requested.",
)
M["zh"] = dict(
    b_price=["你好，{p} {n}{u}最低什么价？", "老板，{p}要{n}{u}，报个价"], b_ship=["能发到{country}吗？运费多少？"],
    b_ta=["可以走信用保障下单吗？"], b_wa=["方便加个微信吗？把你的微信号发我。"], b_mail=["麻烦给我你的邮箱，我把图纸发过去。"],
    b_gives=["我的WhatsApp是{c}，报价发那边吧。"], b_sample=["可以先拿样品吗？"], b_ok=["好的，谢谢。", "我再考虑一下。"],
    b_here=["我还是习惯在阿里上聊。"], b_ordered=["刚下单了，麻烦看一下。"], b_where=["货发了吗？有物流信息吗？"],
    b_spec=["能详细说一下参数吗？"], b_waprop=["我们可以用微信聊吗？"], b_buy=["好的，我要了，请准备发票。"],
    countries=["马来西亚", "新加坡", "台湾", "澳大利亚"],
    s_quote="亲，{p}单价{price}美金/{u}，起订量{n}{u}。", s_lead="付款后{d}天左右出货。", s_sample="可以的，样品费{x}美金含快递，3天发出。",
    s_here="没问题，就在这里聊，图片和视频我直接发这里。",
    op_add="您好，加我{app}：{c}，详细聊", op_photos="亲，要更多实拍图和工厂视频的话加{app}：{c}",
    op_ask="你有{app}吗？方便联系，发个号给我呗", op_auto="【自动回复】您好，我现在不在线，请直接加我{app} {c}，谢谢！",
    op_sig="顺祝商祺\n{name}\n销售经理\n{app}：{c}", op_split1="我的{app} {c}", op_split2="后面是{c}",
    op_qr="这里发文件不方便，扫一下第三张产品图里的二维码，我们那边聊～", op_search="直接在{app}搜{h}就能找到我，价目表在那边",
    op_site="去我们官网{url}留言，回复更快，价格也更优惠", op_rev="我的{app}号倒过来读：{c}",
    ta_no="不好意思，我们不做信用保障，只接受T/T打到公司账户。", ta_fee="信保可以，但是要加{pct}%的手续费。",
    ta_price="走信保的话单价{p2}美金，不是{p1}，电汇还是{p1}。", ta_ship="信保订单可以，不过运费要多加{x}美金。",
    ta_excuse="这个月信保额度用完了，麻烦西联或者PayPal付款吧。", ta_disc="别走信保了，平台扣点高，直接打我们公司账户给你便宜{pct}%。",
    ta_dep="信保只能付30%定金，尾款要打我私人账户。", ta_min="订单满{amt}美金才走信保，小单直接电汇。",
    hn_ta_ok="可以的，支持信用保障，我现在起草订单，价格不变。", hn_ta_ok2="当然可以，信保能保障您的货款和交期，信用卡、T/T都行。",
    hn_bankfee="信保没问题。提醒一下：您那边银行可能会收转账手续费，这不是我们收的。",
    hn_asked="好的，按您说的，我的{app}：{c}", hn_late="您前面问的邮箱：{c}，图纸发这里就行。",
    hn_phone="感谢下单！请提供收货人电话和详细地址，快递需要。", hn_email="货已经发出，请确认一下您的邮箱，我们把提单和装箱单发过去。",
    hn_wa_courier="当地派送员可能会通过{app}联系您约送货时间，可以吗？", hn_pi="为了开形式发票，请提供贵司名称、地址、电话和邮箱。",
    hn_nums="型号{model}，海关编码{hs}。上一票的运单号{trk}供参考。", hn_app="可以的，支持{brand}，不另外收费。",
    hn_video="可以直接在阿里的聊天里视频通话，带您看工厂。", hn_noshare="不好意思，这里不能给微信，我们就在这里聊，回复很快。",
    hn_got="收到，按您说的把报价发到您的WhatsApp。",
)
M["es"] = dict(
    b_price=["Hola, ¿mejor precio para {n} {u} de {p}?", "buenas, cotización {p}, cantidad {n} {u} porfa"],
    b_ship=["¿Envían a {country}? ¿Cuánto cuesta el flete?"], b_ta=["¿Puedo pagar con Trade Assurance?"],
    b_wa=["¿Tienes WhatsApp? Pásame tu número por favor."], b_mail=["Dame tu correo, te mando los planos."],
    b_gives=["Mi WhatsApp es {c}, mándame la oferta allí."], b_sample=["¿Puedo pedir una muestra primero?"],
    b_ok=["Ok, gracias.", "Lo consulto con mi jefe."], b_here=["Prefiero hablar aquí en Alibaba."],
    b_ordered=["Acabo de hacer el pedido, revisa por favor."], b_where=["¿Alguna novedad del envío?"],
    b_spec=["¿Me das más detalles de la especificación?"], b_waprop=["¿Podemos hablar por WhatsApp mejor?"],
    b_buy=["Ok, lo compro. Prepara la factura por favor."], countries=["México", "Chile", "Colombia", "Perú"],
    s_quote="Estimado, {p} a {price} USD/{u}, pedido mínimo {n} {u}.", s_lead="La producción tarda {d} días tras el depósito.",
    s_sample="Sí, la muestra cuesta {x} USD con envío exprés, lista en 3 días.",
    s_here="Sin problema, seguimos aquí, te mando fotos y video en este chat.",
    op_add="Hola amigo, agrégame a {app} {c} y te paso todos los detalles",
    op_photos="Para más fotos reales y videos de la fábrica escríbeme al {app}: {c}",
    op_ask="¿Tienes {app}? Es más fácil contactarte, pásame tu número porfa",
    op_auto="[Respuesta automática] Ahora no estoy disponible. Contáctame de inmediato por {app} {c}. ¡Gracias!",
    op_sig="Saludos cordiales,\n{name}\nGerente de ventas\n{app}: {c}", op_split1="mi {app} es {c}", op_split2="y lo que falta: {c}",
    op_qr="Aquí el chat va lento, escanea el código QR de la 3ª foto del producto y hablamos por allá ;)",
    op_search="Búscame como {h} en {app}, ahí tengo la lista de precios",
    op_site="Entra a nuestra web {url} y déjanos mensaje, respondemos más rápido y con mejor precio", op_rev="mi {app} al revés: {c}",
    ta_no="Lo siento, no trabajamos con Trade Assurance. Solo transferencia T/T a la cuenta de la empresa.",
    ta_fee="Con Trade Assurance sí, pero hay que sumar un {pct}% de comisión.",
    ta_price="Con Trade Assurance el precio sube a {p2} USD, no {p1}. Por transferencia se queda en {p1}.",
    ta_ship="Pedido con TA se puede, pero el flete sale {x} USD más caro.",
    ta_excuse="Este mes el cupo de Trade Assurance está lleno, paga por Western Union o PayPal por favor.",
    ta_excuse_c="Trade Assurance está en mantenimiento, paga por PayPal a {c} porfa",
    ta_disc="Olvida TA, la comisión de Alibaba es alta. Paga directo a nuestro banco y te hago {pct}% de descuento.",
    ta_dep="Por Trade Assurance solo el 30% de depósito; el saldo a mi cuenta personal por T/T.",
    ta_min="Trade Assurance solo para pedidos de más de {amt} USD; los pedidos pequeños por T/T.",
    hn_ta_ok="Claro, aceptamos Trade Assurance. Te envío el enlace del pedido ahora, mismo precio.",
    hn_ta_ok2="Por supuesto, Trade Assurance protege tu pago y el plazo de entrega. Puedes pagar con tarjeta o T/T dentro.",
    hn_bankfee="Sí, Trade Assurance ok. Solo ojo: tu banco puede cobrar su propia comisión de transferencia, no es nuestra.",
    hn_asked="Claro, como pediste: {app} {c}", hn_late="Sobre lo que preguntaste antes, mi correo es {c}, mándame ahí los planos.",
    hn_phone="¡Gracias por el pedido! Envíame el teléfono del destinatario y la dirección completa para el courier.",
    hn_email="La mercancía ya salió. Confírmame tu correo para enviarte el B/L y la lista de empaque.",
    hn_wa_courier="El courier local puede escribirte por {app} para coordinar la entrega, ¿te parece?",
    hn_pi="Para emitir la factura proforma, envíame nombre de la empresa, dirección, teléfono y correo.",
    hn_nums="Modelo {model}, código HS {hs}. Tracking del último envío {trk} como referencia.",
    hn_app="Sí, funciona con la {brand}, sin costo extra.",
    hn_video="Podemos hacer videollamada aquí mismo en el chat de Alibaba para mostrarte la fábrica.",
    hn_noshare="Perdón, aquí no puedo pasar WhatsApp, sigamos en este chat, respondo rápido.",
    hn_got="Recibido, te mando la oferta a tu WhatsApp como pediste.",
)
M["pt"] = dict(
    b_price=["Olá, qual o melhor preço para {n} {u} de {p}?", "oi, cotação {p}, {n} {u} pfv"],
    b_ship=["Vocês enviam para {country}? Quanto fica o frete?"], b_ta=["Posso pagar pelo Trade Assurance?"],
    b_wa=["Vc tem WhatsApp? Me passa seu número por favor."], b_mail=["Me passa seu e-mail, vou enviar os desenhos."],
    b_gives=["Meu WhatsApp é {c}, manda a proposta lá."], b_sample=["Posso pedir uma amostra antes?"],
    b_ok=["Ok, obrigado.", "Vou ver com meu chefe."], b_here=["Prefiro conversar aqui no Alibaba."],
    b_ordered=["Acabei de fazer o pedido, confere por favor."], b_where=["Alguma novidade do envio?"],
    b_spec=["Pode me passar mais detalhes da especificação?"], b_waprop=["Podemos falar pelo WhatsApp?"],
    b_buy=["Ok, vou comprar. Prepara a fatura por favor."], countries=["o Brasil", "Portugal", "Angola", "Moçambique"],
    s_quote="Prezado, {p} sai por {price} USD/{u}, pedido mínimo {n} {u}.", s_lead="A produção leva {d} dias após o sinal.",
    s_sample="Sim, a amostra custa {x} USD com envio expresso, pronta em 3 dias.",
    s_here="Sem problema, seguimos por aqui, mando fotos e vídeo neste chat.",
    op_add="Oi amigo, me chama no {app} {c} que te passo tudo",
    op_photos="Pra mais fotos reais e vídeos da fábrica me chama no {app}: {c}",
    op_ask="Vc tem {app}? Fica mais fácil, me manda seu número",
    op_auto="[Resposta automática] No momento não estou disponível. Fale comigo agora no {app} {c}. Obrigado!",
    op_sig="Atenciosamente,\n{name}\nGerente de vendas\n{app}: {c}", op_split1="meu {app} é {c}", op_split2="o resto: {c} blz?",
    op_qr="O chat aqui é lento, escaneia o QR code da 3ª foto do produto e a gente fala por lá",
    op_search="Procura {h} no {app}, a tabela de preços tá lá",
    op_site="Entra no nosso site {url} e deixa mensagem, respondemos mais rápido e com preço melhor", op_rev="meu {app} de trás pra frente: {c}",
    ta_no="Desculpe, não trabalhamos com Trade Assurance. Só T/T na conta da empresa.",
    ta_fee="Trade Assurance até dá, mas precisa somar {pct}% de taxa.",
    ta_price="Pelo Trade Assurance o preço fica {p2} USD, não {p1}. Por transferência continua {p1}.",
    ta_ship="Pedido com TA pode, mas o frete fica {x} USD mais caro.",
    ta_excuse="Nosso limite do Trade Assurance acabou este mês, paga por Western Union ou PayPal por favor.",
    ta_disc="Esquece o TA, a taxa do Alibaba é alta. Paga direto no nosso banco e te dou {pct}% de desconto.",
    ta_dep="Pelo Trade Assurance só o sinal de 30%, o saldo vai pra minha conta pessoal.",
    ta_min="Trade Assurance só para pedidos acima de {amt} USD; pedido pequeno é por T/T.",
    hn_ta_ok="Claro, aceitamos Trade Assurance. Já te mando o link do pedido, mesmo preço.",
    hn_ta_ok2="Com certeza, o Trade Assurance protege seu pagamento e o prazo. Pode pagar com cartão ou T/T por ele.",
    hn_bankfee="Sim, Trade Assurance ok. Só lembrando: seu banco pode cobrar tarifa de transferência própria, não é nossa.",
    hn_asked="Claro, como vc pediu: {app} {c}", hn_late="Sobre o que vc perguntou antes, meu e-mail é {c}, pode mandar os desenhos lá.",
    hn_phone="Obrigado pelo pedido! Me envia o telefone do destinatário e o endereço completo para a transportadora.",
    hn_email="A mercadoria já saiu. Confirma seu e-mail para enviarmos o B/L e o packing list.",
    hn_wa_courier="A transportadora local pode te chamar no {app} para combinar a entrega, tudo bem?",
    hn_pi="Para emitir a fatura proforma, me envie nome da empresa, endereço, telefone e e-mail.",
    hn_nums="Modelo {model}, código HS {hs}. Rastreio do último envio {trk} para referência.",
    hn_app="Sim, funciona com o {brand}, sem custo extra.",
    hn_video="Podemos fazer chamada de vídeo aqui mesmo no chat do Alibaba pra mostrar a fábrica.",
    hn_noshare="Desculpa, aqui não posso passar WhatsApp, vamos continuar neste chat, respondo rápido.",
    hn_got="Recebido, vou mandar a proposta no seu WhatsApp como vc pediu.",
)
M["fr"] = dict(
    b_price=["Bonjour, votre meilleur prix pour {n} {u} de {p} ?", "slt, devis {p} svp, qté {n} {u}"],
    b_ship=["Livraison possible vers : {country} ? Combien le fret ?"], b_ta=["Je peux payer avec Trade Assurance ?"],
    b_wa=["Vous avez WhatsApp ? Envoyez-moi votre numéro svp."], b_mail=["Donnez-moi votre e-mail, je vous envoie nos plans."],
    b_gives=["Mon WhatsApp c'est {c}, envoyez l'offre là-bas."], b_sample=["Je peux avoir un échantillon d'abord ?"],
    b_ok=["D'accord, merci.", "Je vois avec mon patron."], b_here=["Je préfère discuter ici sur Alibaba."],
    b_ordered=["Je viens de passer la commande, vous pouvez vérifier ?"], b_where=["Des nouvelles de l'expédition ?"],
    b_spec=["Vous pouvez me donner plus de détails techniques ?"], b_waprop=["On peut parler sur WhatsApp plutôt ?"],
    b_buy=["D'accord, je prends. Préparez la facture svp."], countries=["Maroc", "Sénégal", "Côte d'Ivoire", "France"],
    s_quote="Bonjour, {p} : {price} USD/{u}, commande minimum {n} {u}.", s_lead="Délai de production {d} jours après l'acompte.",
    s_sample="Oui, l'échantillon coûte {x} USD avec express, prêt en 3 jours.",
    s_here="Pas de souci, on continue ici, je vous envoie photos et vidéo dans ce chat.",
    op_add="Bonjour, ajoutez mon {app} {c} pour plus de détails",
    op_photos="Pour plus de vraies photos et vidéos de l'usine, contactez-moi sur {app} : {c}",
    op_ask="Vous avez {app} ? Plus simple pour vous joindre, envoyez-moi votre numéro stp",
    op_auto="[Réponse automatique] Je ne suis pas disponible. Contactez mon {app} {c} tout de suite, merci !",
    op_sig="Cordialement,\n{name}\nResponsable commercial\n{app} : {c}", op_split1="mon {app} : {c}", op_split2="la suite : {c}",
    op_qr="Le chat ici rame, scannez le QR code sur la 3e photo du produit et on parle là-bas",
    op_search="Cherchez {h} sur {app}, vous me trouverez, la liste de prix est là-bas",
    op_site="Passez sur notre site {url} et laissez un message, on répond plus vite et moins cher", op_rev="mon {app} à lire à l'envers : {c}",
    ta_no="Désolé, on ne fait pas Trade Assurance. Seulement virement T/T sur le compte de la société.",
    ta_fee="Trade Assurance possible, mais il faut ajouter {pct} % de frais.",
    ta_price="Avec Trade Assurance le prix passe à {p2} USD au lieu de {p1}. Par virement ça reste {p1}.",
    ta_ship="Commande TA possible, mais le fret coûtera {x} USD de plus.",
    ta_excuse="Notre quota Trade Assurance est épuisé ce mois-ci, payez par Western Union ou PayPal svp.",
    ta_disc="Pourquoi TA ? Les frais d'Alibaba sont élevés. Payez directement sur notre banque et je vous fais {pct} % de remise.",
    ta_dep="Par Trade Assurance seulement l'acompte de 30 %, le solde sur mon compte perso.",
    ta_min="Trade Assurance uniquement au-dessus de {amt} USD, petite commande par T/T.",
    hn_ta_ok="Bien sûr, on accepte Trade Assurance. Je vous envoie le lien de commande, même prix.",
    hn_ta_ok2="Évidemment, Trade Assurance protège votre paiement et le délai. Carte ou virement possibles.",
    hn_bankfee="Oui pour Trade Assurance. Juste : votre banque peut prendre ses propres frais de virement, ce n'est pas nous.",
    hn_asked="Bien sûr, comme demandé : {app} {c}", hn_late="Pour votre question de tout à l'heure, mon e-mail est {c}, envoyez les plans là.",
    hn_phone="Merci pour la commande ! Envoyez-moi le téléphone du destinataire et l'adresse complète pour le transporteur.",
    hn_email="La marchandise est partie. Confirmez votre e-mail pour recevoir le B/L et la liste de colisage.",
    hn_wa_courier="Le livreur local peut vous contacter sur {app} pour fixer l'heure, ça vous va ?",
    hn_pi="Pour établir la facture pro forma, envoyez le nom de la société, l'adresse, le téléphone et l'e-mail.",
    hn_nums="Modèle {model}, code SH {hs}. Suivi du dernier envoi {trk} pour info.",
    hn_app="Oui, compatible {brand}, sans supplément.",
    hn_video="On peut faire un appel vidéo ici dans le chat Alibaba pour vous montrer l'usine.",
    hn_noshare="Désolé, je ne peux pas donner WhatsApp ici, restons sur ce chat, je réponds vite.",
    hn_got="Reçu, je vous envoie l'offre sur votre WhatsApp comme demandé.",
)
M["de"] = dict(
    b_price=["Hallo, bester Preis für {n} {u} {p}?", "Hi, Angebot bitte: {p}, Menge {n} {u}"],
    b_ship=["Liefern Sie nach {country}? Was kostet die Fracht?"], b_ta=["Kann ich über Trade Assurance bezahlen?"],
    b_wa=["Haben Sie WhatsApp? Schicken Sie mir bitte Ihre Nummer."], b_mail=["Geben Sie mir bitte Ihre E-Mail, ich schicke die Zeichnungen."],
    b_gives=["Meine WhatsApp ist {c}, schicken Sie das Angebot bitte dorthin."], b_sample=["Kann ich zuerst ein Muster bekommen?"],
    b_ok=["Ok, danke.", "Ich kläre das mit meinem Chef."], b_here=["Ich schreibe lieber hier auf Alibaba."],
    b_ordered=["Ich habe gerade bestellt, bitte prüfen."], b_where=["Gibt es Neuigkeiten zum Versand?"],
    b_spec=["Können Sie mir mehr technische Details geben?"], b_waprop=["Können wir lieber über WhatsApp schreiben?"],
    b_buy=["Ok, ich nehme es. Bitte Rechnung vorbereiten."], countries=["Deutschland", "Österreich", "Polen"],
    s_quote="Hallo, {p}: {price} USD/{u}, Mindestmenge {n} {u}.", s_lead="Produktionszeit {d} Tage nach Anzahlung.",
    s_sample="Ja, Muster kostet {x} USD inkl. Express, fertig in 3 Tagen.",
    s_here="Kein Problem, wir bleiben hier, Fotos und Video schicke ich in diesen Chat.",
    op_add="Hallo, bitte fügen Sie mein {app} hinzu: {c}, dann besprechen wir alles",
    op_photos="Für mehr echte Fotos und Fabrikvideos melden Sie sich bei {app}: {c}",
    op_ask="Haben Sie {app}? Dann erreiche ich Sie leichter, schicken Sie mir kurz Ihre Nummer",
    op_auto="[Automatische Antwort] Ich bin gerade nicht erreichbar. Bitte sofort per {app} {c} melden. Danke!",
    op_sig="Mit freundlichen Grüßen\n{name}\nVertriebsleiter\n{app}: {c}", op_split1="mein {app}: {c}", op_split2="Rest: {c}",
    op_qr="Der Chat hier ist langsam, scannen Sie den QR-Code auf dem 3. Produktfoto, dann reden wir dort",
    op_search="Suchen Sie {h} auf {app}, da finden Sie mich und die Preisliste",
    op_site="Schauen Sie auf unsere eigene Seite {url} und schreiben Sie dort, wir antworten schneller und günstiger",
    op_rev="mein {app} rückwärts gelesen: {c}",
    ta_no="Sorry, Trade Assurance machen wir nicht. Nur T/T auf das Firmenkonto.",
    ta_fee="Trade Assurance geht, aber es kommen {pct} % Gebühr dazu.",
    ta_price="Mit Trade Assurance kostet es {p2} USD statt {p1}. Per Überweisung bleibt es bei {p1}.",
    ta_ship="TA-Bestellung ist möglich, aber die Fracht wird {x} USD teurer.",
    ta_excuse="Unser Trade-Assurance-Limit ist diesen Monat voll, bitte per Western Union oder PayPal zahlen.",
    ta_disc="Wozu TA? Alibaba-Gebühren sind hoch. Zahlen Sie direkt auf unsere Bank, dann gibt es {pct} % Rabatt.",
    ta_dep="Über Trade Assurance nur 30 % Anzahlung, Rest auf mein Privatkonto.",
    ta_min="Trade Assurance erst ab {amt} USD, kleine Aufträge per T/T.",
    hn_ta_ok="Klar, wir unterstützen Trade Assurance. Ich schicke gleich den Bestelllink, gleicher Preis.",
    hn_ta_ok2="Selbstverständlich, Trade Assurance schützt Zahlung und Liefertermin. Karte oder Überweisung möglich.",
    hn_bankfee="Ja, Trade Assurance ok. Nur Hinweis: Ihre Bank kann eigene Überweisungsgebühren nehmen, nicht wir.",
    hn_asked="Gern, wie gewünscht: {app} {c}", hn_late="Zu Ihrer Frage von vorhin: meine E-Mail ist {c}, Zeichnungen gern dorthin.",
    hn_phone="Danke für die Bestellung! Bitte Telefonnummer des Empfängers und vollständige Adresse für den Kurier.",
    hn_email="Ware ist unterwegs. Bitte bestätigen Sie Ihre E-Mail für B/L und Packliste.",
    hn_wa_courier="Der lokale Kurier meldet sich evtl. per {app} wegen des Liefertermins, ist das ok?",
    hn_pi="Für die Proforma-Rechnung brauche ich Firmenname, Adresse, Telefon und E-Mail.",
    hn_nums="Modell {model}, HS-Code {hs}. Tracking der letzten Sendung {trk} zur Info.",
    hn_app="Ja, funktioniert mit der {brand}, ohne Aufpreis.",
    hn_video="Wir können direkt hier im Alibaba-Chat einen Videoanruf machen und die Fabrik zeigen.",
    hn_noshare="Sorry, WhatsApp darf ich hier nicht geben, wir bleiben in diesem Chat, ich antworte schnell.",
    hn_got="Erhalten, ich schicke das Angebot wie gewünscht an Ihr WhatsApp.",
)
M["it"] = dict(
    b_price=["Salve, miglior prezzo per {n} {u} di {p}?", "ciao, preventivo {p}, {n} {u} grazie"],
    b_ship=["Spedite in {country}? Quanto costa il trasporto?"], b_ta=["Posso pagare con Trade Assurance?"],
    b_wa=["Avete WhatsApp? Mandami il tuo numero per favore."], b_mail=["Mi dai la tua email? Ti mando i disegni."],
    b_gives=["Il mio WhatsApp è {c}, mandami l'offerta lì."], b_sample=["Posso avere prima un campione?"],
    b_ok=["Ok, grazie.", "Sento il mio capo e ti dico."], b_here=["Preferisco parlare qui su Alibaba."],
    b_ordered=["Ho appena fatto l'ordine, controlla per favore."], b_where=["Novità sulla spedizione?"],
    b_spec=["Mi dai più dettagli tecnici?"], b_waprop=["Possiamo sentirci su WhatsApp?"],
    b_buy=["Ok, lo prendo. Prepara la fattura per favore."], countries=["Italia", "Svizzera", "Albania", "Malta"],
    s_quote="Buongiorno, {p}: {price} USD/{u}, ordine minimo {n} {u}.", s_lead="Produzione in {d} giorni dopo l'acconto.",
    s_sample="Sì, il campione costa {x} USD con espresso, pronto in 3 giorni.",
    s_here="Nessun problema, continuiamo qui, ti mando foto e video in questa chat.",
    op_add="Ciao amico, aggiungimi su {app} {c} così ti mando tutto",
    op_photos="Per altre foto reali e video della fabbrica scrivimi su {app}: {c}",
    op_ask="Hai {app}? Così ti contatto più facile, mandami il tuo numero",
    op_auto="[Risposta automatica] Al momento non sono disponibile. Contattami subito su {app} {c}. Grazie!",
    op_sig="Cordiali saluti,\n{name}\nResponsabile vendite\n{app}: {c}", op_split1="il mio {app} è {c}", op_split2="il resto: {c}",
    op_qr="Qui la chat è lenta, scansiona il QR nella 3ª foto del prodotto e parliamo di là",
    op_search="Cerca {h} su {app}, lì trovi me e il listino",
    op_site="Vai sul nostro sito {url} e lasciaci un messaggio, rispondiamo prima e con prezzi migliori",
    op_rev="il mio {app} letto al contrario: {c}",
    ta_no="Mi dispiace, non usiamo Trade Assurance. Solo bonifico T/T sul conto aziendale.",
    ta_fee="Trade Assurance si può, ma devi aggiungere il {pct}% di commissione.",
    ta_price="Con Trade Assurance il prezzo diventa {p2} USD invece di {p1}. Con bonifico resta {p1}.",
    ta_ship="Ordine TA possibile, ma la spedizione costa {x} USD in più.",
    ta_excuse="Il plafond Trade Assurance di questo mese è finito, paga con Western Union o PayPal per favore.",
    ta_disc="Lascia stare TA, le commissioni di Alibaba sono alte. Paga direttamente in banca e ti faccio il {pct}% di sconto.",
    ta_dep="Con Trade Assurance solo l'acconto del 30%, il saldo sul mio conto personale.",
    ta_min="Trade Assurance solo per ordini sopra {amt} USD, quelli piccoli con bonifico.",
    hn_ta_ok="Certo, accettiamo Trade Assurance. Ti mando subito il link dell'ordine, stesso prezzo.",
    hn_ta_ok2="Assolutamente, Trade Assurance tutela pagamento e tempi di consegna. Puoi pagare con carta o bonifico.",
    hn_bankfee="Sì, Trade Assurance va bene. Solo: la tua banca può applicare le sue commissioni di bonifico, non sono nostre.",
    hn_asked="Certo, come mi hai chiesto: {app} {c}", hn_late="Per la domanda di prima, la mia email è {c}, mandami lì i disegni.",
    hn_phone="Grazie per l'ordine! Mandami il telefono del destinatario e l'indirizzo completo per il corriere.",
    hn_email="La merce è partita. Confermami la tua email per inviarti B/L e packing list.",
    hn_wa_courier="Il corriere locale potrebbe scriverti su {app} per l'orario di consegna, va bene?",
    hn_pi="Per la fattura proforma mi servono ragione sociale, indirizzo, telefono ed email.",
    hn_nums="Modello {model}, codice HS {hs}. Tracking dell'ultima spedizione {trk} per riferimento.",
    hn_app="Sì, funziona con la {brand}, senza costi extra.",
    hn_video="Possiamo fare una videochiamata qui nella chat Alibaba per mostrarti la fabbrica.",
    hn_noshare="Scusa, qui non posso dare WhatsApp, restiamo in questa chat, rispondo veloce.",
    hn_got="Ricevuto, ti mando l'offerta sul tuo WhatsApp come chiesto.",
)
M["ru"] = dict(
    b_price=["Здравствуйте, лучшая цена на {p}, {n} {u}?", "добрый день, нужен расчёт {p} {n} {u}"],
    b_ship=["Отправляете к нам ({country})? Сколько стоит доставка?"], b_ta=["Можно оплатить через Trade Assurance?"],
    b_wa=["У вас есть WhatsApp? Скиньте номер, пожалуйста."], b_mail=["Дайте вашу почту, я пришлю чертежи."],
    b_gives=["Мой WhatsApp {c}, пришлите предложение туда."], b_sample=["Можно сначала образец?"],
    b_ok=["Хорошо, спасибо.", "Посоветуюсь с руководством."], b_here=["Мне удобнее общаться здесь, на Alibaba."],
    b_ordered=["Только что оформил заказ, проверьте, пожалуйста."], b_where=["Есть новости по отгрузке?"],
    b_spec=["Можно подробнее по характеристикам?"], b_waprop=["Может, перейдём в WhatsApp?"],
    b_buy=["Хорошо, беру. Подготовьте счёт, пожалуйста."], countries=["Казахстан", "Узбекистан", "Россия", "Беларусь"],
    s_quote="Добрый день, {p}: {price} USD/{u}, минимальный заказ {n} {u}", s_lead="Срок производства {d} дней после предоплаты.",
    s_sample="Да, образец {x} USD с экспресс-доставкой, будет готов за 3 дня.",
    s_here="Без проблем, продолжаем здесь, фото и видео пришлю в этот чат.",
    op_add="Здравствуйте, добавьте мой {app} {c}, там всё расскажу", op_photos="Больше живых фото и видео с завода — пишите в {app}: {c}",
    op_ask="У вас есть {app}? Так проще связаться, скиньте свой номер",
    op_auto="[Автоответ] Сейчас я не на связи. Срочно пишите мне в {app} {c}. Спасибо!",
    op_sig="С уважением,\n{name}\nМенеджер по продажам\n{app}: {c}", op_split1="мой {app}: {c}", op_split2="дальше: {c}",
    op_qr="Тут чат тормозит, отсканируйте QR-код на 3-м фото товара, там и поговорим", op_search="Найдите {h} в {app}, там прайс",
    op_site="Заходите на наш сайт {url} и пишите там, отвечаем быстрее и цены ниже", op_rev="мой {app} читать задом наперёд: {c}",
    ta_no="Извините, Trade Assurance не используем. Только T/T на счёт компании.",
    ta_fee="Trade Assurance можно, но надо добавить {pct}% комиссии.",
    ta_price="Через Trade Assurance цена {p2} USD вместо {p1}. Банковским переводом остаётся {p1}.",
    ta_ship="Заказ через TA возможен, но доставка дороже на {x} USD.",
    ta_excuse="Лимит Trade Assurance в этом месяце исчерпан, оплатите через Western Union или PayPal.",
    ta_excuse_c="Trade Assurance сейчас на обслуживании, оплатите через PayPal на {c}",
    ta_disc="Зачем TA? Комиссия Alibaba большая. Платите напрямую на наш банк — скидка {pct}%.",
    ta_dep="Через Trade Assurance только 30% предоплаты, остаток — на мою личную карту.",
    ta_min="Trade Assurance только для заказов от {amt} USD, маленькие — переводом T/T.",
    hn_ta_ok="Конечно, работаем через Trade Assurance. Сейчас пришлю ссылку на заказ, цена та же.",
    hn_ta_ok2="Разумеется, Trade Assurance защищает оплату и сроки. Можно картой или T/T внутри.",
    hn_bankfee="Да, Trade Assurance подходит. Только учтите: ваш банк может взять свою комиссию за перевод, это не наша.",
    hn_asked="Конечно, как вы просили: {app} {c}", hn_late="По вашему вопросу выше: моя почта {c}, чертежи присылайте туда.",
    hn_phone="Спасибо за заказ! Пришлите телефон получателя и полный адрес для курьера.",
    hn_email="Груз отправлен. Подтвердите вашу почту, чтобы мы прислали коносамент и упаковочный лист.",
    hn_wa_courier="Местный курьер может написать вам в {app}, чтобы согласовать доставку, хорошо?",
    hn_pi="Для проформы-инвойса пришлите название компании, адрес, телефон и e-mail.",
    hn_nums="Модель {model}, код ТН ВЭД {hs}. Трек прошлой отправки {trk} для примера.", hn_app="Да, работает с {brand}, без доплаты.",
    hn_video="Можем сделать видеозвонок прямо здесь в чате Alibaba и показать завод.",
    hn_noshare="Извините, WhatsApp здесь дать не могу, давайте продолжим в этом чате, отвечаю быстро.",
    hn_got="Получил, отправлю предложение на ваш WhatsApp, как вы просили.",
)
M["tr"] = dict(
    b_price=["Merhaba, {n} {u} {p} için en iyi fiyat nedir?", "selam abi, {p} {n} {u} fiyat lazım"],
    b_ship=["{country} gönderim var mı? Navlun ne kadar?"], b_ta=["Trade Assurance ile ödeyebilir miyim?"],
    b_wa=["WhatsApp'ınız var mı? Numaranızı gönderir misiniz?"], b_mail=["E-postanızı verir misiniz, çizimleri göndereyim."],
    b_gives=["WhatsApp'ım {c}, teklifi oraya atın lütfen."], b_sample=["Önce numune alabilir miyim?"],
    b_ok=["Tamam, teşekkürler.", "Patronla konuşup döneceğim."], b_here=["Burada, Alibaba'da konuşmayı tercih ederim."],
    b_ordered=["Siparişi az önce verdim, kontrol eder misiniz?"], b_where=["Sevkiyatla ilgili gelişme var mı?"],
    b_spec=["Teknik detayları biraz daha açar mısınız?"], b_waprop=["WhatsApp'tan konuşabilir miyiz?"],
    b_buy=["Tamam, alıyorum. Faturayı hazırlar mısınız?"], countries=["Türkiye", "Azerbaycan", "Kıbrıs"],
    s_quote="Merhaba, {p}: {price} USD/{u}, minimum sipariş {n} {u}.", s_lead="Ödemeden sonra üretim {d} gün.",
    s_sample="Evet, numune ekspres dahil {x} USD, 3 günde hazır.",
    s_here="Sorun değil, buradan devam edelim, fotoğraf ve videoyu bu sohbete atarım.",
    op_add="Merhaba, {app} ekleyin: {c}, detayları orada konuşalım", op_photos="Gerçek fotoğraflar ve fabrika videoları için {app}'tan yazın: {c}",
    op_ask="{app} var mı sizde? Daha kolay ulaşırım, numaranızı atın",
    op_auto="[Otomatik yanıt] Şu an müsait değilim. Lütfen hemen {app} {c} üzerinden yazın. Teşekkürler!",
    op_sig="Saygılarımla,\n{name}\nSatış Müdürü\n{app}: {c}", op_split1="{app} numaram {c}", op_split2="devamı: {c}",
    op_qr="Buradaki sohbet yavaş, ürünün 3. fotoğrafındaki QR kodu okutun, orada konuşalım",
    op_search="{app} üzerinde {h} diye aratın, fiyat listesi orada",
    op_site="Kendi sitemize {url} girip mesaj bırakın, daha hızlı döneriz, fiyat da daha iyi", op_rev="{app} numaramı tersten okuyun: {c}",
    ta_no="Kusura bakmayın, Trade Assurance kullanmıyoruz. Sadece şirket hesabına T/T.",
    ta_fee="Trade Assurance olur ama %{pct} komisyon eklemeniz gerekiyor.",
    ta_price="Trade Assurance ile fiyat {p1} değil {p2} USD olur. Havalede {p1} kalır.",
    ta_ship="TA siparişi olur ama navlun {x} USD daha pahalı.",
    ta_excuse="Bu ay Trade Assurance limitimiz doldu, lütfen Western Union veya PayPal ile ödeyin.",
    ta_disc="TA'ya gerek yok abi, Alibaba komisyonu yüksek. Direkt bankamıza öde, %{pct} indirim yaparım.",
    ta_dep="Trade Assurance ile sadece %30 kapora, kalanı şahsi hesabıma.",
    ta_min="Trade Assurance sadece {amt} USD üstü siparişlerde, küçük siparişler T/T ile.",
    hn_ta_ok="Tabii, Trade Assurance destekliyoruz. Sipariş linkini hemen gönderiyorum, fiyat aynı.",
    hn_ta_ok2="Elbette, Trade Assurance ödemenizi ve teslim tarihini korur. Kart veya havale ile ödeyebilirsiniz.",
    hn_bankfee="Evet, Trade Assurance olur. Sadece: bankanız kendi havale ücretini alabilir, bizden değil.",
    hn_asked="Tabii, istediğiniz gibi: {app} {c}", hn_late="Az önce sorduğunuz e-posta: {c}, çizimleri oraya atabilirsiniz.",
    hn_phone="Sipariş için teşekkürler! Kargo için alıcının telefonunu ve açık adresini gönderin.",
    hn_email="Mal yola çıktı. Konşimento ve çeki listesi için e-postanızı teyit eder misiniz?",
    hn_wa_courier="Yerel kurye teslimat saati için size {app}'tan yazabilir, uygun mu?",
    hn_pi="Proforma fatura için firma adı, adres, telefon ve e-posta gönderir misiniz?",
    hn_nums="Model {model}, GTİP {hs}. Son gönderinin takip no {trk}, bilginize.", hn_app="Evet, {brand} ile çalışıyor, ek ücret yok.",
    hn_video="Burada Alibaba sohbetinde görüntülü arama yapıp fabrikayı gösterebiliriz.",
    hn_noshare="Kusura bakmayın, burada WhatsApp veremem, bu sohbetten devam edelim, hızlı dönerim.",
    hn_got="Aldım, istediğiniz gibi teklifi WhatsApp'ınıza gönderiyorum.",
)
M["ar"] = dict(
    b_price=["مرحبا، ما أفضل سعر لـ {n} {u} من {p}؟", "السلام عليكم، أريد عرض سعر {p} كمية {n} {u}"],
    b_ship=["هل تشحنون إلى {country}؟ كم تكلفة الشحن؟"], b_ta=["هل يمكنني الدفع عبر Trade Assurance؟"],
    b_wa=["هل عندك واتساب؟ أرسل لي رقمك من فضلك."], b_mail=["أعطني بريدك الإلكتروني لأرسل الرسومات."],
    b_gives=["رقم واتساب الخاص بي {c}، أرسل العرض هناك."], b_sample=["هل يمكن الحصول على عينة أولاً؟"],
    b_ok=["حسناً، شكراً.", "سأراجع مع المدير."], b_here=["أفضل أن نتحدث هنا على علي بابا."],
    b_ordered=["قمت بالطلب الآن، راجعه من فضلك."], b_where=["هل من جديد بخصوص الشحنة؟"],
    b_spec=["ممكن تفاصيل أكثر عن المواصفات؟"], b_waprop=["هل يمكن أن نتحدث على الواتساب؟"],
    b_buy=["حسناً، سأشتري. جهز الفاتورة من فضلك."], countries=["السعودية", "الإمارات", "مصر", "المغرب"],
    s_quote="أهلاً، {p}: {price} دولار/{u}، الحد الأدنى {n} {u}.", s_lead="مدة الإنتاج {d} يوماً بعد العربون.",
    s_sample="نعم، العينة {x} دولار مع الشحن السريع، جاهزة خلال 3 أيام.", s_here="لا مشكلة، نكمل هنا، سأرسل الصور والفيديو في هذه المحادثة.",
    op_add="مرحبا أخي، أضفني على {app} {c} للتفاصيل", op_photos="لمزيد من الصور الحقيقية وفيديو المصنع راسلني على {app}: {c}",
    op_ask="عندك {app}؟ أسهل للتواصل، أرسل رقمك", op_auto="[رد تلقائي] لست متاحاً الآن. تواصل معي فوراً على {app} {c}. شكراً!",
    op_sig="مع أطيب التحيات\n{name}\nمدير المبيعات\n{app}: {c}", op_split1="{app} تبعي {c}", op_split2="والباقي: {c}",
    op_qr="المحادثة هنا بطيئة، امسح رمز QR في الصورة الثالثة للمنتج ونتكلم هناك",
    op_search="ابحث عن {h} في {app} وستجدني، قائمة الأسعار هناك", op_site="ادخل موقعنا {url} واترك رسالة، نرد أسرع وبسعر أفضل",
    op_rev="{app} تبعي اقرأه بالعكس: {c}",
    ta_no="عذراً، لا نتعامل بـ Trade Assurance. فقط تحويل T/T لحساب الشركة.", ta_fee="Trade Assurance ممكن لكن يجب إضافة {pct}% رسوم.",
    ta_price="مع Trade Assurance يصبح السعر {p2} دولار بدل {p1}. بالتحويل البنكي يبقى {p1}.", ta_ship="طلب TA ممكن، لكن الشحن يزيد {x} دولار.",
    ta_excuse="رصيد Trade Assurance لهذا الشهر انتهى، ادفع عن طريق ويسترن يونيون أو PayPal من فضلك.",
    ta_disc="لماذا TA؟ عمولة علي بابا عالية. ادفع مباشرة لبنكنا وأعطيك خصم {pct}%.",
    ta_dep="عبر Trade Assurance فقط عربون 30%، والباقي على حسابي الشخصي.", ta_min="Trade Assurance فقط للطلبات فوق {amt} دولار، الطلبات الصغيرة بالتحويل.",
    hn_ta_ok="بالتأكيد، ندعم Trade Assurance. سأرسل رابط الطلب الآن بنفس السعر.",
    hn_ta_ok2="طبعاً، Trade Assurance يحمي دفعتك وموعد التسليم. الدفع بالبطاقة أو التحويل داخله.",
    hn_bankfee="نعم Trade Assurance مقبول. فقط للعلم: بنكك قد يأخذ رسوم تحويل خاصة به، ليست منا.",
    hn_asked="أكيد، كما طلبت: {app} {c}", hn_late="بخصوص سؤالك السابق، بريدي {c}، أرسل الرسومات عليه.",
    hn_phone="شكراً على الطلب! أرسل رقم هاتف المستلم والعنوان الكامل لشركة الشحن.",
    hn_email="البضاعة في الطريق. أكد بريدك الإلكتروني لنرسل بوليصة الشحن وقائمة التعبئة.",
    hn_wa_courier="قد يتواصل معك المندوب المحلي على {app} لتحديد موعد التسليم، هل يناسبك؟",
    hn_pi="لإصدار الفاتورة المبدئية، أرسل اسم الشركة والعنوان والهاتف والبريد الإلكتروني.",
    hn_nums="الموديل {model}، رمز HS {hs}. رقم تتبع الشحنة السابقة {trk} للمرجع.", hn_app="نعم، يعمل مع {brand} بدون تكلفة إضافية.",
    hn_video="يمكننا إجراء مكالمة فيديو هنا في دردشة علي بابا لنريك المصنع.",
    hn_noshare="عذراً، لا أستطيع إعطاء الواتساب هنا، لنكمل في هذه المحادثة، أرد بسرعة.", hn_got="وصلني، سأرسل العرض على واتسابك كما طلبت.",
)
M["hi"] = dict(
    b_price=["नमस्ते, {p} के {n} {u} का best price क्या है?", "hello bhai, {p} {n} {u} ka rate batao"],
    b_ship=["क्या आप {country} भेजते हैं? freight कितना लगेगा?"], b_ta=["क्या मैं Trade Assurance से payment कर सकता हूँ?"],
    b_wa=["आपका WhatsApp है? अपना नंबर भेज दीजिए।"], b_mail=["अपना ईमेल दीजिए, मैं drawings भेजता हूँ।"],
    b_gives=["मेरा WhatsApp {c} है, offer वहाँ भेज दो।"], b_sample=["क्या पहले sample मिल सकता है?"],
    b_ok=["ठीक है, धन्यवाद।", "boss से बात करके बताता हूँ।"], b_here=["मैं यहीं Alibaba पर बात करना पसंद करूँगा।"],
    b_ordered=["मैंने अभी order कर दिया है, check कर लीजिए।"], b_where=["shipment का कोई update?"],
    b_spec=["specification के बारे में थोड़ा और बताइए?"], b_waprop=["क्या हम WhatsApp पर बात कर सकते हैं?"],
    b_buy=["ठीक है, मैं लूँगा। invoice तैयार कर दीजिए।"], countries=["India", "Nepal", "Dubai"],
    s_quote="नमस्ते, {p}: {price} USD/{u}, न्यूनतम ऑर्डर {n} {u}।", s_lead="advance के बाद production में {d} दिन लगेंगे।",
    s_sample="हाँ, sample {x} USD express के साथ, 3 दिन में तैयार।", s_here="कोई बात नहीं, यहीं बात करते हैं, photos और video इसी chat में भेजूँगा।",
    op_add="नमस्ते दोस्त, मेरा {app} {c} add कर लो, सारी details वहाँ", op_photos="ज़्यादा real photos और factory video के लिए {app} पर message करें: {c}",
    op_ask="आपके पास {app} है? contact आसान रहेगा, अपना नंबर भेजो",
    op_auto="[स्वचालित उत्तर] मैं अभी उपलब्ध नहीं हूँ। कृपया तुरंत मेरे {app} {c} पर संपर्क करें। धन्यवाद!",
    op_sig="सादर,\n{name}\nसेल्स मैनेजर\n{app}: {c}", op_split1="मेरा {app} {c}", op_split2="बाकी: {c}",
    op_qr="यहाँ chat slow है, product की तीसरी photo पर QR code scan करो, वहीं बात करेंगे", op_search="{app} पर {h} search करो, price list वहाँ है",
    op_site="हमारी website {url} पर message छोड़ो, वहाँ reply जल्दी और rate कम", op_rev="मेरा {app} उल्टा पढ़ो: {c}",
    ta_no="माफ़ कीजिए, हम Trade Assurance नहीं करते। सिर्फ company account में T/T.", ta_fee="Trade Assurance हो सकता है पर {pct}% fee extra देनी होगी।",
    ta_price="Trade Assurance में rate {p2} USD होगा, {p1} नहीं। bank transfer में {p1} ही रहेगा।", ta_ship="TA order हो जाएगा, लेकिन freight {x} USD ज़्यादा लगेगा।",
    ta_excuse="इस महीने Trade Assurance limit पूरी हो गई है, Western Union या PayPal से pay करो।",
    ta_disc="TA क्यों bhai? Alibaba का charge ज़्यादा है। सीधे हमारे bank में भेजो, {pct}% discount दूँगा।",
    ta_dep="Trade Assurance से सिर्फ 30% advance, बाकी मेरे personal account में।", ta_min="Trade Assurance सिर्फ {amt} USD से ऊपर के order पर, छोटा order T/T से।",
    hn_ta_ok="ज़रूर, हम Trade Assurance support करते हैं। अभी order link भेजता हूँ, same price.",
    hn_ta_ok2="बिल्कुल, Trade Assurance आपके payment और delivery date को protect करता है। card या T/T दोनों चलेंगे।",
    hn_bankfee="हाँ Trade Assurance ठीक है। बस ध्यान दें: आपका bank अपनी transfer fee ले सकता है, वो हमारी नहीं।",
    hn_asked="ज़रूर, जैसा आपने माँगा: {app} {c}", hn_late="आपने पहले email पूछा था: {c}, drawings वहाँ भेज दीजिए।",
    hn_phone="order के लिए धन्यवाद! courier के लिए receiver का phone नंबर और पूरा address भेजिए।",
    hn_email="माल निकल गया है। B/L और packing list भेजने के लिए अपना email confirm करें।",
    hn_wa_courier="local courier delivery time के लिए आपसे {app} पर contact कर सकता है, ठीक है?",
    hn_pi="proforma invoice बनाने के लिए company का नाम, पता, फ़ोन और email भेजिए।",
    hn_nums="Model {model}, HS code {hs}. पिछले shipment का tracking {trk} reference के लिए।", hn_app="हाँ, {brand} के साथ चलता है, कोई extra charge नहीं।",
    hn_video="हम यहीं Alibaba chat में video call करके factory दिखा सकते हैं।",
    hn_noshare="माफ़ कीजिए, यहाँ WhatsApp नहीं दे सकता, इसी chat में बात करते हैं, जल्दी reply करूँगा।",
    hn_got="मिल गया, आपके कहे अनुसार offer आपके WhatsApp पर भेज रहा हूँ।",
)
M["id"] = dict(
    b_price=["Halo, harga terbaik {p} {n} {u} berapa?", "kak, {p} {n} {u} harganya brp?"],
    b_ship=["Bisa kirim ke {country}? Ongkirnya berapa?"], b_ta=["Bisa bayar pakai Trade Assurance?"],
    b_wa=["Ada WA? Kirim nomornya dong."], b_mail=["Minta emailnya, saya kirim gambar teknisnya."],
    b_gives=["WA saya {c}, kirim penawarannya ke sana ya."], b_sample=["Bisa minta sampel dulu?"],
    b_ok=["Oke, makasih.", "Saya tanya bos dulu ya."], b_here=["Saya lebih suka ngobrol di sini saja, di Alibaba."],
    b_ordered=["Saya baru order, tolong dicek."], b_where=["Ada update pengiriman?"],
    b_spec=["Bisa jelaskan spesifikasinya lebih detail?"], b_waprop=["Kita ngobrol di WhatsApp aja gimana?"],
    b_buy=["Oke, saya ambil. Tolong siapkan invoice-nya."], countries=["Indonesia", "Malaysia", "Brunei"],
    s_quote="Halo kak, {p}: {price} USD/{u}, minimal order {n} {u}.", s_lead="Produksi {d} hari setelah DP.",
    s_sample="Bisa kak, sampel {x} USD sudah termasuk ekspres, siap 3 hari.", s_here="Siap kak, kita lanjut di sini, foto dan video saya kirim di chat ini.",
    op_add="Halo kak, add {app} saya {c} ya, detailnya di sana", op_photos="Mau foto asli & video pabrik? chat {app} aja: {c}",
    op_ask="Kakak ada {app}? Biar gampang, kirim nomornya dong",
    op_auto="[Balasan otomatis] Saya sedang tidak online. Silakan langsung hubungi {app} {c}. Terima kasih!",
    op_sig="Salam,\n{name}\nManajer Penjualan\n{app}: {c}", op_split1="{app} sy {c}", op_split2="lanjutannya {c}",
    op_qr="Chat di sini lemot kak, scan QR di foto produk ke-3 ya, kita ngobrol di sana", op_search="Cari {h} di {app} kak, pricelist ada di sana",
    op_site="Kunjungi web kami {url} dan tinggalkan pesan, balasnya lebih cepat & harga lebih murah", op_rev="{app} saya dibaca dari belakang: {c}",
    ta_no="Maaf kak, kami tidak pakai Trade Assurance. Hanya T/T ke rekening perusahaan.", ta_fee="Trade Assurance bisa, tapi ada tambahan biaya {pct}%.",
    ta_price="Kalau pakai Trade Assurance harganya {p2} USD, bukan {p1}. Transfer bank tetap {p1}.", ta_ship="Order TA bisa, tapi ongkir tambah {x} USD.",
    ta_excuse="Limit Trade Assurance bulan ini sudah penuh, bayar via Western Union atau PayPal ya kak.",
    ta_disc="Gak usah TA gan, potongan Alibaba besar. Transfer langsung ke bank kami, diskon {pct}%.",
    ta_dep="Lewat Trade Assurance cuma DP 30%, pelunasan ke rekening pribadi saya.", ta_min="Trade Assurance hanya untuk order di atas {amt} USD, order kecil lewat T/T.",
    hn_ta_ok="Tentu kak, kami dukung Trade Assurance. Link order saya kirim sekarang, harga sama.",
    hn_ta_ok2="Pasti bisa, Trade Assurance melindungi pembayaran dan jadwal kirim. Bisa kartu atau T/T.",
    hn_bankfee="Iya Trade Assurance oke. Cuma info: bank kakak mungkin kenakan biaya transfer sendiri, bukan dari kami.",
    hn_asked="Boleh kak, sesuai permintaan: {app} {c}", hn_late="Soal pertanyaan tadi, email saya {c}, gambarnya kirim ke situ ya.",
    hn_phone="Terima kasih ordernya! Mohon kirim nomor HP penerima dan alamat lengkap untuk kurir.",
    hn_email="Barang sudah jalan. Konfirmasi email kakak ya, untuk kirim B/L dan packing list.",
    hn_wa_courier="Kurir lokal mungkin hubungi kakak lewat {app} untuk jadwal antar, oke?",
    hn_pi="Untuk proforma invoice, mohon kirim nama perusahaan, alamat, telepon, dan email.",
    hn_nums="Model {model}, kode HS {hs}. Resi pengiriman terakhir {trk} sebagai referensi.", hn_app="Iya, bisa pakai {brand}, tanpa biaya tambahan.",
    hn_video="Kita bisa video call langsung di chat Alibaba ini buat lihat pabrik.",
    hn_noshare="Maaf kak, di sini gak bisa kasih WA, kita lanjut di chat ini aja, fast respon kok.",
    hn_got="Sudah diterima, penawaran saya kirim ke WA kakak sesuai permintaan.",
)
M["vi"] = dict(
    b_price=["Chào shop, giá tốt nhất cho {n} {u} {p} là bao nhiêu?", "chào anh, báo giá {p} {n} {u} ạ"],
    b_ship=["Có gửi đi {country} không? Phí vận chuyển bao nhiêu?"], b_ta=["Tôi thanh toán qua Trade Assurance được không?"],
    b_wa=["Anh có WhatsApp không? Gửi số cho em nhé."], b_mail=["Cho em xin email, em gửi bản vẽ."],
    b_gives=["WhatsApp của em là {c}, gửi báo giá qua đó nhé."], b_sample=["Em lấy mẫu trước được không?"],
    b_ok=["Ok, cảm ơn anh.", "Để em hỏi sếp đã."], b_here=["Em thích nói chuyện ở đây trên Alibaba hơn."],
    b_ordered=["Em vừa đặt hàng, anh kiểm tra giúp."], b_where=["Hàng đi chưa anh?"],
    b_spec=["Anh nói rõ thêm thông số giúp em?"], b_waprop=["Mình nói chuyện qua WhatsApp được không anh?"],
    b_buy=["Ok, em lấy. Anh chuẩn bị hóa đơn giúp em."], countries=["Việt Nam", "Campuchia", "Lào"],
    s_quote="Chào bạn, {p}: {price} USD/{u}, đơn tối thiểu {n} {u}.", s_lead="Sản xuất {d} ngày sau khi đặt cọc.",
    s_sample="Được bạn, mẫu {x} USD gồm phí chuyển phát nhanh, 3 ngày có.", s_here="Không sao, mình nói tiếp ở đây, ảnh và video mình gửi trong chat này.",
    op_add="Chào bạn, kết bạn {app} {c} để trao đổi chi tiết nhé", op_photos="Muốn xem ảnh thật và video xưởng thì nhắn {app}: {c}",
    op_ask="Bạn có {app} không? Cho mình số để liên hệ cho tiện",
    op_auto="[Trả lời tự động] Hiện tôi không trực tuyến. Vui lòng liên hệ ngay {app} {c}. Cảm ơn!",
    op_sig="Trân trọng,\n{name}\nTrưởng phòng kinh doanh\n{app}: {c}", op_split1="{app} mình {c}", op_split2="tiếp: {c}",
    op_qr="Chat ở đây chậm lắm, quét mã QR ở ảnh sản phẩm thứ 3 rồi mình nói chuyện bên đó", op_search="Tìm {h} trên {app} là thấy mình, bảng giá ở đó",
    op_site="Vào web bên mình {url} để lại tin nhắn, trả lời nhanh hơn mà giá rẻ hơn", op_rev="{app} mình đọc ngược lại: {c}",
    ta_no="Xin lỗi, bên mình không dùng Trade Assurance. Chỉ T/T vào tài khoản công ty.", ta_fee="Trade Assurance được, nhưng phải cộng thêm {pct}% phí.",
    ta_price="Qua Trade Assurance giá là {p2} USD chứ không phải {p1}. Chuyển khoản thì vẫn {p1}.", ta_ship="Đơn TA được, nhưng phí ship tăng thêm {x} USD.",
    ta_excuse="Hạn mức Trade Assurance tháng này hết rồi, bạn trả qua Western Union hoặc PayPal nhé.",
    ta_disc="Thôi đừng dùng TA, Alibaba thu phí cao. Chuyển thẳng vào ngân hàng bên mình, giảm {pct}%.",
    ta_dep="Qua Trade Assurance chỉ cọc 30%, phần còn lại chuyển vào tài khoản cá nhân của mình.", ta_min="Trade Assurance chỉ áp dụng cho đơn trên {amt} USD, đơn nhỏ chuyển T/T.",
    hn_ta_ok="Dạ được, bên mình hỗ trợ Trade Assurance. Mình gửi link đơn ngay, giá giữ nguyên.",
    hn_ta_ok2="Tất nhiên, Trade Assurance bảo vệ tiền hàng và thời hạn giao. Trả bằng thẻ hoặc T/T đều được.",
    hn_bankfee="Vâng, Trade Assurance ok. Chỉ lưu ý: ngân hàng bên bạn có thể thu phí chuyển tiền riêng, không phải bên mình.",
    hn_asked="Dạ, như bạn yêu cầu: {app} {c}", hn_late="Về câu hỏi lúc nãy, email của mình là {c}, bạn gửi bản vẽ vào đó nhé.",
    hn_phone="Cảm ơn bạn đã đặt hàng! Gửi giúp số điện thoại người nhận và địa chỉ đầy đủ cho bên chuyển phát.",
    hn_email="Hàng đã đi. Bạn xác nhận email để mình gửi vận đơn và packing list nhé.",
    hn_wa_courier="Bên giao hàng địa phương có thể liên hệ bạn qua {app} để hẹn giờ, được không?",
    hn_pi="Để làm hóa đơn proforma, bạn gửi giúp tên công ty, địa chỉ, điện thoại và email.",
    hn_nums="Model {model}, mã HS {hs}. Mã vận đơn lô trước {trk} để tham khảo.", hn_app="Vâng, dùng được với {brand}, không tính thêm phí.",
    hn_video="Mình có thể gọi video ngay trong chat Alibaba này để xem xưởng.",
    hn_noshare="Xin lỗi, ở đây mình không cho WhatsApp được, mình nói tiếp trong chat này nhé, trả lời nhanh.",
    hn_got="Đã nhận, mình gửi báo giá qua WhatsApp của bạn như bạn yêu cầu.",
)
M["th"] = dict(
    b_price=["สวัสดีครับ {p} {n} {u} ราคาดีสุดเท่าไหร่ครับ", "สอบถามราคา {p} {n} {u} ค่ะ"],
    b_ship=["ส่งไป{country}ได้ไหมครับ ค่าขนส่งเท่าไหร่"], b_ta=["จ่ายผ่าน Trade Assurance ได้ไหมครับ"],
    b_wa=["มี WhatsApp ไหมครับ ขอเบอร์หน่อย"], b_mail=["ขออีเมลหน่อยค่ะ จะส่งแบบไปให้"],
    b_gives=["WhatsApp ผม {c} ส่งใบเสนอราคาไปที่นั่นนะครับ"], b_sample=["ขอตัวอย่างก่อนได้ไหมคะ"],
    b_ok=["โอเค ขอบคุณครับ", "ขอปรึกษาหัวหน้าก่อนนะคะ"], b_here=["ผมสะดวกคุยที่นี่บน Alibaba มากกว่า"],
    b_ordered=["สั่งซื้อแล้วนะครับ รบกวนเช็คด้วย"], b_where=["ของส่งหรือยังคะ มีอัปเดตไหม"],
    b_spec=["ขอรายละเอียดสเปคเพิ่มหน่อยครับ"], b_waprop=["คุยทาง WhatsApp แทนได้ไหมครับ"],
    b_buy=["โอเค เอาครับ รบกวนเตรียมใบแจ้งหนี้ด้วย"], countries=["ไทย", "ลาว", "กัมพูชา"],
    s_quote="สวัสดีค่ะ {p} ราคา {price} USD/{u} สั่งขั้นต่ำ {n} {u}", s_lead="ผลิต {d} วันหลังชำระมัดจำค่ะ",
    s_sample="ได้ค่ะ ตัวอย่าง {x} USD รวมค่าส่งด่วน พร้อมใน 3 วัน", s_here="ได้เลยค่ะ คุยที่นี่ต่อ เดี๋ยวส่งรูปกับวิดีโอในแชทนี้",
    op_add="สวัสดีค่ะ แอด{app}มาคุยรายละเอียดนะคะ {c}", op_photos="อยากดูรูปจริงและวิดีโอโรงงาน ทัก{app}มาเลยค่ะ {c}",
    op_ask="มี{app}ไหมคะ ติดต่อง่ายกว่า ส่งเบอร์มาหน่อย", op_auto="[ตอบกลับอัตโนมัติ] ขณะนี้ไม่สะดวกตอบ กรุณาติดต่อ{app} {c} ได้ทันที ขอบคุณค่ะ",
    op_sig="ขอแสดงความนับถือ\n{name}\nผู้จัดการฝ่ายขาย\n{app}: {c}", op_split1="{app}ของเรา {c}", op_split2="ต่อ {c}",
    op_qr="แชทนี้ช้า สแกน QR ในรูปสินค้ารูปที่ 3 แล้วไปคุยกันที่นั่นนะคะ", op_search="ค้นหา {h} ใน{app} เจอแน่นอน มีราคาอยู่ที่นั่น",
    op_site="เข้าเว็บเรา {url} ฝากข้อความไว้ ตอบไวกว่า ราคาถูกกว่าค่ะ", op_rev="{app}อ่านกลับหลังนะคะ: {c}",
    ta_no="ขอโทษค่ะ เราไม่ใช้ Trade Assurance รับแค่ T/T เข้าบัญชีบริษัท", ta_fee="Trade Assurance ได้ค่ะ แต่ต้องบวกค่าธรรมเนียม {pct}%",
    ta_price="ถ้าผ่าน Trade Assurance ราคา {p2} USD ไม่ใช่ {p1} ถ้าโอนธนาคารยัง {p1}", ta_ship="สั่งผ่าน TA ได้ แต่ค่าส่งเพิ่ม {x} USD",
    ta_excuse="วงเงิน Trade Assurance เดือนนี้เต็มแล้ว รบกวนจ่ายผ่าน Western Union หรือ PayPal ค่ะ",
    ta_disc="ไม่ต้องใช้ TA หรอกค่ะ ค่าธรรมเนียม Alibaba แพง โอนตรงเข้าธนาคารเรา ลดให้ {pct}%",
    ta_dep="ผ่าน Trade Assurance ได้แค่มัดจำ 30% ที่เหลือโอนเข้าบัญชีส่วนตัว", ta_min="Trade Assurance เฉพาะออเดอร์เกิน {amt} USD ออเดอร์เล็กโอน T/T",
    hn_ta_ok="ได้เลยค่ะ เรารองรับ Trade Assurance เดี๋ยวส่งลิงก์สั่งซื้อให้ ราคาเดิม",
    hn_ta_ok2="แน่นอนค่ะ Trade Assurance คุ้มครองเงินและกำหนดส่ง จ่ายด้วยบัตรหรือ T/T ก็ได้",
    hn_bankfee="Trade Assurance ได้ค่ะ แค่แจ้งว่าธนาคารของคุณอาจเก็บค่าโอนเอง ไม่ใช่ของเรา",
    hn_asked="ได้ค่ะ ตามที่ขอ: {app} {c}", hn_late="ที่ถามอีเมลไว้ก่อนหน้านี้ {c} ส่งแบบมาที่นี่ได้เลยค่ะ",
    hn_phone="ขอบคุณสำหรับออเดอร์ค่ะ รบกวนส่งเบอร์โทรผู้รับและที่อยู่เต็มสำหรับขนส่ง",
    hn_email="ของออกแล้วค่ะ ยืนยันอีเมลด้วยนะคะ จะส่ง B/L และ packing list ให้",
    hn_wa_courier="ขนส่งในพื้นที่อาจติดต่อคุณทาง{app}เพื่อนัดเวลาส่ง ได้ไหมคะ",
    hn_pi="เพื่อออกใบแจ้งหนี้ proforma รบกวนส่งชื่อบริษัท ที่อยู่ เบอร์โทร และอีเมล",
    hn_nums="รุ่น {model} พิกัด HS {hs} เลขพัสดุล็อตก่อน {trk} ไว้อ้างอิงค่ะ", hn_app="ได้ค่ะ ใช้กับ {brand} ได้ ไม่มีค่าใช้จ่ายเพิ่ม",
    hn_video="เราวิดีโอคอลในแชท Alibaba นี้ได้เลย จะพาดูโรงงาน", hn_noshare="ขอโทษค่ะ ให้ WhatsApp ตรงนี้ไม่ได้ คุยในแชทนี้ต่อนะคะ ตอบไว",
    hn_got="ได้รับแล้วค่ะ จะส่งใบเสนอราคาไปที่ WhatsApp ของคุณตามที่ขอ",
)
M["ja"] = dict(
    b_price=["こんにちは。{p}を{n}{u}の場合、最安値はいくらですか？", "{p} {n}{u} 見積もりお願いします"],
    b_ship=["{country}へ発送できますか？送料はいくらですか？"], b_ta=["Trade Assuranceで支払えますか？"],
    b_wa=["WhatsAppはありますか？番号を教えてください。"], b_mail=["メールアドレスを教えてください。図面を送ります。"],
    b_gives=["私のWhatsAppは{c}です。見積もりはそちらへお願いします。"], b_sample=["先にサンプルをもらえますか？"],
    b_ok=["わかりました、ありがとうございます。", "上司と相談します。"], b_here=["Alibabaのここで話したいです。"],
    b_ordered=["今注文しました。確認お願いします。"], b_where=["出荷の状況はどうですか？"],
    b_spec=["仕様をもう少し詳しく教えてください。"], b_waprop=["WhatsAppで話せますか？"],
    b_buy=["では購入します。請求書の準備をお願いします。"], countries=["日本", "台湾", "シンガポール"],
    s_quote="お世話になります。{p}：{price} USD/{u}、最小注文数量{n}{u}です。", s_lead="入金後{d}日で生産します。",
    s_sample="はい、サンプルは速達込みで{x} USD、3日で準備できます。", s_here="大丈夫です、ここで続けましょう。写真と動画はこのチャットで送ります。",
    op_add="こんにちは、詳細は{app}でお願いします：{c}", op_photos="実物写真や工場の動画は{app}で送ります：{c}",
    op_ask="{app}はお持ちですか？連絡しやすいので番号を教えてください",
    op_auto="【自動返信】ただいま対応できません。至急{app} {c}までご連絡ください。よろしくお願いします！",
    op_sig="よろしくお願いいたします。\n{name}\n営業部長\n{app}：{c}", op_split1="{app}は {c}", op_split2="続き：{c}",
    op_qr="ここのチャットは遅いので、商品写真3枚目のQRコードを読み取ってください。あちらで話しましょう",
    op_search="{app}で{h}を検索してください、価格表はそちらにあります", op_site="弊社サイト{url}からメッセージをどうぞ。返信が早く、価格もお得です",
    op_rev="{app}は逆から読んでください：{c}",
    ta_no="申し訳ありませんが、Trade Assuranceは使っていません。会社口座へのT/Tのみです。", ta_fee="Trade Assuranceは可能ですが、手数料{pct}%を追加でお願いします。",
    ta_price="Trade Assuranceの場合、単価は{p1}ではなく{p2} USDです。銀行振込なら{p1}のままです。", ta_ship="TA注文はできますが、送料が{x} USD高くなります。",
    ta_excuse="今月はTrade Assuranceの枠がいっぱいです。Western UnionかPayPalでお支払いください。",
    ta_disc="TAはやめましょう、Alibabaの手数料が高いので。弊社口座へ直接振込なら{pct}%値引きします。",
    ta_dep="Trade Assuranceは30%の手付金だけで、残金は私の個人口座へお願いします。", ta_min="Trade Assuranceは{amt} USD以上の注文のみ。小口はT/Tでお願いします。",
    hn_ta_ok="もちろんです、Trade Assurance対応しています。注文リンクをすぐ送ります、価格は同じです。",
    hn_ta_ok2="はい、Trade Assuranceで代金と納期が保護されます。カードでもT/Tでも大丈夫です。",
    hn_bankfee="Trade Assuranceで問題ありません。ただ、お客様の銀行が独自の送金手数料を取る場合があります（弊社の費用ではありません）。",
    hn_asked="承知しました、ご依頼の通り：{app} {c}", hn_late="先ほどのご質問のメールアドレスは{c}です。図面はこちらへどうぞ。",
    hn_phone="ご注文ありがとうございます！配送のため、受取人の電話番号と住所を送ってください。",
    hn_email="商品は出荷済みです。B/Lとパッキングリストを送るため、メールアドレスをご確認ください。",
    hn_wa_courier="現地の配送業者が配達時間の調整で{app}から連絡するかもしれません、よろしいですか？",
    hn_pi="プロフォーマインボイス作成のため、会社名・住所・電話番号・メールアドレスをお送りください。",
    hn_nums="型番{model}、HSコード{hs}。前回の追跡番号{trk}をご参考までに。", hn_app="はい、{brand}に対応しています。追加費用はありません。",
    hn_video="このAlibabaのチャットでビデオ通話して工場をお見せできます。",
    hn_noshare="すみません、ここではWhatsAppをお伝えできません。このチャットで続けましょう、すぐ返信します。",
    hn_got="受け取りました。ご希望どおりWhatsAppに見積もりを送ります。",
)
M["ko"] = dict(
    b_price=["안녕하세요, {p} {n}{u} 최저가가 얼마인가요?", "{p} {n}{u} 견적 부탁드려요"],
    b_ship=["{country}로 배송 되나요? 운임은 얼마예요?"], b_ta=["Trade Assurance로 결제 가능한가요?"],
    b_wa=["WhatsApp 있으세요? 번호 좀 보내주세요."], b_mail=["이메일 주소 알려주세요, 도면 보낼게요."],
    b_gives=["제 WhatsApp은 {c}이에요, 견적 거기로 보내주세요."], b_sample=["샘플 먼저 받을 수 있나요?"],
    b_ok=["네, 감사합니다.", "팀장님이랑 상의해볼게요."], b_here=["저는 여기 알리바바에서 얘기하는 게 편해요."],
    b_ordered=["방금 주문했어요, 확인 부탁드려요."], b_where=["배송 진행 상황 어떻게 되나요?"],
    b_spec=["사양 좀 더 자세히 알려주실 수 있나요?"], b_waprop=["WhatsApp으로 얘기할 수 있을까요?"],
    b_buy=["좋아요, 살게요. 인보이스 준비해 주세요."], countries=["한국", "몽골", "필리핀"],
    s_quote="안녕하세요, {p}: {price} USD/{u}, 최소 주문 {n}{u}입니다.", s_lead="선금 후 생산 {d}일 걸립니다.",
    s_sample="네, 샘플은 특송 포함 {x} USD, 3일이면 준비돼요.", s_here="괜찮습니다, 여기서 계속 얘기해요. 사진이랑 영상 이 채팅으로 보낼게요.",
    op_add="안녕하세요, 자세한 건 {app}로 연락주세요: {c}", op_photos="실물 사진이랑 공장 영상은 {app}로 보내드려요: {c}",
    op_ask="{app} 있으세요? 연락하기 편하게 번호 좀 주세요", op_auto="[자동응답] 지금은 응대가 어렵습니다. 바로 {app} {c}로 연락 주세요. 감사합니다!",
    op_sig="감사합니다.\n{name}\n영업부장\n{app}: {c}", op_split1="제 {app}는 {c}", op_split2="나머지: {c}",
    op_qr="여기 채팅이 느려서요, 상품 사진 3번째 QR 코드 찍으시면 거기서 얘기해요", op_search="{app}에서 {h} 검색하시면 나와요, 가격표 거기 있어요",
    op_site="저희 사이트 {url}에 메시지 남겨주세요, 답장도 빠르고 가격도 더 좋아요", op_rev="제 {app} 거꾸로 읽으세요: {c}",
    ta_no="죄송하지만 Trade Assurance는 안 합니다. 회사 계좌로 T/T만 가능해요.", ta_fee="Trade Assurance 가능한데 수수료 {pct}% 추가하셔야 해요.",
    ta_price="Trade Assurance로 하면 단가가 {p1}이 아니라 {p2} USD예요. 계좌이체면 {p1} 그대로고요.", ta_ship="TA 주문은 되는데 운임이 {x} USD 더 나와요.",
    ta_excuse="이번 달 Trade Assurance 한도가 다 찼어요, Western Union이나 PayPal로 결제 부탁드려요.",
    ta_disc="TA 말고요, 알리바바 수수료가 비싸서요. 저희 은행으로 바로 보내시면 {pct}% 할인해 드릴게요.",
    ta_dep="Trade Assurance로는 선금 30%만, 잔금은 제 개인 계좌로 보내주세요.", ta_min="Trade Assurance는 {amt} USD 이상 주문만 돼요, 소량은 T/T로.",
    hn_ta_ok="물론이죠, Trade Assurance 지원합니다. 주문 링크 바로 보내드릴게요, 가격 동일해요.",
    hn_ta_ok2="네, Trade Assurance로 결제금과 납기가 보호됩니다. 카드나 T/T 모두 돼요.",
    hn_bankfee="네 Trade Assurance 좋습니다. 다만 고객님 은행에서 자체 송금 수수료를 받을 수 있어요, 저희 비용은 아니에요.",
    hn_asked="네, 요청하신 대로: {app} {c}", hn_late="아까 물어보신 이메일은 {c}이에요, 도면 거기로 보내주세요.",
    hn_phone="주문 감사합니다! 택배 때문에 받는 분 전화번호랑 전체 주소 보내주세요.",
    hn_email="물건 출발했어요. B/L이랑 패킹리스트 보내드리게 이메일 확인 부탁드려요.",
    hn_wa_courier="현지 배송기사가 배송 시간 때문에 {app}로 연락할 수도 있는데 괜찮으세요?",
    hn_pi="견적 송장(PI) 발행을 위해 회사명, 주소, 전화번호, 이메일 보내주세요.",
    hn_nums="모델 {model}, HS코드 {hs}. 지난번 운송장 번호 {trk} 참고하세요.", hn_app="네, {brand}랑 연동돼요, 추가 비용 없어요.",
    hn_video="여기 알리바바 채팅에서 바로 영상통화로 공장 보여드릴 수 있어요.",
    hn_noshare="죄송해요, 여기서 WhatsApp은 못 드려요, 이 채팅에서 계속해요, 답장 빨라요.",
    hn_got="받았습니다, 요청하신 대로 견적 WhatsApp으로 보낼게요.",
)


# ----------------------------------------------------------------------------------------
# Contact tactics (off-platform lures), plain and evasive
# ----------------------------------------------------------------------------------------
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "zh": "零 幺 二 三 四 五 六 七 八 九".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "ar": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "hi": "शून्य एक दो तीन चार पांच छह सात आठ नौ".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(),
    "ja": "ゼロ いち に さん よん ご ろく なな はち きゅう".split(),
    "ko": "공 일 이 삼 사 오 육 칠 팔 구".split(),
}
AT_DOT = {"en": ("at", "dot"), "zh": ("艾特", "点"), "es": ("arroba", "punto"), "pt": ("arroba", "ponto"), "fr": ("arobase", "point"),
          "de": ("ät", "punkt"), "it": ("chiocciola", "punto"), "ru": ("собака", "точка"), "tr": ("et", "nokta"), "ar": ("آت", "دوت"),
          "hi": ("एट", "डॉट"), "id": ("et", "titik"), "vi": ("a còng", "chấm"), "th": ("แอท", "ดอท"), "ja": ("アット", "ドット"),
          "ko": ("골뱅이", "점")}
APP_SLANG = {
    "en": ["whatsap", "W/A", "wats app", "whtsapp", "the green app"], "zh": ["vx", "V信", "薇信", "威信", "绿泡泡", "企鹅", "扣扣", "飞机"],
    "es": ["wasap", "wsp", "guasap", "whats"], "pt": ["zap", "zapzap", "wpp", "whats"], "fr": ["wtsp", "watsap", "whatsap"],
    "de": ["WA", "Whatsi", "Telegramm"], "it": ["wapp", "whatsapp (wa)", "telegr."], "ru": ["вотсап", "ватсап", "телега", "ТГ", "вайбер"],
    "tr": ["vatsap", "wp", "whatsap", "telgram"], "ar": ["واتس", "الواتس", "واتساب", "تيليجرام"], "hi": ["व्हाट्सएप", "वॉट्सऐप", "WA"],
    "id": ["WA", "wa", "whatsapp (wa)", "tele"], "vi": ["zalo", "dalo", "Zl", "zaloo"], "th": ["ไลน์", "ไอดีไลน์", "วอทแอป"],
    "ja": ["ライン", "ワッツアップ", "ウィーチャット"], "ko": ["카톡", "카카오", "왓츠앱", "텔레"],
}
EMAIL_WORD = {"en": "e-mail", "zh": "邮箱", "es": "correo", "pt": "e-mail", "fr": "e-mail", "de": "E-Mail", "it": "email", "ru": "почта",
              "tr": "e-posta", "ar": "الإيميل", "hi": "ईमेल", "id": "email", "vi": "email", "th": "อีเมล", "ja": "メール", "ko": "이메일"}
LOCAL_APP = {"zh": ("QQ", "qq"), "ja": ("LINE", "id"), "ko": ("카카오톡", "id"), "th": ("LINE", "id"), "vi": ("Zalo", "phone"),
             "ru": ("Telegram", "tg"), "id": ("WA", "phone"), "tr": ("Telegram", "tg"), "ar": ("IMO", "phone"), "hi": ("Signal", "phone"),
             "en": ("Skype", "skype"), "es": ("Telegram", "tg"), "pt": ("Telegram", "tg"), "fr": ("Viber", "phone"),
             "de": ("Signal", "phone"), "it": ("Viber", "phone")}
CC = {"tr": ("90", "5", 9), "hi": ("91", "9", 9), "id": ("62", "8", 10), "vi": ("84", "9", 8), "th": ("66", "8", 8)}
SELLER_NAMES = {
    "tr": ["Mehmet Yılmaz", "Ayşe Demir"], "hi": ["Rahul Sharma", "Priya Nair"], "id": ["Dewi Lestari", "Andi Pratama"],
    "vi": ["Nguyễn Minh Anh", "Trần Quốc Huy"], "th": ["Somchai K.", "Napat S."],
}
CN_NAMES = ["Lily Chen", "Bob Wang", "Sunny Xu", "Coco Li", "Jason Zhou", "Amy Liu", "Kevin Huang", "Tina Guo", "Jack Ma Lin",
            "Grace Zhang", "Leo Sun", "Nina He", "Eric Tang", "Vivian Luo", "Frank Yu", "Cindy Zhao"]
MAILS = ["gmail.com", "163.com", "qq.com", "outlook.com", "hotmail.com", "126.com", "yahoo.com", "foxmail.com"]
FULLW = "０１２３４５６７８９"
BOLD = "".join(chr(0x1D7CE + i) for i in range(10))
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
CN_CAPITAL = "零壹贰叁肆伍陆柒捌玖"
HOMO = {"WhatsApp": "WhаtsАpp", "WeChat": "WеChаt", "Skype": "Ѕkype", "Telegram": "Теlеgram"}


class Seller:
    """A seller persona used in one conversation."""
    def __init__(self, lang, r, merchant):
        self.lang = lang
        self.name = r.choice(SELLER_NAMES.get(lang, CN_NAMES))
        first, last = self.name.replace(".", "").split()[:2]
        self.handle = ("%s_%s%d" % (first.lower(), last.lower()[:4], r.randint(10, 99))).replace("ş", "s").replace("ễ", "e")
        self.handle = re.sub(r"[^a-z0-9_]", "", self.handle) or "sales%d" % r.randint(10, 99)
        cc, lead, n = CC.get(lang, ("86", None, 10))
        if cc == "86":
            nat = "1" + r.choice("35789") + "".join(r.choice("0123456789") for _ in range(9))
        else:
            nat = lead + "".join(r.choice("0123456789") for _ in range(n))
        self.cc, self.nat = cc, nat
        self.email = "%s@%s" % (self.handle.replace("_", "."), r.choice(MAILS if lang != "ru" else ["mail.ru", "yandex.ru", "gmail.com"]))
        self.slug = MERCHANTS[merchant]["slug"]
        self.site = "www.%s-%s.com" % (self.slug, MERCHANTS[merchant]["cat"].split("-")[0])

    def phone_plain(self):
        n = self.nat
        if self.cc == "86":
            return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
        return "+%s %s %s %s" % (self.cc, n[:3], n[3:6], n[6:])

    def digits(self):
        return self.cc + self.nat


def tactic_contact(t, s, r):
    """Return (app, contact, description, evasive) for tactic t."""
    lang = s.lang
    d = s.digits()
    if t == "wa_phone":
        return "WhatsApp", s.phone_plain(), "WhatsApp number written plainly", False
    if t == "wechat_id":
        return ("微信" if lang == "zh" else "WeChat"), s.handle, "WeChat ID written plainly", False
    if t == "multi":
        return "WeChat/WhatsApp", s.phone_plain(), "combined WeChat/WhatsApp number (seed style)", False
    if t == "email_plain":
        return EMAIL_WORD[lang], s.email, "personal e-mail written plainly", False
    if t == "skype":
        return "Skype", "live:.cid.%s" % hashlib.sha1(s.handle.encode()).hexdigest()[:12], "Skype ID", False
    if t == "telegram":
        return "Telegram", "@" + s.handle, "Telegram handle", False
    if t == "local_app":
        app, kind = LOCAL_APP[lang]
        c = {"qq": str(r.randint(100000000, 3999999999)), "id": s.handle, "phone": s.phone_plain(), "tg": "@" + s.handle,
             "skype": "live:.cid.%s" % hashlib.sha1(s.handle.encode()).hexdigest()[:12]}[kind]
        return app, c, "local messenger %s" % app, False
    if t == "spaced":
        return "WhatsApp", "+" + " ".join(d), "digits separated by spaces", True
    if t == "punct":
        sep = r.choice(["_", ".", "/", "-"])
        return "WhatsApp", sep.join([d[:2], d[2:5], d[5:9], d[9:]]), "digits broken with punctuation", True
    if t == "words":
        w = DIGIT_WORDS[lang]
        return ("V" if lang == "zh" else "WhatsApp"), " ".join(w[int(x)] for x in d), "number spelled out as words", True
    if t == "fullwidth":
        return "WhatsApp", "＋" + to_digits(d, FULLW), "full-width digits", True
    if t == "keycap":
        return "WhatsApp", "".join(x + "\ufe0f\u20e3" for x in d), "emoji keycap digits", True
    if t == "native":
        table = NATIVE_DIGITS.get(lang) or {"zh": CN_CAPITAL, "ja": CIRCLED, "ko": CIRCLED}.get(lang, BOLD)
        return "WhatsApp", "+" + to_digits(d, table), "native/decorative digits", True
    if t == "letters":
        m = {"0": "O", "1": "l", "5": "S", "8": "B"}
        return "WhatsApp", "+" + "".join(m.get(x, x) if r.random() < 0.8 else x for x in d), "letters substituted for digits", True
    if t == "zwsp":
        return "WhatsApp", "+" + "\u200b".join(d), "zero-width spaces inside the number", True
    if t == "mixed":
        w = DIGIT_WORDS[lang]
        parts = [d[:2], d[2:5], d[5:9], d[9:]]
        out = [(" ".join(w[int(x)] for x in p) if i % 2 else p) for i, p in enumerate(parts)]
        return "WhatsApp", " ".join(out), "number mixing digits and words", True
    if t == "bold":
        return "WhatsApp", "+" + to_digits(d, BOLD), "mathematical bold digits", True
    if t == "circled":
        return "WhatsApp", to_digits(d, CIRCLED), "circled digits", True
    if t == "slang_num":
        return r.choice(APP_SLANG[lang]), " ".join([d[:2], d[2:5], d[5:9], d[9:]]), "slang/misspelt app name with number", True
    if t == "slang_id":
        return r.choice(APP_SLANG[lang]), s.handle, "slang/misspelt app name with ID", True
    if t == "homoglyph":
        app = r.choice(list(HOMO))
        c = s.handle if app in ("WeChat", "Skype") else s.phone_plain()
        return HOMO[app], c, "app name written with Cyrillic look-alike letters", True
    if t == "email_obf":
        at, dot = AT_DOT[lang]
        user, dom = s.email.split("@")
        dom1, dom2 = dom.rsplit(".", 1)
        style = r.choice(["words", "brackets", "fullwidth", "hash"])
        if style == "words":
            c = "%s %s %s %s %s" % (user, at, dom1, dot, dom2)
        elif style == "brackets":
            c = "%s[at]%s[.]%s" % (user, dom1, dom2)
        elif style == "fullwidth":
            c = "%s＠%s．%s" % (user, dom1, dom2)
        else:
            c = "%s#%s.%s (# = @)" % (user, dom1, dom2)
        return EMAIL_WORD[lang], c, "obfuscated e-mail (%s)" % style, True
    if t == "link":
        style = r.choice(["wa.me", "api", "t.me", "short", "mme"])
        if lang == "ja" or lang == "th":
            style = "line"
        elif lang == "ko":
            style = "kakao"
        elif lang == "vi":
            style = "zalo"
        c = {"wa.me": "wa.me/%s" % d, "api": "https://api.whatsapp.com/send?phone=%s" % d, "t.me": "t.me/%s" % s.handle,
             "short": "bit.ly/%s" % hashlib.sha1(d.encode()).hexdigest()[:7], "line": "line.me/ti/p/~%s" % s.handle,
             "kakao": "open.kakao.com/o/s%s" % hashlib.sha1(d.encode()).hexdigest()[:6], "zalo": "zalo.me/%s" % d,
             "mme": "m.me/%s.factory" % s.slug}[style]
        app = {"wa.me": "WhatsApp", "api": "WhatsApp", "t.me": "Telegram", "short": "chat link", "line": "LINE", "kakao": "카카오톡",
               "zalo": "Zalo", "mme": "Messenger"}[style]
        return app, c, "deep link (%s)" % style, True
    if t == "reversed":
        return "WhatsApp", d[::-1], "number written backwards", True
    raise ValueError(t)


# ----------------------------------------------------------------------------------------
# Conversations
# ----------------------------------------------------------------------------------------
MSGS = []            # message events in output order
LABELS_M = {}
MMETA = {}           # message_id -> meta (for validation)
CONVS = []           # list of conversation dicts
_cr = random.Random(SEED + 3)
_mcount = [0]
_ccount = [0]
_bcount = [0]
R2_TACTICS = ["spaced", "punct", "words", "fullwidth", "keycap", "native", "letters", "zwsp", "mixed", "bold", "circled", "slang_num"]
R5_TACTICS = ["email_obf", "link", "qr", "search", "site", "reversed", "slang_id", "homoglyph"]
R6_SINGLE = ["link", "site", "qr", "email_obf", "search", "slang_num", "homoglyph", "link"]
R1_TACTICS = ["wa_phone", "wechat_id", "email_plain", "multi", "local_app", "telegram", "skype", "wa_phone"]
SEARCH_APPS = ["Facebook", "LinkedIn", "Instagram", "TikTok"]
BRANDS = {"solar-street-lights": "Tuya Smart app", "lifepo4-batteries": "Bluetooth BMS app"}
OP_REPEAT = ["RM-5003", "RM-5047"]   # repeat offenders (penalty ladder)


class Conv:
    def __init__(self, lang, r, merchant=None, channel="chat", kind_note=""):
        _ccount[0] += 1
        self.cid = "RC-%d" % (6000 + _ccount[0])
        self.lang = lang
        self.r = r
        if merchant is None:
            merchant = r.choice(sorted(MERCHANTS))
        self.merchant = merchant
        self.cat = CAT[MERCHANTS[merchant]["cat"]]
        _bcount[0] += 1
        self.buyer = "RB-%d" % (7000 + r.randint(1, 420))
        self.channel = channel
        self.t = datetime.datetime(2026, 11, 1) + datetime.timedelta(seconds=r.randint(0, 33 * 86400))
        self.msgs = []
        self.seller = Seller(lang, r, merchant)
        V = self.cat["variants"][r.randrange(len(self.cat["variants"]))]
        self.price = nice_price(math.exp(r.uniform(math.log(V[1]), math.log(V[2]))))
        self.n = r.choice(self.cat["moqs"])
        self.u = LD[lang]["u"][self.cat["unit"]]
        self.p = self.cat["short"]
        CONVS.append(self)

    def fmt(self, tpl, **kw):
        base = dict(p=self.p, n=fmt_n(self.n), u=self.u, price=fmt_n(self.price),
                    country=self.r.choice(M[self.lang]["countries"]), d=self.r.choice([7, 10, 15, 20, 25, 30]),
                    x=fmt_n(nice_price(self.price * 1.8 + 25)))
        base.update(kw)
        return tpl.format(**base)

    def add(self, sender, text, expect=(), allow=(), note="", kind="text", stage="none", channel=None, gap=None, meta=None):
        _mcount[0] += 1
        mid = "RMSG-%d" % (900000 + _mcount[0])
        if gap is None:
            gap = self.r.randint(60, 4 * 3600)
        if self.msgs:
            self.t = self.t + datetime.timedelta(seconds=gap)
        ev = {"schema": "message.v1", "event_id": eid("message", mid), "message_id": mid, "conversation_id": self.cid,
              "merchant_id": self.merchant, "buyer_id": self.buyer, "sender": sender, "channel": channel or self.channel,
              "kind": kind, "text": text, "order_stage": stage, "sent_at": ts(self.t)}
        self.msgs.append(ev)
        LABELS_M[mid] = {"subject": "message", "subject_id": mid, "expect": list(expect), "allow": list(allow),
                         "note": note + "; lang=" + self.lang}
        MMETA[mid] = dict(meta or {}, lang=self.lang)
        return mid

    def buyer_says(self, key, stage="none", note=None, meta=None, **kw):
        tpl = self.r.choice(M[self.lang][key])
        return self.add("buyer", self.fmt(tpl, **kw), note="buyer: " + (note or key[2:]), stage=stage, meta=dict(meta or {}, bkey=key))

    def seller_clean(self, key, stage="none", kind="text", **kw):
        return self.add("seller", self.fmt(M[self.lang][key], **kw), note="clean: seller " + key[2:], stage=stage, kind=kind)

    def seller_op(self, text, tactic, evasive, kind="text", stage="none", also=(), gap=None):
        ev = "evasive" if evasive else "plain"
        return self.add("seller", text, expect=[OP] + list(also), note="offplatform: %s (%s)" % (tactic, ev), kind=kind,
                        stage=stage, gap=gap, meta=dict(evasive=evasive, tactic=tactic))

    def seller_ta(self, key, tactic, also=(), unprompted=False, **kw):
        return self.add("seller", self.fmt(M[self.lang][key], **kw), expect=[TA] + list(also),
                        note="trade_assurance_refusal: %s%s" % (tactic, " (unprompted)" if unprompted else ""),
                        meta=dict(tactic=tactic, unprompted=unprompted))

    def seller_hn(self, text, code, reason, allow=(), stage="none", meta=None):
        return self.add("seller", text, allow=list(allow), note="hard negative for %s: %s" % (code, reason), stage=stage,
                        meta=dict(meta or {}, hn=code))


def op_text(conv, frame, tactic):
    s, r, L = conv.seller, conv.r, M[conv.lang]
    if tactic == "qr":
        return L["op_qr"], "QR code in a product photo", True
    if tactic == "search":
        h = "%s %s" % (s.slug.capitalize(), s.name.split()[0])
        return L["op_search"].format(h=h, app=r.choice(SEARCH_APPS)), "search my name on a social network", True
    if tactic == "site":
        url = s.site if r.random() < 0.5 else s.site.replace(".", " dot ")
        return L["op_site"].format(url=url), "own website / contact form", True
    if tactic == "reversed":
        app, c, desc, ev = tactic_contact("reversed", s, r)
        return L["op_rev"].format(app=app, c=c), desc, ev
    app, c, desc, ev = tactic_contact(tactic, s, r)
    if tactic == "email_plain" and frame == "op_add":
        frame = "op_photos"
    return L[frame].format(app=app, c=c, name=s.name), desc, ev


def build_conversations():
    r = _cr
    for i, lang in enumerate(LANGS):
        L = M[lang]

        def pick_merchant(op=False):
            if op and r.random() < 0.25:
                return OP_REPEAT[r.randrange(2)]
            return r.choice(sorted(MERCHANTS))

        # R1: buyer question, seller answers with a plain contact (seed example 1)
        c = Conv(lang, r, pick_merchant(True))
        c.buyer_says("b_ship")
        t = R1_TACTICS[i % len(R1_TACTICS)]
        txt, desc, ev = op_text(c, "op_add", t)
        c.seller_op(txt, desc, ev)

        # R2: auto-reply with an obfuscated number (seed example 2)
        c = Conv(lang, r, pick_merchant(True))
        c.buyer_says("b_price")
        t = R2_TACTICS[i % len(R2_TACTICS)]
        txt, desc, ev = op_text(c, "op_auto", t)
        c.seller_op(txt, "auto-reply, " + desc, ev, kind="auto_reply", gap=r.randint(2, 40))
        c.seller_clean("s_quote")

        # R3: inquiry reply plus signature block with contact (seed example 3)
        c = Conv(lang, r, pick_merchant(True), channel="inquiry" if i % 4 else "rfq")
        c.buyer_says("b_price")
        c.seller_clean("s_quote")
        t = ["email_plain", "homoglyph", "wa_phone", "email_obf"][i % 4]
        app, cc, desc, ev = tactic_contact(t, c.seller, r)
        c.seller_op(M[lang]["op_sig"].format(name=c.seller.name, app=app, c=cc), "signature block, " + desc, ev,
                    kind="signature", gap=r.randint(1, 5))

        # R4: seller asks for the buyer's handle (seed example 5)
        c = Conv(lang, r, pick_merchant(True))
        c.buyer_says("b_sample")
        if i % 2 == 0:
            app, desc, ev = ("微信" if lang == "zh" else r.choice(["WhatsApp", "WeChat", "Telegram"])), "asks for the buyer's messenger number", False
        else:
            app, desc, ev = r.choice(APP_SLANG[lang]), "asks for the buyer's messenger with slang app name", True
        c.seller_op(L["op_ask"].format(app=app), desc, ev)
        c.buyer_says("b_here")
        c.seller_clean("s_here")

        # R5: evasive lure after a normal quote (photos/videos, seed example 4)
        c = Conv(lang, r, pick_merchant(True))
        c.buyer_says("b_price")
        c.seller_clean("s_quote")
        t = R5_TACTICS[i % len(R5_TACTICS)]
        txt, desc, ev = op_text(c, "op_photos", t)
        c.seller_op(txt, desc, ev)

        # R6: split number over two messages (even) or a single evasive lure (odd)
        c = Conv(lang, r, pick_merchant(True))
        c.buyer_says("b_ship")
        if i % 2 == 0:
            d = c.seller.digits()
            cut = r.choice([5, 6, 7])
            app = r.choice(["WhatsApp", "WeChat", r.choice(APP_SLANG[lang])])
            c.seller_op(L["op_split1"].format(app=app, c=d[:cut]), "number split over two messages (part 1)", True)
            c.buyer_says("b_ok")
            c.seller_op(L["op_split2"].format(c=" ".join(d[cut:])), "number split over two messages (part 2)", True)
        else:
            t = R6_SINGLE[(i // 2) % len(R6_SINGLE)]
            txt, desc, ev = op_text(c, "op_photos", t)
            c.seller_op(txt, desc, ev)

        # R7: plain refusal (every 4th language unprompted)
        c = Conv(lang, r)
        if i % 4 == 0:
            c.buyer_says("b_price")
            c.seller_ta("ta_no", "refuses Trade Assurance, T/T only", unprompted=True)
        else:
            c.buyer_says("b_ta")
            c.seller_ta("ta_no", "refuses Trade Assurance, T/T only")

        # R8: TA only with extra fee / higher price
        c = Conv(lang, r)
        c.buyer_says("b_price")
        c.seller_clean("s_quote")
        c.buyer_says("b_ta")
        if i % 2 == 0:
            c.seller_ta("ta_fee", "TA only with an extra fee", pct=r.choice([3, 4, 5, 6, 8]))
        else:
            p1 = c.price
            c.seller_ta("ta_price", "higher unit price under TA", p1=fmt_n(p1), p2=fmt_n(nice_price(p1 * r.uniform(1.05, 1.12))))

        # R9: TA with more shipping / excuse (en, es, ru: excuse + personal PayPal e-mail)
        c = Conv(lang, r)
        c.buyer_says("b_ta")
        if lang in ("en", "es", "ru"):
            c.seller_ta("ta_excuse_c", "TA 'under maintenance', pay by PayPal to personal e-mail", also=[OP], c=c.seller.email)
        elif i % 2 == 0:
            c.seller_ta("ta_ship", "TA only with extra shipping", x=fmt_n(r.choice([30, 45, 60, 80, 120])))
        else:
            c.seller_ta("ta_excuse", "unreasonable excuse (TA quota full), asks for WU/PayPal")

        # R10: diversion with discount / deposit only / minimum amount
        c = Conv(lang, r, channel="rfq" if i % 2 == 0 else "chat")
        c.buyer_says("b_price")
        c.seller_clean("s_quote")
        c.buyer_says("b_ta")
        k = ["ta_disc", "ta_dep", "ta_min"][i % 3]
        desc = {"ta_disc": "discount for paying outside TA", "ta_dep": "TA only for the deposit, balance to a personal account",
                "ta_min": "TA only above a minimum order amount"}[k]
        c.seller_ta(k, desc, pct=r.choice([3, 5, 7, 10]), amt=r.choice([3000, 5000, 10000]))

        # R11: contact given because the buyer asked / buyer volunteers own contact
        c = Conv(lang, r)
        if i % 2 == 0:
            c.buyer_says("b_wa", meta=dict(asked=True))
            app = "微信" if lang == "zh" else "WhatsApp"
            cc = c.seller.handle if lang == "zh" else c.seller.phone_plain()
            c.seller_hn(M[lang]["hn_asked"].format(app=app, c=cc), OP, "contact given because the buyer asked for it", meta=dict(after_ask=True))
        else:
            b = Seller(lang, r, c.merchant)
            c.buyer_says("b_gives", c="+" + b.cc + " " + b.nat, meta=dict(asked=True))
            c.seller_hn(M[lang]["hn_got"], OP, "buyer volunteered own WhatsApp, seller replies there", meta=dict(after_ask=True))

        # R12: buyer asked for the e-mail three messages earlier
        c = Conv(lang, r, channel="site_message" if i % 3 == 0 else "chat")
        c.buyer_says("b_mail", meta=dict(asked=True))
        c.seller_clean("s_quote")
        c.buyer_says("b_sample")
        c.seller_hn(M[lang]["hn_late"].format(c=c.seller.email), OP, "e-mail given for the buyer's earlier request", meta=dict(after_ask=True))

        # R13: order / logistics paperwork
        c = Conv(lang, r)
        if i % 4 == 3:
            c.buyer_says("b_buy")
            c.seller_hn(M[lang]["hn_pi"], OP, "asks phone and e-mail for the proforma invoice (payment paperwork)", meta=dict(paperwork=True))
            c.buyer_says("b_ok")
            c.seller_clean("s_lead")
        else:
            c.buyer_says("b_ordered", stage="ordered")
            c.seller_hn(M[lang]["hn_phone"], OP, "asks receiver phone for the courier after the order", stage="ordered", meta=dict(paperwork=True))
            c.buyer_says("b_where", stage="shipping")
            if i % 4 == 2:
                app = r.choice(["WhatsApp", "Viber", "LINE"] if lang in ("th", "ja") else ["WhatsApp", "Viber"])
                c.add("seller", M[lang]["hn_wa_courier"].format(app=app), allow=[OP], stage="shipping",
                      note="ambiguous: courier may contact the buyer on %s during delivery" % app, meta=dict(paperwork=True, hn=OP))
            else:
                c.seller_hn(M[lang]["hn_email"], OP, "asks e-mail for B/L and packing list while shipping", stage="shipping",
                            meta=dict(paperwork=True))

        # R14: Trade Assurance accepted
        c = Conv(lang, r)
        c.buyer_says("b_ta")
        if i % 4 == 1:
            c.add("seller", M[lang]["hn_bankfee"], allow=[TA], note="ambiguous: accepts TA, mentions the buyer's own bank fee",
                  meta=dict(hn=TA))
        else:
            c.seller_hn(M[lang]["hn_ta_ok" if i % 2 == 0 else "hn_ta_ok2"], TA, "seller positively accepts Trade Assurance")
        c.buyer_says("b_ok")
        c.seller_clean("s_lead")

        # R15: benign numbers, apps and video call
        c = Conv(lang, r)
        c.buyer_says("b_price")
        model = "%s-%s-%s" % (c.seller.slug[:2].upper(), r.randint(1000, 9999), r.randint(1000, 9999))
        hs = {"office-chairs": "9401.31", "cotton-tshirts": "6109.10", "lifepo4-batteries": "8507.60", "rice": "1006.30",
              "pvc-pipes": "3917.23", "curtain-fabric": "5407.61", "ceramic-mugs": "6912.00", "laptop-bags": "4202.92",
              "solar-street-lights": "9405.42"}[c.cat["id"]]
        trk = r.choice(["SF %d %d %d" % (r.randint(1000, 9999), r.randint(1000, 9999), r.randint(1000, 9999)),
                        "1Z%dX%d" % (r.randint(100000, 999999), r.randint(10000000, 99999999)),
                        "%d %d %d" % (r.randint(1000, 9999), r.randint(1000, 9999), r.randint(1000, 9999))])
        c.seller_hn(M[lang]["hn_nums"].format(model=model, hs=hs, trk=trk), OP, "model number, HS code and tracking number that look like phone numbers")
        c.buyer_says("b_spec")
        if c.cat["id"] in BRANDS:
            c.seller_hn(M[lang]["hn_app"].format(brand=BRANDS[c.cat["id"]]), OP, "app named as a product feature")
        else:
            c.seller_hn(M[lang]["hn_video"], OP, "video call inside the platform chat")

        # R16: plain clean negotiation
        c = Conv(lang, r)
        c.buyer_says("b_price")
        c.seller_clean("s_quote")
        c.buyer_says("b_sample")
        c.seller_clean("s_sample")

        # R17: buyer proposes WhatsApp, seller declines and stays on platform
        c = Conv(lang, r)
        c.buyer_says("b_waprop", meta=dict(asked=True))
        c.seller_hn(M[lang]["hn_noshare"], OP, "seller names WhatsApp only to decline it")

    CONVS.sort(key=lambda cv: (cv.msgs[0]["sent_at"], cv.cid))
    for cv in CONVS:
        MSGS.extend(cv.msgs)


# ----------------------------------------------------------------------------------------
# Orders and complaints
# ----------------------------------------------------------------------------------------
ORDERS = []
LABELS_O = {}
OMETA = {}
COMPLAINTS = []


def build_orders():
    r = random.Random(SEED + 4)
    bg = [l for l in LISTINGS if LMETA[l["listing_id"]]["role"] == "background"]
    paid = [l for l in bg if l["shipping"][0]["fee"] > 0]
    free = [l for l in bg if l["shipping"][0]["fee"] == 0]
    picks = r.sample(paid, 26)
    fr = r.sample(free, 3)
    infl = [l for l in LISTINGS if LMETA[l["listing_id"]].get("code") == "inflated_shipping" and LMETA[l["listing_id"]]["role"] == "violation"]
    plan = [
        ("over", "fuel surcharge", "pct", 0.07), ("over", "remote area surcharge", "pct", 0.18),
        ("over", "peak season surcharge", "pct", 0.35), ("over", "freight re-quoted after payment", "mult", 2.0),
        ("over", "dangerous-goods handling fee added to freight", "add", 60.0), ("over", "customs clearance fee added to freight", "add", 120.0),
        ("over", "port congestion surcharge", "mult", 1.5), ("over", "repacking onto pallets billed as shipping", "add", 85.0),
        ("over", "switched from sea to air without consent", "mult", 4.2), ("over", "insurance added to shipping", "pct", 0.03),
        ("over", "charged per carton instead of per order", "mult", 12.0), ("over", "currency conversion rounding up", "pct", 0.012),
        ("tiny", "rounding difference", "add", 0.01), ("tiny", "rounding difference", "add", 0.07), ("tiny", "bank rounding", "add", 0.30),
        ("equal", "charged as quoted", "add", 0.0), ("equal", "charged as quoted", "add", 0.0), ("equal", "charged as quoted", "add", 0.0),
        ("equal", "charged as quoted", "add", 0.0), ("equal", "charged as quoted", "add", 0.0), ("equal", "charged as quoted", "add", 0.0),
        ("equal", "charged as quoted", "add", 0.0), ("below", "seller gave a freight discount", "pct", -0.15),
        ("below", "consolidated with another order, cheaper", "add", -10.0), ("below", "seller waived the shipping", "waive", 0.0),
        ("equal", "charged as quoted (large order)", "add", 0.0),
    ]
    items = list(zip(picks, plan))
    items.append((fr[0], ("free_over", "free-shipping listing but freight billed", "abs", 45.0)))
    items.append((fr[1], ("free_kept", "free shipping kept free", "add", 0.0)))
    items.append((fr[2], ("free_kept", "free shipping kept free", "add", 0.0)))
    items.append((infl[2], ("infl_exact", "listing has inflated shipping but the order is charged exactly the quote", "add", 0.0)))
    r.shuffle(items)
    t0 = datetime.datetime(2026, 11, 3)
    times = sorted(t0 + datetime.timedelta(seconds=r.randint(0, 22 * 86400)) for _ in items)
    for i, (l, (kind, name, op, val)) in enumerate(items):
        oid = "RO-%d" % (80001 + i)
        opt = l["shipping"][0]
        k = r.randint(1, 4)
        if op == "pct" and opt["fee"] * k < 100:
            k = int(math.ceil(100.0 / opt["fee"]))
        if kind in ("equal",) and "large" in name:
            k = 10
        qty = opt["for_qty"] * k
        quoted = r2(opt["fee"] * k)
        if op == "pct":
            charged = r2(quoted * (1 + val))
        elif op == "mult":
            charged = r2(quoted * val)
        elif op == "add":
            charged = r2(quoted + val)
        elif op == "waive":
            charged = 0.0
        elif op == "abs":
            charged = r2(val)
        if kind == "below" and op == "add":
            charged = r2(max(0.0, quoted + val))
        placed = max(times[i], datetime.datetime.strptime(l["updated_at"], "%Y-%m-%dT%H:%M:%SZ") + datetime.timedelta(days=1))
        ev = {"schema": "order.v1", "event_id": eid("order", oid), "order_id": oid, "listing_id": l["listing_id"],
              "merchant_id": l["merchant_id"], "buyer_id": "RB-%d" % (7000 + r.randint(1, 420)), "quantity": qty, "currency": "USD",
              "quoted_shipping_fee": quoted, "charged_shipping_fee": charged, "trade_assurance": r.random() < 0.8, "placed_at": ts(placed)}
        ORDERS.append(ev)
        OMETA[oid] = dict(kind=kind)
        if kind in ("over", "free_over"):
            lab = dict(expect=["shipping_overcharge"], allow=[],
                       note="shipping_overcharge: %s (quoted %.2f, charged %.2f)" % (name, quoted, charged))
        elif kind == "tiny":
            lab = dict(expect=[], allow=["shipping_overcharge"], note="ambiguous: %s (+%.2f)" % (name, charged - quoted))
        else:
            lab = dict(expect=[], allow=[], note="clean: %s (quoted %.2f, charged %.2f)" % (name, quoted, charged))
        LABELS_O[oid] = dict(subject="order", subject_id=oid, **lab)
    ORDERS.sort(key=lambda e: (e["placed_at"], e["order_id"]))


def build_complaints():
    r = random.Random(SEED + 5)

    def find(role, code, idx):
        xs = [l for l in LISTINGS if LMETA[l["listing_id"]]["role"] == role and LMETA[l["listing_id"]].get("code") == code]
        return xs[idx]

    plan = [
        (find("violation", "fake_price_tier", 0), "fake_price_tier", "pre_payment", True),
        (find("violation", "off_market_price", 0), "off_market_price", "inquiry", True),
        (find("violation", "inflated_shipping", 0), "inflated_shipping", "pre_payment", True),
        (find("violation", "abused_sku", 1), "abused_sku", "post_payment", True),
        (find("violation", "false_moq", 2), "false_moq", "pre_payment", True),
        (find("violation", "false_moq", 6), "false_moq", "inquiry", True),
        (find("hard_negative", "inflated_shipping", 0), "inflated_shipping", "post_payment", False),
        (find("hard_negative", "fake_price_tier", 1), "fake_price_tier", "pre_payment", False),
        (find("hard_negative", "false_moq", 2), "false_moq", "inquiry", False),
        (find("hard_negative", "abused_sku", 4), "abused_sku", "pre_payment", False),
    ]
    # message-code complaints: carry one of the merchant's clean background listings
    op_m = OP_REPEAT[0]
    own = [l for l in LISTINGS if l["merchant_id"] == op_m and LMETA[l["listing_id"]]["role"] == "background"]
    plan.append((own[0], OP, "inquiry", True))
    ta_ok = [cv.merchant for cv in CONVS if any(LABELS_M[m["message_id"]]["note"].startswith("hard negative for " + TA) for m in cv.msgs)]
    for m in ta_ok:
        if not any(LABELS_M[x["message_id"]]["expect"] and TA in LABELS_M[x["message_id"]]["expect"]
                   for cv in CONVS if cv.merchant == m for x in cv.msgs):
            own = [l for l in LISTINGS if l["merchant_id"] == m and LMETA[l["listing_id"]]["role"] == "background"]
            if own:
                plan.append((own[0], TA, "pre_payment", False))
                break
    t0 = datetime.datetime(2026, 11, 26)
    for i, (l, claim, stage, ver) in enumerate(plan):
        cp = "RCP-%d" % (9001 + i)
        COMPLAINTS.append({"schema": "complaint.v1", "event_id": eid("complaint", cp), "complaint_id": cp,
                           "merchant_id": l["merchant_id"], "listing_id": l["listing_id"],
                           "buyer_id": "RB-%d" % (7000 + r.randint(1, 420)), "stage": stage, "claim": claim, "verified": ver,
                           "reviewed_at": ts(t0 + datetime.timedelta(seconds=r.randint(0, 7 * 86400)))})


# ----------------------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------------------
def dumps(o):
    return json.dumps(o, ensure_ascii=False)


def write_all():
    with open(EVENTS, "w", encoding="utf-8", newline="\n") as f:
        for ev in LISTINGS + ORDERS + COMPLAINTS + MSGS:
            f.write(dumps(ev) + "\n")
    with open(LABELS, "w", encoding="utf-8", newline="\n") as f:
        for ev in LISTINGS:
            f.write(dumps(LABELS_L[ev["listing_id"]]) + "\n")
        for ev in ORDERS:
            f.write(dumps(LABELS_O[ev["order_id"]]) + "\n")
        for ev in MSGS:
            f.write(dumps(LABELS_M[ev["message_id"]]) + "\n")


# ----------------------------------------------------------------------------------------
# Validation (on the files as read back)
# ----------------------------------------------------------------------------------------
LISTING_KEYS = ["schema", "event_id", "op", "listing_id", "version", "merchant_id", "category_id", "category_path", "title",
                "description", "currency", "unit", "moq", "price_tiers", "price_range", "skus", "shipping", "customization",
                "sample_price", "updated_at"]
ORDER_KEYS = ["schema", "event_id", "order_id", "listing_id", "merchant_id", "buyer_id", "quantity", "currency",
              "quoted_shipping_fee", "charged_shipping_fee", "trade_assurance", "placed_at"]
COMPLAINT_KEYS = ["schema", "event_id", "complaint_id", "merchant_id", "listing_id", "buyer_id", "stage", "claim", "verified", "reviewed_at"]
MESSAGE_KEYS = ["schema", "event_id", "message_id", "conversation_id", "merchant_id", "buyer_id", "sender", "channel", "kind", "text",
                "order_stage", "sent_at"]
LABEL_KEYS = ["subject", "subject_id", "expect", "allow", "note"]
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
DECOY_WORDS = ["sample", "hook", "差价", "礼品盒", "感谢卡", "repuesto", "tornillos", "1Ah", "Клемма", "différence", "Frais de port",
               "Etikett", "Container", "عينة", "وصلة", "お試し", "रिमोट", "कवर", "Potongan", "Tali", "fermuar", "Toz", "묶음", "컨테이너"]


class Checker:
    def __init__(self):
        self.errors = []

    def fail(self, msg):
        if len(self.errors) < 60:
            self.errors.append(msg)
        else:
            self.errors.append("...")

    def ok(self, cond, msg):
        if not cond:
            self.fail(msg)
        return cond


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_time(s):
    if not isinstance(s, str) or not RFC3339.match(s):
        return False
    try:
        datetime.datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")
        return True
    except ValueError:
        return False


def bait_ratio(ev):
    tp = [t["unit_price"] for t in ev["price_tiers"]]
    best = 1.0
    for i, p in enumerate(tp):
        others = tp[:i] + tp[i + 1:]
        if others:
            best = min(best, p / median(others))
    if ev["price_range"] and ev["skus"]:
        best = min(best, ev["price_range"]["min"] / min(s["unit_price"] for s in ev["skus"]))
    return best


def validate():
    ck = Checker()
    events = [json.loads(x) for x in open(EVENTS, encoding="utf-8")]
    labels = [json.loads(x) for x in open(LABELS, encoding="utf-8")]
    # ---- shape and order ----
    order = {"listing.v1": 0, "order.v1": 1, "complaint.v1": 2, "message.v1": 3}
    last = -1
    eids = set()
    ids = set()
    for ev in events:
        sc = ev.get("schema")
        if not ck.ok(sc in order, "unknown schema %r" % sc):
            continue
        ck.ok(order[sc] >= last, "event order broken at %s" % ev.get("event_id"))
        last = max(last, order[sc])
        ck.ok(isinstance(ev["event_id"], str) and ev["event_id"].startswith("b5-") and ev["event_id"] not in eids,
              "bad/duplicate event_id %s" % ev["event_id"])
        eids.add(ev["event_id"])
    L = [e for e in events if e["schema"] == "listing.v1"]
    O = [e for e in events if e["schema"] == "order.v1"]
    C = [e for e in events if e["schema"] == "complaint.v1"]
    Ms = [e for e in events if e["schema"] == "message.v1"]
    lmap = {}
    for ev in L:
        lid = ev.get("listing_id")
        ck.ok(list(ev) == LISTING_KEYS, "listing %s field order" % lid)
        ck.ok(ev["op"] == "upsert" and isinstance(ev["version"], int) and ev["version"] >= 1, "listing %s op/version" % lid)
        ck.ok(lid.startswith("RL-") and lid not in ids, "listing id %s" % lid)
        ids.add(lid)
        lmap[lid] = ev
        ck.ok(ev["merchant_id"].startswith("RM-") and ev["merchant_id"] in MERCHANTS, "listing %s merchant" % lid)
        ck.ok(ev["category_id"] in CAT and ev["category_path"] == CAT[ev["category_id"]]["path"], "listing %s category" % lid)
        ck.ok(ev["unit"] == CAT[ev["category_id"]]["unit"], "listing %s unit" % lid)
        ck.ok(ev["currency"] == "USD", "listing %s currency" % lid)
        ck.ok(isinstance(ev["title"], str) and ev["title"] and isinstance(ev["description"], str) and ev["description"], "listing %s text" % lid)
        ck.ok(is_num(ev["moq"]) and ev["moq"] > 0, "listing %s moq" % lid)
        tq = [t["min_qty"] for t in ev["price_tiers"]]
        for t in ev["price_tiers"]:
            ck.ok(list(t) == ["min_qty", "unit_price"] and is_num(t["min_qty"]) and is_num(t["unit_price"]) and t["unit_price"] > 0,
                  "listing %s tier shape" % lid)
        ck.ok(all(a < b for a, b in zip(tq, tq[1:])), "listing %s tiers not ascending" % lid)
        pr = ev["price_range"]
        ck.ok(pr is None or (list(pr) == ["min", "max"] and is_num(pr["min"]) and is_num(pr["max"]) and 0 < pr["min"] <= pr["max"]),
              "listing %s price_range" % lid)
        ck.ok(bool(ev["price_tiers"]) or pr is not None, "listing %s has neither tiers nor range" % lid)
        for s in ev["skus"]:
            ck.ok(list(s) == ["sku_id", "name", "unit_price", "attributes"] and is_num(s["unit_price"]) and s["unit_price"] > 0
                  and isinstance(s["attributes"], dict), "listing %s sku shape" % lid)
        ck.ok(len({s["sku_id"] for s in ev["skus"]}) == len(ev["skus"]), "listing %s sku ids" % lid)
        ck.ok(len(ev["shipping"]) >= 1, "listing %s no shipping" % lid)
        for s in ev["shipping"]:
            ck.ok(list(s) == ["method", "fee", "for_qty"] and is_num(s["fee"]) and s["fee"] >= 0 and is_num(s["for_qty"]) and s["for_qty"] > 0,
                  "listing %s shipping shape" % lid)
        for cu in ev["customization"]:
            ck.ok(list(cu) == ["option", "min_qty"] and is_num(cu["min_qty"]), "listing %s customization shape" % lid)
        ck.ok(ev["sample_price"] is None or (is_num(ev["sample_price"]) and ev["sample_price"] > 0), "listing %s sample_price" % lid)
        ck.ok(is_time(ev["updated_at"]), "listing %s updated_at" % lid)
    omap = {}
    for ev in O:
        oid = ev.get("order_id")
        ck.ok(list(ev) == ORDER_KEYS, "order %s field order" % oid)
        ck.ok(oid.startswith("RO-") and oid not in ids, "order id %s" % oid)
        ids.add(oid)
        omap[oid] = ev
        l = lmap.get(ev["listing_id"])
        if ck.ok(l is not None, "order %s unknown listing" % oid):
            ck.ok(l["merchant_id"] == ev["merchant_id"], "order %s merchant mismatch" % oid)
            ck.ok(ev["placed_at"] > l["updated_at"], "order %s placed before listing update" % oid)
        ck.ok(ev["buyer_id"].startswith("RB-") and isinstance(ev["quantity"], int) and ev["quantity"] > 0, "order %s buyer/qty" % oid)
        ck.ok(ev["currency"] == "USD" and is_num(ev["quoted_shipping_fee"]) and is_num(ev["charged_shipping_fee"])
              and isinstance(ev["trade_assurance"], bool) and is_time(ev["placed_at"]), "order %s types" % oid)
    for ev in C:
        cid = ev.get("complaint_id")
        ck.ok(list(ev) == COMPLAINT_KEYS, "complaint %s field order" % cid)
        ck.ok(cid.startswith("RCP-") and cid not in ids, "complaint id %s" % cid)
        ids.add(cid)
        l = lmap.get(ev["listing_id"])
        if ck.ok(l is not None, "complaint %s unknown listing" % cid):
            ck.ok(l["merchant_id"] == ev["merchant_id"], "complaint %s merchant mismatch" % cid)
        ck.ok(ev["stage"] in ("inquiry", "pre_payment", "post_payment") and ev["claim"] in ALL_CODES and isinstance(ev["verified"], bool)
              and is_time(ev["reviewed_at"]) and ev["buyer_id"].startswith("RB-"), "complaint %s enums/types" % cid)
    mmap = {}
    conv_seen = []
    conv_last = {}
    for ev in Ms:
        mid = ev.get("message_id")
        ck.ok(list(ev) == MESSAGE_KEYS, "message %s field order" % mid)
        ck.ok(mid.startswith("RMSG-") and mid not in ids, "message id %s" % mid)
        ids.add(mid)
        mmap[mid] = ev
        ck.ok(ev["conversation_id"].startswith("RC-") and ev["merchant_id"] in MERCHANTS and ev["buyer_id"].startswith("RB-"),
              "message %s ids" % mid)
        ck.ok(ev["sender"] in ("seller", "buyer") and ev["channel"] in ("chat", "inquiry", "rfq", "site_message")
              and ev["kind"] in ("text", "auto_reply", "signature") and ev["order_stage"] in ("none", "ordered", "shipping"),
              "message %s enums" % mid)
        ck.ok(ev["sender"] == "seller" or ev["kind"] == "text", "message %s buyer with seller-only kind" % mid)
        ck.ok(isinstance(ev["text"], str) and ev["text"].strip() != "", "message %s empty text" % mid)
        ck.ok(is_time(ev["sent_at"]), "message %s sent_at" % mid)
        cv = ev["conversation_id"]
        if cv in conv_last:
            prev = conv_last[cv]
            ck.ok(conv_seen[-1] == cv, "conversation %s not contiguous" % cv)
            ck.ok(ev["sent_at"] > prev["sent_at"], "conversation %s time order at %s" % (cv, mid))
            ck.ok(ev["merchant_id"] == prev["merchant_id"] and ev["buyer_id"] == prev["buyer_id"], "conversation %s parties change" % cv)
        else:
            conv_seen.append(cv)
        conv_last[cv] = ev
    firsts = {}
    for ev in Ms:
        firsts.setdefault(ev["conversation_id"], ev["sent_at"])
    starts = [firsts[c] for c in conv_seen]
    ck.ok(starts == sorted(starts), "conversations not in time order")
    # ---- labels ----
    lab = {}
    for lb in labels:
        sid = lb.get("subject_id")
        ck.ok(list(lb) == LABEL_KEYS, "label %s field order" % sid)
        ck.ok(sid not in lab, "duplicate label %s" % sid)
        lab[sid] = lb
        subj = lb["subject"]
        valid = {"listing": LISTING_CODES, "order": ORDER_CODES, "message": MESSAGE_CODES}.get(subj)
        if not ck.ok(valid is not None, "label %s subject" % sid):
            continue
        ck.ok(all(c in valid for c in lb["expect"] + lb["allow"]), "label %s code invalid for subject" % sid)
        ck.ok(not set(lb["expect"]) & set(lb["allow"]), "label %s expect/allow overlap" % sid)
        ck.ok(len(set(lb["expect"])) == len(lb["expect"]), "label %s duplicate codes" % sid)
        ck.ok(isinstance(lb["note"], str) and "lang=" in lb["note"] if subj != "order" else isinstance(lb["note"], str), "label %s note" % sid)
        target = {"listing": lmap, "order": omap, "message": mmap}[subj]
        ck.ok(sid in target, "label %s has no subject" % sid)
    for d, name in ((lmap, "listing"), (omap, "order"), (mmap, "message")):
        for k in d:
            ck.ok(k in lab and lab[k]["subject"] == name, "%s %s lacks exactly one label" % (name, k))
    for ev in C:
        ck.ok(ev["complaint_id"] not in lab, "complaint %s labelled" % ev["complaint_id"])
    ck.ok(len(labels) == len(L) + len(O) + len(Ms), "label count mismatch")
    # ---- listing numbers ----
    for lid, ev in lmap.items():
        lb, meta = lab.get(lid), LMETA[lid]
        if lb is None:
            continue
        cat = CAT[ev["category_id"]]
        lo, hi = cat["band"]
        exp, alw = set(lb["expect"]), set(lb["allow"])
        clean = lambda c: c not in exp and c not in alw
        br = bait_ratio(ev)
        if "fake_price_tier" in exp:
            ck.ok(br <= 0.25, "listing %s fake_price_tier but bait ratio %.2f" % (lid, br))
        elif clean("fake_price_tier"):
            ck.ok(br >= 0.35, "listing %s clean for fake_price_tier but bait ratio %.2f" % (lid, br))
        med = median(unit_prices(ev))
        if "off_market_price" in exp:
            ck.ok(med <= lo / 4 or med >= hi * 3.5, "listing %s off_market_price but median %.2f in band" % (lid, med))
        elif clean("off_market_price"):
            ck.ok(lo / 2.5 <= med <= hi * 1.6, "listing %s clean for off_market_price but median %.2f" % (lid, med))
        ratios = [s["fee"] / express_model(cat, s["for_qty"]) for s in ev["shipping"]]
        if "inflated_shipping" in exp:
            ck.ok(min(ratios) >= 8 and med <= hi, "listing %s inflated_shipping but ratio %.1f" % (lid, min(ratios)))
        elif clean("inflated_shipping"):
            ck.ok(max(ratios) <= 2.5, "listing %s clean for inflated_shipping but ratio %.1f" % (lid, max(ratios)))
        if "abused_sku" in exp:
            real = [s["unit_price"] for s in ev["skus"] if s["name"] in meta.get("real", [])]
            dec = [s["unit_price"] for s in ev["skus"] if s["name"] in meta.get("decoys", [])]
            ck.ok(real and dec and all(p <= 0.2 * median(real) or p >= 5 * max(real) for p in dec),
                  "listing %s abused_sku decoys not far from real variants" % lid)
            if real and dec:
                ck.ok(ev["price_range"] == {"min": min(real + dec), "max": max(real + dec)}, "listing %s abused_sku range" % lid)
        elif clean("abused_sku") and ev["skus"]:
            ps = [s["unit_price"] for s in ev["skus"]]
            ck.ok(max(ps) / min(ps) <= 30, "listing %s clean for abused_sku but SKU spread %.1f" % (lid, max(ps) / min(ps)))
            ck.ok(not any(w.lower() in s["name"].lower() for s in ev["skus"] for w in DECOY_WORDS), "listing %s clean but decoy-like SKU" % lid)
        if clean("fake_price_tier") and ev["price_range"] and ev["skus"]:
            ps = [s["unit_price"] for s in ev["skus"]]
            ck.ok(ev["price_range"] == {"min": min(ps), "max": max(ps)}, "listing %s range does not match its SKUs" % lid)
        tiers = ev["price_tiers"]
        if "false_moq" in exp:
            ck.ok(meta["true_moq"] >= 5 * ev["moq"] and (not tiers or tiers[0]["min_qty"] != ev["moq"] or meta["true_moq"] != ev["moq"]),
                  "listing %s false_moq without a contradiction" % lid)
            if tiers and tiers[0]["min_qty"] != ev["moq"]:
                ck.ok(tiers[0]["min_qty"] == meta["true_moq"], "listing %s false_moq tier start" % lid)
        elif clean("false_moq"):
            ck.ok(meta["true_moq"] == ev["moq"] and (not tiers or tiers[0]["min_qty"] == ev["moq"]),
                  "listing %s clean for false_moq but MOQ inconsistent" % lid)
            ck.ok(all(cu["min_qty"] >= ev["moq"] for cu in ev["customization"]), "listing %s customization below MOQ" % lid)
            if ev["shipping"]:
                ck.ok(all(s["for_qty"] >= ev["moq"] for s in ev["shipping"]), "listing %s shipping below MOQ" % lid)
        ck.ok((meta["role"] == "violation") == bool(exp), "listing %s role/label mismatch" % lid)
        if meta["role"] == "violation":
            ck.ok(meta["code"] in exp, "listing %s violation code not expected" % lid)
        if meta["role"] == "hard_negative":
            ck.ok(lb["note"].startswith("hard negative for " + meta["code"]), "listing %s hard-negative note" % lid)
    # ---- order numbers ----
    for oid, ev in omap.items():
        lb = lab.get(oid)
        l = lmap.get(ev["listing_id"])
        if lb is None or l is None:
            continue
        okq = False
        for s in l["shipping"]:
            k = ev["quantity"] / s["for_qty"]
            if k == int(k) and abs(r2(s["fee"] * k) - ev["quoted_shipping_fee"]) < 0.005:
                okq = True
        ck.ok(okq, "order %s quoted fee does not follow the listing's shipping quote" % oid)
        diff = ev["charged_shipping_fee"] - ev["quoted_shipping_fee"]
        if "shipping_overcharge" in lb["expect"]:
            ck.ok(diff >= 0.5, "order %s overcharge label but diff %.2f" % (oid, diff))
        elif "shipping_overcharge" in lb["allow"]:
            ck.ok(0 < diff < 0.5, "order %s allowed overcharge but diff %.2f" % (oid, diff))
        else:
            ck.ok(diff <= 0, "order %s clean but charged above quote" % oid)
        ck.ok(ev["charged_shipping_fee"] >= 0, "order %s negative charge" % oid)
    # ---- complaints ----
    for ev in C:
        lb = lab.get(ev["listing_id"])
        if ev["claim"] in LISTING_CODES:
            if ev["verified"]:
                ck.ok(ev["claim"] in lb["expect"], "verified complaint %s on a listing not expecting %s" % (ev["complaint_id"], ev["claim"]))
            else:
                ck.ok(ev["claim"] not in lb["expect"], "unverified complaint %s on a violating listing" % ev["complaint_id"])
        elif ev["claim"] in MESSAGE_CODES:
            hits = [m for m in Ms if m["merchant_id"] == ev["merchant_id"] and ev["claim"] in lab[m["message_id"]]["expect"]]
            ck.ok(bool(hits) == ev["verified"], "complaint %s message-code verification mismatch" % ev["complaint_id"])
            ck.ok(not lb["expect"], "complaint %s message code on a violating listing" % ev["complaint_id"])
    # ---- message labels ----
    by_conv = defaultdict(list)
    for ev in Ms:
        by_conv[ev["conversation_id"]].append(ev)
    for cv, msgs in by_conv.items():
        ck.ok(any(m["sender"] == "buyer" for m in msgs), "conversation %s has no buyer turn" % cv)
        for i, m in enumerate(msgs):
            lb, meta = lab[m["message_id"]], MMETA[m["message_id"]]
            earlier = [MMETA[x["message_id"]] for x in msgs[:i] if x["sender"] == "buyer"]
            asked = any(e.get("asked") for e in earlier)
            if m["sender"] == "buyer":
                ck.ok(not lb["expect"] and not lb["allow"], "buyer message %s labelled" % m["message_id"])
                continue
            if OP in lb["expect"]:
                ck.ok(not asked, "message %s expects %s although the buyer asked" % (m["message_id"], OP))
                ck.ok(m["order_stage"] == "none", "message %s OP during an order" % m["message_id"])
            if TA in lb["expect"]:
                ck.ok(meta.get("unprompted") or any(e.get("bkey") == "b_ta" for e in earlier), "message %s TA refusal without a TA request" % m["message_id"])
            if meta.get("after_ask"):
                ck.ok(asked and not lb["expect"], "message %s after-ask hard negative without an ask" % m["message_id"])
            if meta.get("paperwork"):
                ck.ok(not lb["expect"] and (m["order_stage"] in ("ordered", "shipping") or m["text"] == M[meta["lang"]]["hn_pi"]), "message %s paperwork case not about an order" % m["message_id"])
    return ck, L, O, C, Ms, lab


# ----------------------------------------------------------------------------------------
# Summary and minimum counts
# ----------------------------------------------------------------------------------------
def summarize(ck, L, O, C, Ms, lab):
    print("Haili blind set 5  (SEED %d)" % SEED)
    print("events: %d  (listings %d, orders %d, complaints %d, messages %d in %d conversations)"
          % (len(L) + len(O) + len(C) + len(Ms), len(L), len(O), len(C), len(Ms), len({m["conversation_id"] for m in Ms})))
    roles = Counter(LMETA[l["listing_id"]]["role"] for l in L)
    print("listings: background %d, violations %d, hard negatives %d, clean share %.1f%%"
          % (roles["background"], roles["violation"], roles["hard_negative"],
             100.0 * sum(1 for l in L if not lab[l["listing_id"]]["expect"]) / len(L)))
    print()
    print("%-26s %6s %9s %6s" % ("code", "expect", "hard_neg", "allow"))
    per = {}
    for code in ALL_CODES:
        e = sum(1 for x in lab.values() if code in x["expect"])
        a = sum(1 for x in lab.values() if code in x["allow"])
        if code in LISTING_CODES:
            h = sum(1 for l in L if LMETA[l["listing_id"]]["role"] == "hard_negative" and LMETA[l["listing_id"]]["code"] == code)
        elif code == "shipping_overcharge":
            h = sum(1 for o in O if not lab[o["order_id"]]["expect"])
        else:
            h = sum(1 for m in Ms if MMETA[m["message_id"]].get("hn") == code)
        per[code] = (e, h, a)
        print("%-26s %6d %9d %6d" % (code, e, h, a))
    print()
    print("%-4s %5s %7s %5s %4s %4s %4s" % ("lang", "msgs", "seller", "buyer", "OP", "TA", "HN"))
    lang_rows = {}
    for lg in LANGS:
        ms = [m for m in Ms if MMETA[m["message_id"]]["lang"] == lg]
        op = sum(1 for m in ms if OP in lab[m["message_id"]]["expect"])
        ta = sum(1 for m in ms if TA in lab[m["message_id"]]["expect"])
        hn = sum(1 for m in ms if MMETA[m["message_id"]].get("hn"))
        sel = sum(1 for m in ms if m["sender"] == "seller")
        lang_rows[lg] = (len(ms), op, ta, hn)
        print("%-4s %5d %7d %5d %4d %4d %4d" % (lg, len(ms), sel, len(ms) - sel, op, ta, hn))
    opm = [m for m in Ms if OP in lab[m["message_id"]]["expect"]]
    ev_share = sum(1 for m in opm if MMETA[m["message_id"]].get("evasive")) / max(1, len(opm))
    print("offplatform evasive share: %.0f%% of %d" % (100 * ev_share, len(opm)))
    kinds = Counter((m["kind"], m["channel"]) for m in Ms if m["sender"] == "seller")
    print("seller message kinds/channels:", ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(kinds.items())))
    rep = Counter(m["merchant_id"] for m in opm)
    print("repeat offenders (offplatform messages):", ", ".join("%s=%d" % kv for kv in rep.most_common(3)))
    tac = Counter(re.sub(r" \((plain|evasive)\)$", "", lab[m["message_id"]]["note"].split(";")[0].split(": ", 1)[1]) for m in opm)
    print("offplatform tactics: %d distinct" % len(tac))
    tat = Counter(lab[m["message_id"]]["note"].split(";")[0].split(": ", 1)[1] for m in Ms if TA in lab[m["message_id"]]["expect"])
    print("trade_assurance_refusal tactics: %d distinct" % len(tat))
    # minimum counts
    total = len(L) + len(O) + len(C) + len(Ms)
    ck.ok(1000 <= total <= 1200, "total events %d outside 1000-1200" % total)
    ck.ok(len(L) >= 250, "too few listings")
    for code in LISTING_CODES:
        ck.ok(per[code][0] >= 10 and per[code][1] >= 5, "too few cases for %s" % code)
    ck.ok(len(O) >= 25 and per["shipping_overcharge"][0] >= 10, "too few orders/overcharges")
    ck.ok(len(C) >= 8 and any(c["verified"] for c in C) and any(not c["verified"] for c in C), "complaints")
    ck.ok(len(Ms) >= 700 and per[OP][0] >= 95 and per[TA][0] >= 55, "too few messages or message violations")
    ck.ok(sum(1 for m in Ms if MMETA[m["message_id"]].get("hn")) >= 120, "too few message hard negatives")
    ck.ok(ev_share >= 0.5, "less than half of offplatform messages are evasive")
    ck.ok(len(tac) >= 20 and len(tat) >= 8, "too few distinct tactics")
    for lg, (n, op, ta, hn) in lang_rows.items():
        ck.ok(n >= 40 and op >= 5 and ta >= 3 and hn >= 6, "language %s under-represented" % lg)
    for cat in CATS:
        n = sum(1 for l in L if l["category_id"] == cat["id"] and LMETA[l["listing_id"]]["role"] == "background")
        ck.ok(n >= 18, "category %s has %d background listings" % (cat["id"], n))


def main():
    build_background()
    build_fake_price_tier()
    build_off_market()
    build_inflated()
    build_abused_sku()
    build_false_moq()
    build_conversations()
    build_orders()
    build_complaints()
    write_all()
    try:
        ck, L, O, C, Ms, lab = validate()
        summarize(ck, L, O, C, Ms, lab)
    except Exception as exc:  # a malformed file must fail the run, not crash it silently
        print("VALIDATION CRASHED: %r" % (exc,))
        sys.exit(1)
    h = hashlib.sha256(open(EVENTS, "rb").read() + open(LABELS, "rb").read()).hexdigest()
    print("sha256(events+labels): %s" % h)
    if ck.errors:
        print("\nVALIDATION FAILED (%d):" % len(ck.errors))
        for e in ck.errors:
            print("  - " + e)
        sys.exit(1)
    print("validation: OK")


if __name__ == "__main__":
    main()
