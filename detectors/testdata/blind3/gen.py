#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind evaluation set 3 for Haili (listing compliance).  python3 gen.py

Writes events.jsonl and labels.jsonl next to this file, re-reads them, validates every event
against the wire contract (../../shared/spec/events.md), checks labels, prints a summary.
Standard library only, fixed seed, byte-identical output.  Exit 1 on any failed check."""
import hashlib, json, math, os, random, sys
from collections import Counter
from datetime import datetime, timedelta, timezone

SEED = 20261205
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LISTING_CODES = ["fake_price_tier", "off_market_price", "inflated_shipping", "abused_sku", "false_moq"]
MESSAGE_CODES = ["offplatform_contact", "trade_assurance_refusal"]
ALL_CODES = LISTING_CODES + ["shipping_overcharge"] + MESSAGE_CODES
SUBJECT_CODES = {"listing": set(LISTING_CODES), "order": {"shipping_overcharge"}, "message": set(MESSAGE_CODES)}
FP, OM, IS, AS, FM = LISTING_CODES
SO = "shipping_overcharge"
OP, TA = MESSAGE_CODES


def iso(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def eid(*p):
    return "b3-" + hashlib.sha1("|".join(map(str, p)).encode()).hexdigest()[:16]


def money(x):
    if x >= 1:
        return round(x, 2)
    if x >= 0.1:
        return round(x, 3)
    return round(x, 4)


# ------------------------------------------------------------------ categories
# unit, typical price band, market band, moqs, tier qtys, discount per step, variants, shipping (base, per unit)
CATS = {
    "led-panel-lights": dict(path=["Lights & Lighting", "Indoor Lighting", "Panel Lights"], unit="piece",
        typical=(4.5, 11.0), market=(3.0, 18.0), moqs=[10, 50, 100, 100, 200], tq=[500, 1000, 3000, 10000],
        disc=(0.03, 0.08), vattr="Size", variants=[("300x300 18W", 0.8), ("300x600 24W", 1.0), ("600x600 40W", 1.35),
        ("300x1200 40W", 1.45), ("600x1200 72W", 2.1)], ship=(25.0, 0.9),
        titles=["Ultra Slim Recessed LED Panel Light 600x600", "Backlit Flat LED Panel for Office Ceiling",
                "Frameless Square LED Panel 36W 4000K", "Surface Mounted LED Panel Light Aluminium Frame",
                "Dimmable LED Troffer Panel 2x2 ft"]),
    "water-bottles": dict(path=["Home & Garden", "Kitchen & Tabletop", "Drinkware", "Water Bottles"], unit="piece",
        typical=(1.8, 4.6), market=(1.1, 8.0), moqs=[50, 100, 200, 300, 500], tq=[1000, 3000, 5000, 10000],
        disc=(0.03, 0.09), vattr="Capacity", variants=[("350 ml", 0.85), ("500 ml", 1.0), ("750 ml", 1.18),
        ("1000 ml", 1.35), ("1500 ml", 1.6)], ship=(18.0, 0.35),
        titles=["Double Wall Vacuum Insulated Stainless Steel Water Bottle", "Sports Flask with Bamboo Lid 18/8 Steel",
                "Kids Stainless Bottle with Straw Lid", "Powder Coated Thermos Bottle Custom Logo",
                "Wide Mouth Insulated Water Bottle BPA Free"]),
    "solar-panels": dict(path=["Renewable Energy", "Solar Energy Products", "Solar Panels"], unit="watt",
        typical=(0.11, 0.19), market=(0.08, 0.30), moqs=[5000, 10000, 20000, 27000, 50000],
        tq=[100000, 300000, 1000000], disc=(0.02, 0.05), vattr="Power", variants=[("550W", 1.0), ("580W", 1.0),
        ("620W", 1.03), ("660W", 1.05), ("700W", 1.08)], ship=(900.0, 0.006),
        titles=["Mono PERC Half Cell Solar Panel 550W", "N-type TOPCon Bifacial Module 580W",
                "HJT Solar Module 700W Double Glass", "All Black Roof Solar Panel 430W", "Monocrystalline PV Module 660W"]),
    "cotton-yarn": dict(path=["Textiles & Leather Products", "Yarn", "Cotton Yarn"], unit="kilogram",
        typical=(2.3, 3.9), market=(1.6, 5.5), moqs=[500, 1000, 1000, 2000, 5000], tq=[5000, 10000, 20000],
        disc=(0.02, 0.05), vattr="Count", variants=[("Ne 16/1", 0.9), ("Ne 20/1", 0.95), ("Ne 30/1", 1.0),
        ("Ne 40/1 combed", 1.15), ("Ne 60/1 compact", 1.4)], ship=(300.0, 0.08),
        titles=["100% Cotton Ring Spun Yarn for Knitting", "Combed Compact Cotton Yarn Ne 40/1",
                "Open End Recycled Cotton Yarn Ne 10", "Organic Cotton Yarn GOTS Certified", "Dyed Cotton Yarn for Weaving"]),
    "spc-flooring": dict(path=["Construction & Real Estate", "Flooring & Accessories", "Vinyl Flooring"],
        unit="square meter", typical=(4.2, 8.8), market=(2.8, 14.0), moqs=[300, 500, 500, 1000, 2000],
        tq=[3000, 5000, 10000], disc=(0.02, 0.06), vattr="Thickness", variants=[("4 mm", 0.85), ("5 mm", 1.0),
        ("6 mm", 1.12), ("7 mm", 1.25), ("8 mm", 1.4)], ship=(260.0, 0.55),
        titles=["Waterproof SPC Click Vinyl Plank Flooring", "Rigid Core Luxury Vinyl Tile Oak Grain",
                "Herringbone SPC Flooring with IXPE Underlay", "Commercial LVT Flooring 0.5 mm Wear Layer",
                "Stone Plastic Composite Floor Marble Look"]),
    "bamboo-toothbrushes": dict(path=["Beauty & Personal Care", "Oral Hygiene", "Toothbrushes"], unit="piece",
        typical=(0.13, 0.32), market=(0.08, 0.6), moqs=[500, 1000, 1000, 3000, 5000], tq=[10000, 30000, 100000],
        disc=(0.03, 0.09), vattr="Bristle", variants=[("Soft", 1.0), ("Medium", 1.0), ("Charcoal soft", 1.1),
        ("Kids soft", 0.95)], ship=(20.0, 0.012),
        titles=["Eco Friendly Bamboo Toothbrush Biodegradable Handle", "Charcoal Bristle Bamboo Toothbrush Custom Logo",
                "Kids Bamboo Toothbrush Soft Bristle", "Hotel Bamboo Toothbrush Individually Boxed",
                "Moso Bamboo Toothbrush Family Pack"]),
    "aluminum-profiles": dict(path=["Metals & Alloys", "Aluminum", "Aluminum Profiles"], unit="ton",
        typical=(2650.0, 3500.0), market=(2200.0, 4600.0), moqs=[1, 2, 3, 5, 5], tq=[10, 20, 50, 100],
        disc=(0.01, 0.03), vattr="Finish", variants=[("Mill finish", 1.0), ("Anodized silver", 1.06),
        ("Powder coated", 1.09), ("Wood grain", 1.15)], ship=(350.0, 60.0),
        titles=["6063 T5 Aluminium Extrusion Profile for Windows", "Industrial Aluminum T-Slot Profile 4040",
                "Anodized Aluminium Profile for LED Strip", "Aluminum Curtain Wall Extrusion 6061",
                "Custom Aluminium Heat Sink Extrusion"]),
    "safety-boots": dict(path=["Security & Protection", "Workplace Safety Supplies", "Safety Shoes"], unit="pair",
        typical=(8.5, 21.0), market=(5.5, 38.0), moqs=[50, 100, 200, 300, 500], tq=[500, 1000, 3000, 5000],
        disc=(0.02, 0.07), vattr="Size", variants=[("EU 39", 1.0), ("EU 40", 1.0), ("EU 41", 1.0), ("EU 42", 1.0),
        ("EU 43", 1.0), ("EU 44", 1.0), ("EU 46", 1.04)], ship=(35.0, 1.6),
        titles=["Steel Toe Cap Safety Boots S3 SRC", "Composite Toe Work Shoes Anti-puncture",
                "Waterproof PU Injection Safety Boots", "Lightweight Sport Safety Shoes Kevlar Midsole",
                "Leather Mining Boots with Metatarsal Guard"]),
    "tea-sets": dict(path=["Home & Garden", "Kitchen & Tabletop", "Teaware", "Tea Sets"], unit="set",
        typical=(6.0, 17.0), market=(3.5, 35.0), moqs=[20, 50, 100, 100, 200], tq=[300, 500, 1000, 3000],
        disc=(0.03, 0.08), vattr="Style", variants=[("White porcelain", 1.0), ("Celadon", 1.1), ("Blue & white", 1.2),
        ("Gold rim", 1.35)], ship=(28.0, 1.1),
        titles=["Jingdezhen Porcelain Gongfu Tea Set 8 Pieces", "Japanese Style Ceramic Tea Set with Teapot",
                "Glass Teapot Set with Warmer", "Blue and White Bone China Tea Set", "Travel Tea Set with Bag"]),
}
CAT_IDS = list(CATS)
PAY = ["Trade Assurance, T/T, L/C.", "Alibaba.com Pay under Trade Assurance.", "30% deposit, balance before shipment (Trade Assurance)."]
MERCH = {}
_m = 4101
for _c in CAT_IDS:
    MERCH[_c] = [f"BM-{_m + k}" for k in range(5)]
    _m += 5
BUYERS = [f"BB-{6001 + i}" for i in range(260)]
T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)

LISTINGS = []
LKEY = {}


def nice(n):
    if n <= 10:
        return int(n)
    mag = 10 ** int(math.floor(math.log10(n)) - 1)
    return int(round(n / mag) * mag)


def shipfee(c, qty, lo=0.9, hi=1.15):
    b, p = c["ship"]
    return round((b + p * qty) * R.uniform(lo, hi), 2)


def make(key, cid, expect=(), allow=(), note="", **ov):
    c = CATS[cid]
    moq = ov.get("moq") or R.choice(c["moqs"])
    base = ov.get("base") or math.exp(R.uniform(math.log(c["typical"][0]), math.log(c["typical"][1])))
    if "tiers" in ov:
        tiers = [{"min_qty": int(q), "unit_price": money(p)} for q, p in ov["tiers"]]
        if "base" not in ov:
            base = sorted(p for _, p in ov["tiers"])[len(ov["tiers"]) // 2]
    elif ov.get("range_only"):
        tiers = []
    else:
        higher = [t for t in c["tq"] if t > moq]
        qs = [moq] + sorted(R.sample(higher, k=min(R.randint(0, 3), len(higher))))
        p, tiers = base, []
        for i, q in enumerate(qs):
            if i:
                p *= 1 - R.uniform(*c["disc"])
            tiers.append({"min_qty": int(q), "unit_price": money(p)})
    if "skus" in ov:
        skus = [{"sku_id": f"S{i + 1}", "name": n, "unit_price": money(p), "attributes": a}
                for i, (n, a, p) in enumerate(ov["skus"])]
    elif not tiers or R.random() < 0.6:
        k = R.randint(2, min(4, len(c["variants"])))
        st = R.randint(0, len(c["variants"]) - k)
        vs = c["variants"][st:st + k]
        m0 = vs[0][1]
        vs = [v for v in vs if base * v[1] / m0 <= c["market"][1] * 0.9] or vs[:1]
        skus = [{"sku_id": f"S{i + 1}", "name": n, "unit_price": money(base * m / m0), "attributes": {c["vattr"]: n}}
                for i, (n, m) in enumerate(vs)]
    else:
        skus = []
    if "price_range" in ov:
        pr = ov["price_range"]
    elif not tiers:
        ps = [s["unit_price"] for s in skus]
        pr = {"min": min(ps), "max": max(ps)}
    else:
        pr = None
    if "shipping" in ov:
        shipping = [{"method": m, "fee": round(f, 2), "for_qty": int(q)} for m, f, q in ov["shipping"]]
    else:
        shipping = [{"method": R.choice(["Express", "Sea freight (LCL)", "Air freight", "DHL Express", "Rail freight"]),
                     "fee": shipfee(c, moq), "for_qty": int(moq)}]
    if "customization" in ov:
        cust = [{"option": o, "min_qty": int(q)} for o, q in ov["customization"]]
    else:
        cust = [{"option": "Customized logo", "min_qty": max(moq, nice(moq * R.uniform(2, 10)))}] if R.random() < 0.5 else []
    sample = ov["sample_price"] if "sample_price" in ov else (money(base * R.uniform(1.2, 2.5)) if R.random() < 0.5 else None)
    title = ov.get("title") or R.choice(c["titles"])
    desc = ov.get("description") or (
        f"{title}. Lead time {R.randint(7, 20)} days. "
        + (f"MOQ {moq:,} {c['unit']}s. " if R.random() < 0.4 else "") + R.choice(PAY))
    if ov.get("extra"):
        desc += " " + ov["extra"]
    ev = {"schema": "listing.v1", "event_id": None, "op": "upsert", "listing_id": None,
          "version": ov.get("version") or R.choice([1, 1, 2, 3, 4]), "merchant_id": ov.get("merchant") or R.choice(MERCH[cid]),
          "category_id": cid, "category_path": list(c["path"]), "title": title, "description": desc,
          "currency": "USD", "unit": c["unit"], "moq": int(moq), "price_tiers": tiers, "price_range": pr,
          "skus": skus, "shipping": shipping, "customization": cust, "sample_price": sample, "updated_at": None}
    sp = {"key": key, "cat": cid, "ev": ev, "expect": list(expect), "allow": list(allow), "note": note}
    LISTINGS.append(sp)
    LKEY[key] = sp
    return sp


def V(key, cid, code, note, allow=(), also=(), **ov):
    return make(key, cid, [code, *also], allow, f"{code}: {note}", **ov)


def H(key, cid, code, note, allow=(), **ov):
    return make(key, cid, [], allow, f"hard negative for {code}: {note}", **ov)


# background: 18 per category, must come first so that the market reference is meaningful
for cid in CAT_IDS:
    for i in range(20):
        make(f"bg:{cid}:{i}", cid, note="background: clean listing of the category")

# ---------------------------------------------------------------- fake_price_tier (bait tiers, every position/disguise)
V("fpt1", "led-panel-lights", FP, "bait on absurd last tier 100,000 pcs at 0.09 vs 6.2-6.8 (en)", allow=[OM], moq=100,
  tiers=[(100, 6.8), (1000, 6.45), (5000, 6.2), (100000, 0.09)])
V("fpt2", "water-bottles", FP, "bait FIRST tier: 1-piece tier 0.05 below the real 3.1-3.4 tiers (inverted ladder)", allow=[OM],
  moq=1, tiers=[(1, 0.05), (500, 3.4), (3000, 3.1)])
V("fpt3", "cotton-yarn", FP, "middle tier dip: 10,000 kg at 0.03 while 5,000 and 20,000 kg are ~2.9", allow=[OM], moq=1000,
  tiers=[(1000, 3.05), (5000, 2.95), (10000, 0.03), (20000, 2.85)])
V("fpt4", "safety-boots", FP, "price range only, min 0.10 vs max 16.8 and SKUs all ~15-16.8 (range end bait)", allow=[OM, AS],
  range_only=True, moq=100, price_range={"min": 0.1, "max": 16.8},
  skus=[("EU 40", {"Size": "EU 40"}, 15.9), ("EU 42", {"Size": "EU 42"}, 15.9), ("EU 44", {"Size": "EU 44"}, 16.8)])
V("fpt5", "spc-flooring", FP, "last tier 1 cent a m2 at 50,000 m2 (mirrors seed quartz pattern, zh description)", allow=[OM],
  moq=500, tiers=[(500, 6.9), (3000, 6.6), (50000, 0.01)],
  description="防水SPC锁扣地板，5mm，耐磨层0.3mm。交期15天。支持信用保障。")
V("fpt6", "tea-sets", FP, "tiers that INCREASE then bait: 12.5, 13.9, 15.2 then 0.15 at 5,000 sets", allow=[OM], moq=50,
  tiers=[(50, 12.5), (300, 13.9), (1000, 15.2), (5000, 0.15)])
V("fpt7", "solar-panels", FP, "bait 0.002/W at 5 MW tier vs 0.13/W (es description)", allow=[OM], moq=10000,
  tiers=[(10000, 0.135), (100000, 0.128), (5000000, 0.002)],
  description="Panel solar monocristalino 550W media celda. Entrega 20 días. Pago con Trade Assurance.")
V("fpt8", "aluminum-profiles", FP, "bait 30 USD/ton at 500 t tier vs 3,050-3,150/t", allow=[OM], moq=2,
  tiers=[(2, 3150.0), (20, 3050.0), (500, 30.0)])
V("fpt9", "bamboo-toothbrushes", FP, "second of three tiers bait 0.001 (ru description)", allow=[OM], moq=1000,
  tiers=[(1000, 0.22), (10000, 0.001), (100000, 0.2)],
  description="Бамбуковая зубная щётка, мягкая щетина, индивидуальная упаковка. Срок 10 дней.")
V("fpt10", "led-panel-lights", FP, "moderate-looking ladder but last tier 0.6 vs 7.4-7.9 (92% drop) (de)", allow=[OM], moq=10,
  tiers=[(10, 7.9), (500, 7.6), (3000, 7.4), (20000, 0.6)],
  description="Ultraflaches LED-Panel 600x600, 40W, 4000K, UGR<19. Lieferzeit 12 Tage.")
V("fpt11", "water-bottles", FP, "price_range min 0.01 with tiers at 2.7-2.9 (range-end bait alongside tiers)", allow=[OM],
  moq=200, tiers=[(200, 2.9), (3000, 2.7)], price_range={"min": 0.01, "max": 2.9})
# hard negatives for fake_price_tier
H("hfpt1", "tea-sets", FP, "steep but genuine ladder for custom-decal tea sets: setup cost amortised (15.0 -> 8.9, 41%)",
  moq=20, tiers=[(20, 15.0), (300, 12.4), (1000, 10.1), (3000, 8.9)],
  extra="Price includes one-off decal screen setup; large runs amortise the setup fee.")
H("hfpt2", "solar-panels", FP, "normal ladder 0.14 -> 0.118/W over 1 MW (16%)", moq=10000,
  tiers=[(10000, 0.14), (100000, 0.131), (1000000, 0.118)])
H("hfpt3", "bamboo-toothbrushes", FP, "four-tier realistic discount 0.26 -> 0.17 (35%, high volume)", moq=1000,
  tiers=[(1000, 0.26), (10000, 0.22), (30000, 0.19), (100000, 0.17)])
H("hfpt4", "aluminum-profiles", FP, "single tier, no ladder; sample price high (sample is not a tier)", moq=1,
  tiers=[(1, 3300.0)], sample_price=95.0)
H("hfpt5", "led-panel-lights", FP, "price range 3.9-14.6 genuinely from 18W to 72W SKUs (range spread is size)",
  range_only=True, moq=100,
  skus=[("300x300 18W", {"Size": "300x300 18W"}, 3.9), ("600x600 40W", {"Size": "600x600 40W"}, 7.2),
        ("600x1200 72W", {"Size": "600x1200 72W"}, 14.6)])

# ---------------------------------------------------------------- off_market_price
V("om1", "led-panel-lights", OM, "whole ladder at 0.35-0.40 per 600x600 panel vs market 3-18 (consistent, no bait tier)",
  moq=100, tiers=[(100, 0.4), (1000, 0.37), (5000, 0.35)])
V("om2", "solar-panels", OM, "0.009/W for 550W modules (~5 USD a panel), market 0.08-0.30/W (fr description)", moq=10000,
  tiers=[(10000, 0.009), (100000, 0.0085)],
  description="Panneau solaire monocristallin 550W demi-cellule, garantie 25 ans. Délai 20 jours.")
V("om3", "aluminum-profiles", OM, "priced per ton at 180-190 USD (price per kg entered as per ton?) vs 2,200-4,600",
  moq=2, tiers=[(2, 190.0), (20, 180.0)])
V("om4", "water-bottles", OM, "absurdly HIGH: 96-98 per stainless bottle (market 1.1-8) to look premium in sort", moq=100,
  tiers=[(100, 98.0), (1000, 96.0)])
V("om5", "cotton-yarn", OM, "0.12/kg cotton yarn (market 1.6-5.5), all SKUs at 0.12-0.15 (pt description)", moq=1000,
  range_only=True, skus=[("Ne 20/1", {"Count": "Ne 20/1"}, 0.12), ("Ne 30/1", {"Count": "Ne 30/1"}, 0.13),
                         ("Ne 40/1 combed", {"Count": "Ne 40/1 combed"}, 0.15)],
  description="Fio de algodão 100% penteado para tricô. Prazo 15 dias. Pagamento via Trade Assurance.")
V("om6", "safety-boots", OM, "0.79/pair steel toe S3 boots (market 5.5-38)", moq=200, tiers=[(200, 0.79), (1000, 0.75)])
V("om7", "spc-flooring", OM, "0.18/m2 SPC flooring (market 2.8-14), vi description", moq=500, tiers=[(500, 0.18)],
  description="Sàn nhựa hèm khóa SPC chống nước 5mm. Giao hàng 15 ngày.")
V("om8", "tea-sets", OM, "420/set ordinary ceramic travel tea set (market 3.5-35)", moq=50, tiers=[(50, 420.0), (300, 410.0)],
  title="Travel Tea Set with Bag")
H("hom1", "tea-sets", OM, "expensive but real: hand-painted master-signed Jingdezhen set 48/set, explained", allow=[OM], moq=20,
  tiers=[(20, 48.0), (100, 45.0)], title="Hand-painted Jingdezhen Master Signed Tea Set 8 Pieces",
  extra="Each set hand-painted and signed; certificate included.")
H("hom2", "water-bottles", OM, "cheap end of the band: 1.25 for a 350 ml single-wall bottle", moq=3000,
  tiers=[(3000, 1.25), (10000, 1.18)])
H("hom3", "aluminum-profiles", OM, "4,400/t for anodized custom heat-sink profile, inside the market band", moq=1,
  tiers=[(1, 4400.0), (10, 4300.0)], title="Custom Aluminium Heat Sink Extrusion")
H("hom4", "solar-panels", OM, "all-black premium 0.24/W, inside the band", moq=5000, tiers=[(5000, 0.24), (100000, 0.23)],
  title="All Black Roof Solar Panel 430W")

# ---------------------------------------------------------------- inflated_shipping
V("is1", "bamboo-toothbrushes", IS, "0.12/pc toothbrush, 1,000 pcs quoted 4,800 USD express (normal ~30)", moq=1000,
  tiers=[(1000, 0.12)], shipping=[("DHL Express", 4800.0, 1000)])
V("is2", "water-bottles", IS, "bottle 1.9, shipping for 100 pcs 2,950 (normal ~55)", moq=100, tiers=[(100, 1.9), (1000, 1.8)],
  shipping=[("Express", 2950.0, 100)])
V("is3", "spc-flooring", IS, "seed pattern: SPC 0.9/m2, 500 m2 shipping 1,250,000 (sea ~540)", allow=[OM], moq=500,
  tiers=[(500, 0.9)], shipping=[("Sea freight", 1250000.0, 500)])
V("is4", "tea-sets", IS, "second option inflated: sea 80 for 50 sets but 'Express' 9,900 for 50 sets (normal ~90)", moq=50,
  tiers=[(50, 7.5)], shipping=[("Sea freight (LCL)", 80.0, 50), ("Express", 9900.0, 50)])
V("is5", "safety-boots", IS, "shipping per 1 pair for_qty=1 quoted 780 (normal ~37)", moq=1, tiers=[(1, 6.5), (100, 6.2)],
  shipping=[("Express", 780.0, 1)])
V("is6", "led-panel-lights", IS, "panel 3.2, 10 pcs shipping 1,380 labelled 'handling & freight' (normal ~35)", moq=10,
  tiers=[(10, 3.2), (500, 3.1)], shipping=[("Handling & freight", 1380.0, 10)])
V("is7", "cotton-yarn", IS, "yarn 1.7/kg with 1,000 kg shipping 26,000 (normal ~380)", moq=1000, tiers=[(1000, 1.7)],
  shipping=[("Sea freight", 26000.0, 1000)])
H("his1", "aluminum-profiles", IS, "heavy: 20 t of profiles, sea freight 1,650 (inside model)", moq=20,
  tiers=[(20, 3000.0)], shipping=[("Sea freight (FCL 20GP)", 1650.0, 20)])
H("his2", "tea-sets", IS, "remote area express with surcharge stated, 50 sets 260 (about 2.5x normal; evidence: DHL remote-area surcharge to Réunion)",
  allow=[IS], moq=50, tiers=[(50, 11.0)], shipping=[("DHL Express incl. remote area surcharge (Réunion/Mayotte)", 260.0, 50)])
H("his3", "water-bottles", IS, "free shipping promotion, fee 0", moq=100, tiers=[(100, 3.2)], shipping=[("Express (free shipping promotion)", 0.0, 100)])
H("his4", "solar-panels", IS, "300 kW (a 40HQ) ocean freight 2,700, plausible", moq=300000,
  tiers=[(300000, 0.12)], shipping=[("Ocean freight 40HQ", 2700.0, 300000)])
H("his5", "safety-boots", IS, "air freight 1,000 pairs 1,900 for urgent order (air is dear but proportional)", allow=[IS], moq=1000,
  tiers=[(1000, 12.0)], shipping=[("Air freight (urgent)", 1900.0, 1000)])

# ---------------------------------------------------------------- abused_sku
V("as1", "tea-sets", AS, "decoy accessories as SKUs: 'Gift card' 0.01, 'Tea towel' 0.2 next to 9-13 sets", allow=[FP, OM],
  range_only=True, moq=50, skus=[("White porcelain", {"Style": "White porcelain"}, 9.5), ("Celadon", {"Style": "Celadon"}, 10.5),
  ("Gold rim", {"Style": "Gold rim"}, 12.8), ("Gift card", {"Style": "Gift card"}, 0.01), ("Tea towel", {"Style": "Tea towel"}, 0.2)])
V("as2", "safety-boots", AS, "'Shoelace pair' and 'Insole' SKUs at 0.05/0.3 beside 14-15 boots (zh SKU names)", allow=[FP, OM], range_only=True,
  moq=100, skus=[("EU 41", {"Size": "EU 41"}, 14.5), ("EU 43", {"Size": "EU 43"}, 14.5), ("鞋带一双", {"Size": "鞋带"}, 0.05),
  ("鞋垫", {"Size": "鞋垫"}, 0.3)])
V("as3", "led-panel-lights", AS, "'Price difference link / 补差价' SKU at 0.01", allow=[FP, OM], range_only=True, moq=50,
  skus=[("600x600 40W", {"Size": "600x600 40W"}, 7.8), ("300x1200 40W", {"Size": "300x1200 40W"}, 8.2),
        ("Price difference link 补差价", {"Size": "Other"}, 0.01)])
V("as4", "water-bottles", AS, "odd unit in SKU: 'Lid only' 0.08 and 'Sticker' 0.02 among 2.6-3.05 bottles (es SKU names)",
  allow=[FP, OM], range_only=True, moq=100, skus=[("500 ml", {"Capacity": "500 ml"}, 2.6), ("750 ml", {"Capacity": "750 ml"}, 3.05),
  ("Solo tapa", {"Capacity": "Tapa"}, 0.08), ("Pegatina", {"Capacity": "Pegatina"}, 0.02)])
V("as5", "solar-panels", AS, "SKU 'MC4 connector' priced 0.001 per watt unit among 0.13/W modules", allow=[FP, OM], range_only=True, moq=10000,
  skus=[("550W", {"Power": "550W"}, 0.13), ("580W", {"Power": "580W"}, 0.132), ("MC4 connector", {"Power": "accessory"}, 0.001)])
V("as6", "cotton-yarn", AS, "quantity trick in SKU: '1 gram sample' SKU at 0.004 in a per-kg listing", allow=[FP, OM], range_only=True, moq=1000,
  skus=[("Ne 30/1", {"Count": "Ne 30/1"}, 2.9), ("Ne 40/1 combed", {"Count": "Ne 40/1 combed"}, 3.3),
        ("Sample 1 g", {"Count": "sample"}, 0.004)])
V("as7", "spc-flooring", AS, "high-side decoy: 'Installation service' SKU 390/m2 beside 5-6/m2 (fr names)", allow=[FP, OM], range_only=True, moq=500,
  skus=[("5 mm", {"Thickness": "5 mm"}, 5.4), ("6 mm", {"Thickness": "6 mm"}, 6.1),
        ("Service de pose", {"Thickness": "service"}, 390.0)])
V("as8", "bamboo-toothbrushes", AS, "SKU 'Paper box only' 0.0005 beside 0.19-0.21 brushes; tiers priced normally", moq=1000,
  tiers=[(1000, 0.21), (10000, 0.19)], skus=[("Soft", {"Bristle": "Soft"}, 0.21), ("Charcoal soft", {"Bristle": "Charcoal soft"}, 0.21),
  ("Paper box only", {"Bristle": "box"}, 0.0005)])
V("as9", "aluminum-profiles", AS, "SKU 'End cap (pc)' 0.5 per ton-unit listing beside 2,900-3,100", allow=[FP, OM], range_only=True, moq=2,
  skus=[("Mill finish", {"Finish": "Mill finish"}, 2900.0), ("Anodized silver", {"Finish": "Anodized silver"}, 3100.0),
        ("End cap (pc)", {"Finish": "accessory"}, 0.5)])
H("has1", "tea-sets", AS, "bundle SKUs legit: 'Set x1' 8.8, 'Set x2' 17.2, 'Set x4' 33.9 (multi-pack priced proportionally)",
  allow=[AS], range_only=True, moq=50, skus=[("Set x1", {"Pack": "1 set"}, 8.8), ("Set x2", {"Pack": "2 sets"}, 17.2),
  ("Set x4", {"Pack": "4 sets"}, 33.9)])
H("has2", "led-panel-lights", AS, "wide but real spread 18W 3.6 to 72W 12.9", range_only=True, moq=100,
  skus=[("300x300 18W", {"Size": "300x300 18W"}, 3.6), ("600x600 40W", {"Size": "600x600 40W"}, 6.9),
        ("600x1200 72W", {"Size": "600x1200 72W"}, 12.9)])
H("has3", "safety-boots", AS, "all sizes same price, EU 46-48 slightly higher", range_only=True, moq=100,
  skus=[("EU 40", {"Size": "EU 40"}, 13.2), ("EU 42", {"Size": "EU 42"}, 13.2), ("EU 46", {"Size": "EU 46"}, 13.9),
        ("EU 48", {"Size": "EU 48"}, 14.5)])
H("has4", "bamboo-toothbrushes", AS, "family pack of 4 priced 4x", range_only=True, moq=1000,
  skus=[("Single", {"Pack": "1"}, 0.2), ("Family pack x4", {"Pack": "4"}, 0.78)], allow=[AS])
H("has5", "cotton-yarn", AS, "compact Ne 60/1 at 1.5x of Ne 20/1 (finer count costs more)", range_only=True, moq=1000,
  skus=[("Ne 20/1", {"Count": "Ne 20/1"}, 2.6), ("Ne 40/1 combed", {"Count": "Ne 40/1 combed"}, 3.1),
        ("Ne 60/1 compact", {"Count": "Ne 60/1 compact"}, 3.9)])

# ---------------------------------------------------------------- false_moq
V("fm1", "water-bottles", FM, "moq field 1 but description says MOQ 3000 pcs (en)", moq=1, tiers=[(1, 2.9), (3000, 2.7)],
  extra="Note: minimum order 3,000 pcs per design; smaller orders are not accepted.")
V("fm2", "led-panel-lights", FM, "moq 1 but first tier starts at 500 (tier contradiction)", moq=1,
  tiers=[(500, 6.4), (3000, 6.1)])
V("fm3", "tea-sets", FM, "moq 2 but zh description 起订量1000套", moq=2, tiers=[(2, 9.8), (1000, 9.3)],
  description="景德镇陶瓷功夫茶具套装8头，手工制作。起订量1000套，少于1000套不接单。交期20天。")
V("fm4", "safety-boots", FM, "moq 1 but es description 'pedido mínimo 500 pares'", moq=1, tiers=[(1, 12.5), (500, 12.0)],
  description="Botas de seguridad con puntera de acero S3. Pedido mínimo: 500 pares por modelo. Entrega 25 días.")
V("fm5", "cotton-yarn", FM, "moq 1 kg on bulk yarn; de description 'Mindestbestellmenge 5 Tonnen'", moq=1, tiers=[(1, 3.0), (5000, 2.85)],
  description="Ringgesponnenes Baumwollgarn Ne 30/1. Mindestbestellmenge: 5 Tonnen (5000 kg). Lieferzeit 20 Tage.")
V("fm6", "spc-flooring", FM, "moq 1 m2 but ru description 'минимальный заказ один контейнер 20 футов'", moq=1,
  tiers=[(1, 5.6), (3000, 5.3)],
  description="Кварцвиниловый ламинат SPC 5 мм. Минимальный заказ — один контейнер 20 футов (около 2000 м²). Срок 15 дней.")
V("fm7", "led-panel-lights", FM, "moq 1 but every customization and 'standard' option min 10,000,000 (seed pattern, implausible)",
  moq=1, tiers=[(1, 7.0)], customization=[("Customized logo", 10000000), ("Standard packing", 10000000)])
V("fm8", "bamboo-toothbrushes", FM, "moq 1 piece for bulk toothbrushes; description in ar states 5000 minimum", moq=1,
  tiers=[(1, 0.2), (5000, 0.18)],
  description="فرشاة أسنان من الخيزران صديقة للبيئة. الحد الأدنى للطلب 5000 قطعة. مدة التسليم 10 أيام.")
V("fm9", "aluminum-profiles", FM, "moq 1 t but description in tr 'minimum sipariş 25 ton'", moq=1, tiers=[(1, 3000.0), (25, 2950.0)],
  description="6063 T5 alüminyum profil. Minimum sipariş miktarı 25 ton. Teslim süresi 20 gün.")
V("fm10", "solar-panels", FM, "moq 1 W (one watt) for modules sold per watt; pallet in description (ja)", moq=1,
  tiers=[(1, 0.14), (100000, 0.13)],
  description="単結晶ハーフセル太陽光パネル550W。最小注文数量は1パレット（31枚・約17,000W）からです。納期20日。")
H("hfm1", "water-bottles", FM, "description MOQ matches field 500 (zh + en)", moq=500, tiers=[(500, 2.8), (3000, 2.6)],
  description="双层真空保温杯，起订量500个。MOQ 500 pcs. Lead time 12 days.")
H("hfm2", "tea-sets", FM, "customization MOQ 1,000 higher than product MOQ 50 — normal for logo printing", moq=50,
  tiers=[(50, 10.0), (1000, 9.4)], customization=[("Customized logo", 1000), ("Gift box", 500)])
H("hfm3", "safety-boots", FM, "'MOQ 100 pairs, sizes can be mixed' (sizes mixed, no contradiction)", moq=100,
  tiers=[(100, 13.5), (1000, 12.9)], extra="MOQ 100 pairs; sizes and colours can be mixed.")
H("hfm4", "spc-flooring", FM, "'samples 1 m2 available, bulk MOQ 500' with moq 500 (sample mention is not the MOQ)", moq=500,
  tiers=[(500, 5.9), (3000, 5.6)], sample_price=8.0, extra="Free A4 sample; 1 m2 paid sample available. Bulk MOQ 500 m2.")
H("hfm5", "led-panel-lights", FM, "description 'no MOQ, 1 piece OK for testing' with moq 1 and 1-piece tier (consistent)", moq=1,
  tiers=[(1, 8.5), (100, 7.2), (1000, 6.8)], extra="No MOQ: 1 piece is fine for testing.", allow=[FP])
H("hfm6", "cotton-yarn", FM, "'MOQ 1 ton per colour' with moq 1000 kg (same quantity, different unit)", moq=1000,
  tiers=[(1000, 3.1), (10000, 2.95)], extra="MOQ 1 ton per colour.")

# ---------------------------------------------------------------- more cases (languages, tactics)
V("fpt12", "safety-boots", FP, "two bait tiers at the end: 3,000 pairs 0.9 and 5,000 pairs 0.5 vs 13-14 (id description)",
  allow=[OM], moq=100, tiers=[(100, 14.0), (1000, 13.2), (3000, 0.9), (5000, 0.5)],
  description="Sepatu safety ujung baja S3, sol anti tusuk. Produksi 20 hari. Pembayaran Trade Assurance.")
V("om9", "led-panel-lights", OM, "ko description, 0.35/pc 600x600 40W panel across all tiers", moq=100,
  tiers=[(100, 0.35), (1000, 0.33)], description="초슬림 LED 평판등 600x600 40W, 4000K. 납기 15일.")
V("om10", "bamboo-toothbrushes", OM, "th description, 4.80/pc bamboo toothbrush (8x market top)", moq=1000,
  tiers=[(1000, 4.8), (10000, 4.6)], description="แปรงสีฟันไม้ไผ่ ขนแปรงนุ่ม ย่อยสลายได้ ผลิต 10 วัน")
V("is8", "spc-flooring", IS, "all options inflated: express and sea for 300 m2 both > 20x normal", moq=300,
  tiers=[(300, 4.9)], shipping=[("Sea freight", 9800.0, 300), ("Express", 24000.0, 300)])
V("fm11", "tea-sets", FM, "moq 10 but it description 'ordine minimo 2000 set'", moq=10, tiers=[(10, 9.9), (2000, 9.2)],
  description="Set da tè in porcellana di Jingdezhen, 8 pezzi. Ordine minimo: 2000 set. Consegna 25 giorni.")
V("fm12", "safety-boots", FM, "moq 2 but ko description '최소 주문 1000켤레'", moq=2, tiers=[(2, 13.8), (1000, 13.1)],
  description="강철 토캡 안전화 S3. 최소 주문 수량 1000켤레. 납기 25일.")
V("fm13", "water-bottles", FM, "moq 1 but fr description: 'quantité minimale 5 000 pièces par couleur'", moq=1,
  tiers=[(1, 3.1), (5000, 2.8)],
  description="Gourde isotherme en inox 500 ml. Quantité minimale de commande : 5 000 pièces par couleur. Délai 20 jours.")
V("as10", "water-bottles", AS, "bait SKU 'Sample (1 pc) 样品' at 0.01 among 2.9-3.6 bottles, tiers normal", allow=[FP, OM], moq=100,
  tiers=[(100, 3.2), (1000, 3.0)], skus=[("500 ml", {"Capacity": "500 ml"}, 3.2), ("750 ml", {"Capacity": "750 ml"}, 3.6),
  ("Sample (1 pc) 样品", {"Capacity": "sample"}, 0.01)])
H("hfm7", "spc-flooring", FM, "id description 'minimal order 1 kontainer 20ft (±2000 m2)' with moq 2000 (consistent)", moq=2000,
  tiers=[(2000, 5.3), (10000, 5.0)],
  description="Lantai SPC klik tahan air 5 mm. Minimal order 1 kontainer 20ft (±2000 m2). Produksi 15 hari.")
H("his6", "aluminum-profiles", IS, "LCL minimum charge: 1 t by sea 900 (about 2x model; minimum-charge explained)", allow=[IS], moq=1,
  tiers=[(1, 3200.0)], shipping=[("Sea freight LCL (minimum charge 5 cbm)", 900.0, 1)])
H("hom5", "cotton-yarn", OM, "recycled open-end Ne 10 yarn at 1.75/kg, low end of band", moq=5000, tiers=[(5000, 1.75), (20000, 1.68)],
  title="Open End Recycled Cotton Yarn Ne 10")
H("hfpt6", "water-bottles", FP, "three tiers 3.4 -> 2.6 at 10,000 (24%, genuine volume discount)", moq=500,
  tiers=[(500, 3.4), (3000, 3.0), (10000, 2.6)])

LISTINGS = [s for s in LISTINGS if s is not None]
# shuffle non-background among the tail so that violations are interleaved but after most background
bg = [s for s in LISTINGS if s["key"].startswith("bg:")]
rest = [s for s in LISTINGS if not s["key"].startswith("bg:")]
R.shuffle(bg)
R.shuffle(rest)
LISTINGS = bg[:120] + sorted(bg[120:] + rest, key=lambda s: R.random())
for i, sp in enumerate(LISTINGS):
    ev = sp["ev"]
    ev["listing_id"] = f"BL-{300001 + i}"
    ev["updated_at"] = iso(T0 - timedelta(days=30) + timedelta(minutes=37 * i + R.randint(0, 30)))
    ev["event_id"] = eid("listing", ev["listing_id"], ev["version"])

# ------------------------------------------------------------------ orders (shipping_overcharge)
ORDERS = []


def order(lkey, qty, quoted, charged, expect, allow, note, ta=True):
    sp = LKEY[lkey]
    ORDERS.append({"lkey": lkey, "qty": qty, "quoted": round(quoted, 2), "charged": round(charged, 2), "ta": ta,
                   "expect": expect, "allow": allow, "note": note})


def bgkey(cid, i):
    return f"bg:{cid}:{i}"


_oi = 0
for cid, mult, note in [("led-panel-lights", 3.0, "charged 3x the quote"), ("water-bottles", 1.6, "charged 1.6x"),
                        ("solar-panels", 2.2, "ocean freight re-quoted after order"), ("cotton-yarn", 1.25, "+25% 'fuel surcharge'"),
                        ("spc-flooring", 4.0, "4x quote"), ("bamboo-toothbrushes", 1.12, "+12%, small but real"),
                        ("aluminum-profiles", 1.5, "+50% 'port congestion'"), ("safety-boots", 2.0, "double"),
                        ("tea-sets", 7.0, "7x quote"), ("led-panel-lights", 1.08, "+8% 'remote area' not quoted"),
                        ("water-bottles", 10.0, "quote 0 (free shipping) but charged"), ("solar-panels", 1.3, "+30%"),
                        ("safety-boots", 1.05, "+5%")]:
    sp = LKEY[bgkey(cid, 3 + _oi % 10)]
    sh = sp["ev"]["shipping"][0]
    q = sh["for_qty"]
    quoted = sh["fee"]
    if "free" in note:
        quoted = 0.0
        sp["ev"]["shipping"] = [{"method": "Express (free shipping promotion)", "fee": 0.0, "for_qty": q}]
        charged = 45.0
    else:
        charged = quoted * mult
    order(sp["key"], q, quoted, charged, [SO], [], f"shipping_overcharge: {note} ({cid})", ta=R.random() < 0.7)
    _oi += 1
for cid, kind in [("led-panel-lights", "equal"), ("water-bottles", "lower"), ("solar-panels", "equal"), ("cotton-yarn", "equal"),
                  ("spc-flooring", "lower"), ("bamboo-toothbrushes", "equal"), ("aluminum-profiles", "equal"),
                  ("safety-boots", "lower"), ("tea-sets", "equal"), ("tea-sets", "round"), ("cotton-yarn", "round"),
                  ("led-panel-lights", "equal"), ("water-bottles", "equal"), ("spc-flooring", "equal")]:
    sp = LKEY[bgkey(cid, 14 - _oi % 4)]
    sh = sp["ev"]["shipping"][0]
    quoted = sh["fee"]
    if kind == "equal":
        order(sp["key"], sh["for_qty"], quoted, quoted, [], [], f"clean: charged equals quote ({cid})")
    elif kind == "lower":
        order(sp["key"], sh["for_qty"], quoted, quoted * 0.8, [], [], f"hard negative for shipping_overcharge: charged below quote ({cid})")
    else:
        order(sp["key"], sh["for_qty"], quoted, quoted + 0.03, [], [SO], f"ambiguous: 3-cent rounding difference ({cid})")
    _oi += 1
# charged exactly the inflated quote: the order itself is clean (the listing carries inflated_shipping)
for k in ["is1", "is6"]:
    sh = LKEY[k]["ev"]["shipping"][0]
    order(k, sh["for_qty"], sh["fee"], sh["fee"], [], [], f"hard negative for shipping_overcharge: charged equals the (inflated) quote of {k}")
# remote-area: quote includes surcharge, charged = quote
sh = LKEY["his2"]["ev"]["shipping"][0]
order("his2", sh["for_qty"], sh["fee"], sh["fee"], [], [], "clean: remote-area quote charged exactly")
# larger quantity than quoted, charged proportionally more: quoted field is the quote for THIS order -> charged above
sp = LKEY[bgkey("safety-boots", 16)]
sh = sp["ev"]["shipping"][0]
order(sp["key"], sh["for_qty"], sh["fee"], sh["fee"] + 60, [SO], [], "shipping_overcharge: +60 'customs handling' on a DDP quote (safety-boots)")

R.shuffle(ORDERS)
for i, o in enumerate(ORDERS):
    ev = LKEY[o["lkey"]]["ev"]
    o["ev"] = {"schema": "order.v1", "event_id": eid("order", i), "order_id": f"BO-{90001 + i}", "listing_id": ev["listing_id"],
               "merchant_id": ev["merchant_id"], "buyer_id": BUYERS[(i * 7) % len(BUYERS)], "quantity": int(o["qty"]),
               "currency": "USD", "quoted_shipping_fee": o["quoted"], "charged_shipping_fee": o["charged"],
               "trade_assurance": o["ta"], "placed_at": iso(T0 + timedelta(hours=5 * i + 1))}

# ------------------------------------------------------------------ complaints
COMPLAINTS = []


def complaint(lkey, claim, verified, stage="pre_payment"):
    ev = LKEY[lkey]["ev"]
    n = len(COMPLAINTS)
    COMPLAINTS.append({"schema": "complaint.v1", "event_id": eid("complaint", n), "complaint_id": f"BCP-{7001 + n}",
                       "merchant_id": ev["merchant_id"], "listing_id": ev["listing_id"], "buyer_id": BUYERS[200 + n],
                       "stage": stage, "claim": claim, "verified": verified,
                       "reviewed_at": iso(T0 + timedelta(days=3, hours=7 * n))})


complaint("fpt3", FP, True)
complaint("fm4", FM, True, "inquiry")
complaint("as3", AS, True)
complaint("is2", IS, True)
complaint("om6", OM, True)
complaint("hfpt1", FP, False)
complaint("hfm3", FM, False, "inquiry")
complaint("has1", AS, False)
complaint("his5", IS, False)
complaint("hom1", OM, False)

# ------------------------------------------------------------------ messages
# Each language pack: buyer lines (b_*), seller positives (op1, op2, split_a, split_b, auto, ta1, ta2, ta3, each a
# (text, tactic) pair) and seller clean / hard-negative lines.
LANG = {}
LANG["en"] = dict(
    b_open="Hi, we need 2,000 pcs of the 600x600 panel for a school project in Nairobi. Best price?",
    s_price="Hello! For 2,000 pcs the price is 6.35 USD/pc EXW, lead time 15 days after deposit.",
    b_ship="Can you quote shipping to Mombasa port too?",
    op1=("Sure. Full freight table is on our own site: www dot hengda-lite dot com slash freight, log in with your company name and we follow up from there.", "website spelled with dot/slash words"),
    b_open2="Do you have the 40W panel with emergency battery?",
    split_a=("Yes we have. Faster to talk: plus eight six, one three eight, four four two one", "phone number in words, first half"),
    split_b=("...nine zero seven six. Same number on the green app, ask for Kevin.", "second half of split number + 'green app' for WhatsApp"),
    b_thanks="Ok thanks.",
    b_sample="Can I get a sample first?",
    op2=("Samples yes. Please join our private buyers group for sample deals - search 'Hengda Lite VIP' on tele and request to join.", "private group on Telegram ('tele')"),
    b_ack="Noted.",
    auto=("[Auto-reply] Thanks for your message! Our team is at the Canton Fair 15-19 Oct. For urgent requests ping Kevin on W/A: +86 1384421 9076.", "auto-reply with 'W/A' abbreviation"),
    b_ta="Can we place the order through Trade Assurance?",
    ta1=("Through Trade Assurance the price becomes 6.95/pc because of platform fee, direct T/T stays 6.35.", "higher unit price for TA (replying to buyer's TA question)"),
    ta2=("TA takes 2-3 weeks to release funds, we only accept direct T/T to our HSBC account. I can send the PI now.", "'TA takes too long, only T/T'"),
    b_reply="Hmm, I prefer to be protected.",
    ta3=("Understood, but our order link is disabled this month. Please pay 30% by Western Union or USDT, we will ship same day.", "'order link disabled' + WU/crypto"),
    ta_ok=("Of course. Trade Assurance order at the same 6.35/pc, I will draft it now for you to confirm.", "TA accepted same price"),
    b_contact="Can you give me your WhatsApp? My manager wants to call you.",
    s_give=("Sure, as you asked: +86 138 4421 9076 (Kevin). We can also continue here any time.", "buyer asked first"),
    s_decline=("Thanks, but please keep our discussion here in Alibaba chat, we answer within an hour. We never ask buyers to pay outside the platform.", "declines + negation"),
    s_feat=("The panel driver supports Tuya Smart app control and works with Google Home and Alexa. Type HD-6060-40WT into our shop search to see the smart version.", "app names as product features + shop search"),
    b_paid="Payment done via Trade Assurance.",
    s_order=("Thank you! For DHL customs clearance please send the consignee phone number and e-mail with the delivery address.", "ordered stage, logistics contact"),
    b_moq="What's your MOQ for custom logo?",
    s_moq=("MOQ with logo is 500 pcs; without logo 100 pcs. Logo printing adds 0.15/pc.", "clean MOQ"),
    sig=("Best regards,\nKevin Zhang | Sales Manager\nNingbo Hengda Lighting Co., Ltd.\nAlibaba store: hengdalite.en.alibaba.com", "signature with only the platform shop"),
)
LANG["zh"] = dict(
    b_open="你好，平板灯600x600要3000个，含税价多少？",
    s_price="您好，3000个含税单价41.5元，交期15天。",
    b_ship="能报一下到义乌仓库的运费吗？",
    op1=("运费表发不了这里，加我薇❤：hd-led88，我发您详细表格。", "WeChat disguised as 薇❤"),
    b_open2="有没有带应急电源的款？",
    split_a=("有的，方便的话电话聊：一三八 零二一七", "Chinese numerals, first half"),
    split_b=("五五四九，V同号。", "second half + 'V同号' (WeChat same number)"),
    b_thanks="好的谢谢。",
    b_sample="可以先寄样品吗？",
    op2=("可以，样品图片里有我们的二维码，扫一扫加好友，样品优惠在朋友圈。", "QR code in picture + 朋友圈"),
    b_ack="收到。",
    auto=("【自动回复】您好，现在不在线，急事请加Ｖ：１３８０２１７５５４９", "auto-reply, full-width digits + Ｖ"),
    b_ta="可以走信用保障下单吗？",
    ta1=("走信保的话单价要加2块，因为平台扣点，走私户还是41.5。", "TA surcharge vs private account"),
    ta2=("信保放款太慢了，我们只收对公转账，打款后马上排产。", "'TA too slow, only bank transfer'"),
    b_reply="我还是想要有保障。",
    ta3=("理解，不过信保链接最近被关了，您先付30%定金到支付宝就行。", "'TA link closed' + Alipay deposit"),
    ta_ok=("可以的，信保下单价格不变，还是41.5，我这边起草订单。", "TA accepted same price"),
    b_contact="方便留个微信吗？我们老板要和你们视频看厂。",
    s_give=("好的，既然您需要：微信 hd-led88。平台视频验厂也可以随时安排。", "buyer asked first"),
    s_decline=("不好意思，按平台规定我们在这里沟通就好，平台也可以视频通话。我们不会要求您站外付款。", "declines + negation"),
    s_feat=("这款支持涂鸦智能App和天猫精灵语音控制，在我们店铺搜索型号HD-6060即可找到。", "app as feature + shop search"),
    b_paid="已经在信保付款了。",
    s_order=("谢谢！顺丰报关需要收货人电话和邮箱，请发一下收货地址。", "ordered stage, logistics contact"),
    b_moq="定制logo起订量多少？",
    s_moq=("印logo起订500个，不印logo 100个起。", "clean MOQ"),
    sig=("张凯 | 销售经理\n宁波恒达照明有限公司\n阿里巴巴店铺：hengdalite.en.alibaba.com", "signature, platform shop only"),
)
LANG["es"] = dict(
    b_open="Hola, necesito 1.500 botellas de 750 ml con logo para un gimnasio en Bogotá. ¿Precio?",
    s_price="Hola, para 1.500 unidades el precio es 3,05 USD por pieza FOB Ningbo, entrega 20 días.",
    b_ship="¿Me puede cotizar el envío a Buenaventura?",
    op1=("Claro, mándame un correo a ventas arroba termoflask punto com y te envío la tabla de fletes completa.", "e-mail with 'arroba'/'punto'"),
    b_open2="¿Tienen tapa de bambú?",
    split_a=("Sí. Para ir más rápido, mi número es tres cuatro seis, ocho dos uno", "number in Spanish words, first part"),
    split_b=("cero cinco cinco dos, me escribes por el wasap.", "second part + 'wasap'"),
    b_thanks="Perfecto, gracias.",
    b_sample="¿Pueden mandar una muestra?",
    op2=("Sí. Únete a nuestro grupo privado de compradores, allí publicamos ofertas de muestras: búscanos como 'TermoFlask Club' en la app del avión de papel.", "private group, Telegram as 'paper-plane app'"),
    b_ack="Entendido.",
    auto=("[Respuesta automática] Estamos fuera de oficina. Para pedidos urgentes escriba al wsp +57 346 821 0552.", "auto-reply, 'wsp'"),
    b_ta="¿Podemos pagar con Trade Assurance?",
    ta1=("Con Trade Assurance el precio sube a 3,30 por la comisión; por transferencia directa queda en 3,05.", "higher price with TA"),
    ta2=("Si paga por transferencia bancaria directa le hago un 5% de descuento, así se ahorra la comisión de la plataforma.", "discount for paying outside"),
    b_reply="Prefiero pagar seguro.",
    ta3=("Lo entiendo, pero Trade Assurance tarda mucho en liberar el dinero; solo trabajamos con T/T a nuestra cuenta en Hong Kong.", "'TA too slow, only T/T'"),
    ta_ok=("Sin problema, hacemos el pedido con Trade Assurance al mismo precio de 3,05.", "TA accepted same price"),
    b_contact="¿Me pasa su WhatsApp? Mi socio quiere llamarle.",
    s_give=("Claro, ya que lo pide: +86 135 0472 1188 (Lucía). También seguimos por aquí.", "buyer asked first"),
    s_decline=("Gracias, pero preferimos seguir hablando por este chat de Alibaba. Nunca pedimos pagos fuera de la plataforma.", "declines + negation"),
    s_feat=("La botella inteligente se conecta con la app de hidratación por Bluetooth y recuerda beber agua. Busque 'TF-750S' en nuestra tienda.", "app feature + shop search"),
    b_paid="Ya hice el pago por Trade Assurance.",
    s_order=("¡Gracias! Para la aduana de FedEx necesitamos el teléfono y el correo del destinatario.", "ordered stage, logistics contact"),
    b_moq="¿Cuál es el pedido mínimo con logo?",
    s_moq=("Con logo grabado láser el mínimo es 300 piezas; sin logo, 100.", "clean MOQ"),
    sig=("Saludos,\nLucía Chen | Ventas\nNingbo TermoFlask Co., Ltd.\nTienda Alibaba: termoflask.en.alibaba.com", "signature, platform shop only"),
)
LANG["pt"] = dict(
    b_open="Olá, quero 2 toneladas de fio Ne 30/1 para Fortaleza. Qual o preço?",
    s_price="Olá! Para 2 toneladas o preço é 2,95 USD/kg CIF Fortaleza, prazo 25 dias.",
    b_ship="O frete já está incluído mesmo?",
    op1=("Sim. Me chama no zap que te mando fotos da fábrica: DDD 85, nove nove oito um, dois, três, quatro, cinco, seis, sete.", "'zap' + number in words"),
    b_open2="Vocês têm fio orgânico certificado?",
    split_a=("Temos sim, GOTS. Anota meu contato: vendas (arroba) fiosbr", "e-mail with '(arroba)', first part"),
    split_b=("[ponto] com [ponto] br — lá te mando o certificado.", "e-mail second part '[ponto]'"),
    b_thanks="Beleza, obrigado.",
    b_sample="Posso receber uma amostra de 5 kg?",
    op2=("Pode sim. Segue a gente no Insta @fiosbr.oficial e manda DM que a amostra sai mais barato por lá.", "Instagram handle + DM"),
    b_ack="Ok.",
    auto=("[Resposta automática] No momento estamos offline. Urgente? Zap: (85) 9 9812-3456.", "auto-reply with zap number"),
    b_ta="Posso fechar pelo Trade Assurance?",
    ta1=("Pelo Trade Assurance fica 3,15/kg, porque a plataforma cobra taxa. Por PIX ou TED direto mantenho 2,95.", "higher price with TA, PIX direct"),
    ta2=("Trade Assurance demora demais, só trabalhamos com transferência bancária direta.", "'TA too slow'"),
    b_reply="Prefiro ter a proteção.",
    ta3=("Entendo. Então o frete com Trade Assurance sobe de 380 para 620 dólares, por causa dos custos extras.", "more shipping with TA"),
    ta_ok=("Claro, fechamos pelo Trade Assurance no mesmo preço de 2,95/kg.", "TA accepted same price"),
    b_contact="Qual é o seu e-mail? Preciso enviar o desenho técnico para o engenheiro.",
    s_give=("Como pediu: export@fiosbr.com.br. Também pode anexar aqui no chat.", "buyer asked first"),
    s_decline=("Preferimos continuar a conversa aqui no Alibaba, respondemos rápido. Nunca pedimos pagamento fora da plataforma.", "declines + negation"),
    s_feat=("Enviamos por Correios, DHL ou FedEx; o código de rastreio aparece no pedido. Se gostar, deixe uma avaliação na página do pedido no Alibaba.", "couriers + on-platform review"),
    b_paid="Pagamento feito pelo Trade Assurance.",
    s_order=("Obrigado! Para o desembaraço precisamos do CNPJ, telefone e e-mail do importador.", "ordered stage, customs paperwork"),
    b_moq="Qual o pedido mínimo por cor?",
    s_moq=("Pedido mínimo 1 tonelada por cor.", "clean MOQ"),
    sig=("Atenciosamente,\nAna Souza | Exportação\nFios Brasil Têxtil\nLoja Alibaba: fiosbr.en.alibaba.com", "signature, platform shop only"),
)
LANG["fr"] = dict(
    b_open="Bonjour, il nous faut 200 kW de panneaux 550W livrés à Dakar. Votre prix ?",
    s_price="Bonjour, 0,128 USD/W FOB Shanghai pour 200 kW, délai 20 jours.",
    b_ship="Pouvez-vous inclure le fret jusqu'à Dakar ?",
    op1=("Oui. Écrivez-moi directement à contact chez solfabrik point fr, je vous réponds avec le CIF.", "e-mail with 'chez'/'point'"),
    b_open2="Avez-vous des modules bifaciaux ?",
    split_a=("Oui. Mon numéro : +221 77", "number split, first part"),
    split_b=("412 88 03, c'est aussi mon WhatsApp, plus simple pour les fiches techniques.", "number second part + WhatsApp"),
    b_thanks="Merci.",
    b_sample="Un module échantillon est possible ?",
    op2=("Possible. Ajoutez-moi sur l'appli verte, même numéro que sur notre catalogue PDF, je vous envoie la vidéo.", "'appli verte' = WhatsApp, number via catalogue"),
    b_ack="D'accord.",
    auto=("[Réponse automatique] Absent jusqu'à lundi. Urgent : Télégramme @solfabrik_pierre", "auto-reply Telegram handle"),
    b_ta="On peut passer par Trade Assurance ?",
    ta1=("Avec Trade Assurance il faut ajouter 3 % de frais, sinon virement direct au prix indiqué.", "+3% fee for TA"),
    ta2=("Nous préférons le virement SWIFT direct, Trade Assurance bloque l'argent trop longtemps ; pas de TA pour cette commande.", "refuses TA"),
    b_reply="J'ai besoin d'une protection.",
    ta3=("Alors je peux vous proposer deux options : 0,128 en virement direct ou 0,136 via Trade Assurance.", "two price routes"),
    ta_ok=("Bien sûr, commande Trade Assurance au même prix de 0,128 USD/W.", "TA accepted same price"),
    b_contact="Pouvez-vous me donner un téléphone ? Mon installateur veut des précisions techniques.",
    s_give=("Comme demandé : +33 6 12 48 77 90 (Pierre). On peut aussi continuer ici.", "buyer asked first"),
    s_decline=("Merci, mais restons sur la messagerie Alibaba. Nous ne demandons jamais de paiement hors plateforme.", "declines + negation"),
    s_feat=("L'onduleur se pilote avec l'application SolarMan et envoie des alertes par WhatsApp ou e-mail en cas de panne.", "app names as product features"),
    b_paid="Paiement effectué via Trade Assurance.",
    s_order=("Merci ! Pour le connaissement, merci d'envoyer le téléphone et l'e-mail du destinataire et du notify party.", "ordered stage, shipping documents"),
    b_moq="Quelle est la quantité minimum ?",
    s_moq=("Minimum une palette de 31 modules, soit environ 17 kW.", "clean MOQ"),
    sig=("Cordialement,\nPierre Wang | Export\nSolfabrik Energy\nBoutique Alibaba : solfabrik.en.alibaba.com", "signature, platform shop only"),
)
LANG["de"] = dict(
    b_open="Guten Tag, wir brauchen 12 t Aluprofile 6063 T5 eloxiert. Preis nach Hamburg?",
    s_price="Guten Tag, 3.180 USD/t CIF Hamburg, Lieferzeit 25 Tage.",
    b_ship="Ist die Verpackung seetauglich?",
    op1=("Ja. Zeichnungen bitte per E-Mail an vertrieb[at]alu-werk[punkt]de, dort schicke ich auch das Angebot.", "e-mail with [at]/[punkt]"),
    b_open2="Können Sie Sonderprofile nach Zeichnung fertigen?",
    split_a=("Ja. Rufen Sie mich an: null eins sieben sechs", "number in German words, first part"),
    split_b=("drei zwei eins, vier vier acht neun null. Auch per Signal erreichbar.", "second part + Signal"),
    b_thanks="Danke.",
    b_sample="Ein Musterstück von 30 cm wäre gut.",
    op2=("Gern. Schreiben Sie mir bei Tele, Benutzername: alu_werk_markus, dort geht es schneller.", "'Tele' username"),
    b_ack="Gut.",
    auto=("[Automatische Antwort] Bis 12.11. im Urlaub. Dringend? WA 0176 321 44890", "auto-reply 'WA'"),
    b_ta="Können wir die Bestellung über Trade Assurance abwickeln?",
    ta1=("Über Trade Assurance kostet es 3.290 USD/t, bei direkter Überweisung bleibt es bei 3.180.", "higher price with TA"),
    ta2=("Trade Assurance ist bei uns nicht möglich, nur Vorkasse per Banküberweisung.", "flat refusal"),
    b_reply="Ohne Käuferschutz bestellen wir nicht.",
    ta3=("Dann müssten wir für Trade Assurance die Fracht auf 1.900 USD statt 1.200 erhöhen.", "more shipping with TA"),
    ta_ok=("Selbstverständlich, Trade-Assurance-Bestellung zum gleichen Preis von 3.180 USD/t.", "TA accepted same price"),
    b_contact="Haben Sie eine E-Mail-Adresse? Unser Einkauf braucht ein formelles Angebot.",
    s_give=("Wie gewünscht: markus@alu-werk.de. Das Angebot kann ich auch hier als PDF senden.", "buyer asked first"),
    s_decline=("Danke, bitte bleiben wir im Alibaba-Chat. Wir verlangen niemals Zahlungen außerhalb der Plattform.", "declines + negation"),
    s_feat=("Der Versand erfolgt per DHL Freight oder Seefracht; die Sendungsnummer steht in der Bestellung. Geben Sie im Shop-Suchfeld 'AW-4040' ein.", "courier + shop search"),
    b_paid="Zahlung über Trade Assurance erledigt.",
    s_order=("Danke! Für die Zollabfertigung brauchen wir Telefonnummer, E-Mail und EORI-Nummer des Empfängers.", "ordered stage, customs"),
    b_moq="Mindestmenge pro Profil?",
    s_moq=("Mindestmenge 500 kg pro Profil, Werkzeugkosten einmalig 350 USD.", "clean MOQ"),
    sig=("Mit freundlichen Grüßen\nMarkus Li | Vertrieb\nAlu-Werk Foshan\nAlibaba-Shop: aluwerk.en.alibaba.com", "signature, platform shop only"),
)
LANG["it"] = dict(
    b_open="Buongiorno, ci servono 500 set da tè in porcellana per un hotel a Milano. Prezzo?",
    s_price="Buongiorno, 11,20 USD a set FOB Xiamen, consegna 20 giorni.",
    b_ship="Potete imballare in scatole singole?",
    op1=("Sì. Guardi il catalogo completo sul nostro sito: www punto porcellanatea punto it, c'è anche il modulo contatti.", "website with 'punto'"),
    b_open2="Avete il modello con bordo oro?",
    split_a=("Sì. Per le foto scrivimi: tre tre nove", "number in Italian words, first part"),
    split_b=("otto due sette, cinque cinque uno zero, su uazzap.", "second part + 'uazzap'"),
    b_thanks="Grazie.",
    b_sample="Posso avere un campione?",
    op2=("Certo. Mi lasci il suo numero di cellulare, la chiamo domani per i dettagli del campione.", "seller asks buyer's phone"),
    b_ack="Va bene.",
    auto=("[Risposta automatica] Siamo in fiera. Per urgenze: Skype porcellana.giulia", "auto-reply Skype"),
    b_ta="Possiamo usare Trade Assurance?",
    ta1=("Con Trade Assurance il prezzo diventa 12,00 a set, con bonifico diretto resta 11,20.", "higher price with TA"),
    ta2=("Per risparmiare le commissioni le consiglio di pagare con bonifico diretto o Western Union, non con Trade Assurance.", "discourages TA, WU"),
    b_reply="Preferisco la protezione.",
    ta3=("Capisco, però il link dell'ordine Trade Assurance al momento non funziona, paghi pure l'acconto sul nostro conto.", "'order link not working'"),
    ta_ok=("Certo, ordine Trade Assurance allo stesso prezzo di 11,20.", "TA accepted same price"),
    b_contact="Mi può dare un numero WhatsApp? Il mio designer vuole mandarle dei bozzetti.",
    s_give=("Come richiesto: +39 339 827 5510 (Giulia). Possiamo anche restare qui.", "buyer asked first"),
    s_decline=("Grazie, ma preferiamo continuare qui nella chat Alibaba. Non chiediamo mai pagamenti fuori dalla piattaforma.", "declines + negation"),
    s_feat=("Spediamo con DHL o TNT; dopo l'ordine le chiediamo gentilmente una recensione sulla pagina dell'ordine Alibaba.", "couriers + on-platform review"),
    b_paid="Pagamento fatto con Trade Assurance.",
    s_order=("Grazie! Per la dogana ci servono telefono ed e-mail del destinatario e la partita IVA.", "ordered stage, customs"),
    b_moq="Qual è il minimo d'ordine con logo?",
    s_moq=("Con decalcomania logo il minimo è 300 set.", "clean MOQ"),
    sig=("Cordiali saluti,\nGiulia Xu | Vendite\nJingdezhen Porcellana Co.\nNegozio Alibaba: porcellanatea.en.alibaba.com", "signature, platform shop only"),
)
LANG["ru"] = dict(
    b_open="Здравствуйте, нужно 5 тонн пряжи Ne 20/1 в Иваново. Цена?",
    s_price="Здравствуйте, 2,75 USD/кг CPT Иваново, срок 30 дней.",
    b_ship="Доставка ж/д через Казахстан возможна?",
    op1=("Да. Пишите на почту: sales собака yarn-trade точка ру, пришлю расчёт.", "e-mail with 'собака'/'точка'"),
    b_open2="Есть гребенная пряжа?",
    split_a=("Есть. Мой номер: восемь девятьсот шестнадцать", "number in Russian words, first part"),
    split_b=("четыреста двадцать, тридцать один, ноль семь — в телеге или вотсапе.", "second part + 'телега'/'вотсап'"),
    b_thanks="Спасибо.",
    b_sample="Можно образец 2 кг?",
    op2=("Можно. Вступайте в наш закрытый канал для оптовиков, там прайс и образцы: ищите «ЯрнТрейд Опт» в ТГ.", "private channel in 'ТГ'"),
    b_ack="Понял.",
    auto=("[Автоответ] Сейчас не в сети. Срочно — вайбер +7 916 420 31 07.", "auto-reply Viber"),
    b_ta="Можно оплатить через Trade Assurance?",
    ta1=("Через Trade Assurance цена 2,90 за кг из-за комиссии, напрямую на карту — 2,75.", "higher price with TA"),
    ta2=("Trade Assurance долго, мы работаем только по прямому переводу или USDT, так выгоднее.", "only direct transfer/USDT"),
    b_reply="Мне нужна защита сделки.",
    ta3=("Тогда доставка под Trade Assurance будет 900 долларов, а не 600.", "more shipping with TA"),
    ta_ok=("Конечно, оформим через Trade Assurance по той же цене 2,75.", "TA accepted same price"),
    b_contact="Дайте, пожалуйста, ваш телеграм, так быстрее согласовать цвета.",
    s_give=("Как вы просили: @yarntrade_olga. Можно продолжать и здесь.", "buyer asked first"),
    s_decline=("Спасибо, давайте общаться здесь, в чате Alibaba. Мы никогда не просим оплату вне платформы.", "declines + negation"),
    s_feat=("Отправляем СДЭК или ж/д контейнером, трек-номер будет в заказе. Введите артикул YT-30 в поиске нашего магазина.", "courier + shop search"),
    b_paid="Оплатил через Trade Assurance.",
    s_order=("Спасибо! Для таможни нужны телефон, e-mail и ИНН получателя.", "ordered stage, customs"),
    b_moq="Минимальный заказ какой?",
    s_moq=("Минимум 1 тонна на цвет.", "clean MOQ"),
    sig=("С уважением,\nОльга Чжан | Экспорт\nYarn Trade Co.\nМагазин на Alibaba: yarntrade.en.alibaba.com", "signature, platform shop only"),
)
LANG["tr"] = dict(
    b_open="Merhaba, İstanbul için 1.000 çift S3 iş botu lazım. Fiyat nedir?",
    s_price="Merhaba, 1.000 çift için çift başı 13,40 USD FOB Qingdao, teslim 25 gün.",
    b_ship="Mersin limanına navlun ekleyebilir misiniz?",
    op1=("Tabii. Detaylı teklif için mail atın: satis at guvenbot nokta com nokta tr", "e-mail with 'at'/'nokta'"),
    b_open2="Kompozit burunlu modeliniz var mı?",
    split_a=("Var. Numaram: beş yüz otuz iki", "number in Turkish words, first part"),
    split_b=("yüz on iki, kırk dört, seksen — WP'den yazın.", "second part + 'WP'"),
    b_thanks="Teşekkürler.",
    b_sample="Numune gönderebilir misiniz?",
    op2=("Gönderebiliriz. Numune fotoğraflarındaki karekodu okutun, sizi doğrudan temsilcimize bağlar.", "QR code in photos"),
    b_ack="Tamam.",
    auto=("[Otomatik yanıt] Şu an ofis dışındayız. Acil: vatsap +90 532 112 44 80", "auto-reply 'vatsap'"),
    b_ta="Trade Assurance ile ödeyebilir miyiz?",
    ta1=("Trade Assurance ile fiyat 14,20 olur, direkt havalede 13,40 kalır.", "higher price with TA"),
    ta2=("Trade Assurance çok yavaş, sadece banka havalesi kabul ediyoruz.", "'TA slow, bank only'"),
    b_reply="Güvence istiyorum.",
    ta3=("O zaman Trade Assurance siparişinde ek %4 işlem ücreti sizden alınır.", "+4% fee"),
    ta_ok=("Elbette, Trade Assurance ile aynı fiyattan, 13,40 USD.", "TA accepted same price"),
    b_contact="WhatsApp numaranızı verir misiniz? Satın alma müdürümüz arayacak.",
    s_give=("İstediğiniz gibi: +90 532 112 44 80 (Emre). Burada da devam edebiliriz.", "buyer asked first"),
    s_decline=("Teşekkürler, ama Alibaba sohbetinden devam edelim. Platform dışında asla ödeme istemeyiz.", "declines + negation"),
    s_feat=("Kargo DHL veya Aras ile gider; takip numarası siparişte görünür. Mağaza aramasına 'GB-S3' yazın.", "courier + shop search"),
    b_paid="Trade Assurance ile ödeme yaptım.",
    s_order=("Teşekkürler! Gümrük için alıcının telefonu, e-postası ve vergi numarası gerekiyor.", "ordered stage, customs"),
    b_moq="Minimum sipariş nedir?",
    s_moq=("Model başına minimum 100 çift, numaralar karışık olabilir.", "clean MOQ"),
    sig=("Saygılarımla,\nEmre Wu | Satış\nGüven Bot Ltd.\nAlibaba mağazası: guvenbot.en.alibaba.com", "signature, platform shop only"),
)
LANG["ar"] = dict(
    b_open="مرحبا، نحتاج 3000 مصباح لوحي 600x600 إلى جدة. ما السعر؟",
    s_price="مرحبا، السعر 6.20 دولار للقطعة FOB نينغبو، التسليم 15 يوما.",
    b_ship="هل يمكن الشحن إلى ميناء جدة؟",
    op1=("نعم. راسلني على الواتس: ٠٠٨٦١٣٩٢٢٠٤٥٧٨٨ وسأرسل لك التفاصيل.", "Arabic-Indic digits + 'الواتس'"),
    b_open2="هل لديكم نوع مقاوم للماء؟",
    split_a=("نعم. رقمي يبدأ بـ ١٣٩ ٢٢٠٤", "Arabic-Indic digits, first part"),
    split_b=("والباقي ٥٧٨٨، نفس الرقم على التطبيق الأخضر.", "second part + 'green app'"),
    b_thanks="شكرا.",
    b_sample="هل يمكن الحصول على عينة؟",
    op2=("ممكن. تابعنا على سناب وأرسل رسالة خاصة، العينات أرخص هناك.", "Snapchat DM"),
    b_ack="حسنا.",
    auto=("[رد آلي] نحن خارج المكتب. للطلبات العاجلة تواصل عبر التليجرام @hengda_sami", "auto-reply Telegram"),
    b_ta="هل يمكن الدفع عبر Trade Assurance؟",
    ta1=("عبر Trade Assurance السعر 6.70، أما التحويل المباشر فيبقى 6.20.", "higher price with TA"),
    ta2=("ننصحك بالتحويل البنكي المباشر أو ويسترن يونيون لتوفير الرسوم، لا نستخدم Trade Assurance.", "WU, no TA"),
    b_reply="أفضل الحماية.",
    ta3=("إذن سنضيف 150 دولار على الشحن لطلبات Trade Assurance.", "more shipping with TA"),
    ta_ok=("بالتأكيد، الطلب عبر Trade Assurance بنفس السعر 6.20.", "TA accepted same price"),
    b_contact="أعطني رقم الواتساب من فضلك، مديري يريد الاتصال.",
    s_give=("كما طلبت: +86 139 2204 5788 (سامي). ويمكننا المتابعة هنا أيضا.", "buyer asked first"),
    s_decline=("شكرا، لكن لنواصل الحديث هنا في دردشة علي بابا. نحن لا نطلب أبدا الدفع خارج المنصة.", "declines + negation"),
    s_feat=("المصباح يدعم التحكم عبر تطبيق Tuya ويعمل مع Alexa. ابحث عن الموديل HD-6060 في متجرنا.", "app feature + shop search"),
    b_paid="تم الدفع عبر Trade Assurance.",
    s_order=("شكرا! للتخليص الجمركي نحتاج هاتف المستلم وبريده الإلكتروني والسجل التجاري.", "ordered stage, customs"),
    b_moq="ما هو الحد الأدنى للطلب؟",
    s_moq=("الحد الأدنى 100 قطعة، ومع الشعار 500 قطعة.", "clean MOQ"),
    sig=("مع التحية،\nسامي تشين | المبيعات\nشركة هنغدا للإضاءة\nمتجر علي بابا: hengdalite.en.alibaba.com", "signature, platform shop only"),
)
LANG["hi"] = dict(
    b_open="नमस्ते, हमें मुंबई के लिए 10,000 बांस टूथब्रश चाहिए। कीमत क्या होगी?",
    s_price="नमस्ते, 10,000 पीस के लिए 0.19 USD प्रति पीस FOB, डिलीवरी 12 दिन।",
    b_ship="न्हावा शेवा तक शिपिंग कितनी होगी?",
    op1=("बता देंगे। पूरी जानकारी के लिए व्हाट्सऐप करें: ९८२०४ ५५१७३", "Devanagari digits + WhatsApp"),
    b_open2="क्या चारकोल ब्रिसल वाला मॉडल है?",
    split_a=("हाँ है। मेरा नंबर नोट करें: नौ आठ दो शून्य", "number in Hindi words, first part"),
    split_b=("चार पाँच पाँच एक सात तीन — हरे वाले ऐप पर मैसेज कर दीजिए।", "second part + 'green app'"),
    b_thanks="धन्यवाद।",
    b_sample="सैंपल मिल सकता है?",
    op2=("मिल जाएगा। हमारी वेबसाइट पर फ़ॉर्म भरें: ecobrush डॉट इन, वहीं से सैंपल सस्ता है।", "website with 'डॉट'"),
    b_ack="ठीक है।",
    auto=("[ऑटो रिप्लाई] अभी ऑफ़लाइन हैं। जल्दी हो तो WA करें: +91 98204 55173", "auto-reply WA"),
    b_ta="क्या Trade Assurance से पेमेंट कर सकते हैं?",
    ta1=("Trade Assurance से कीमत 0.21 होगी, सीधे बैंक ट्रांसफर पर 0.19 ही रहेगी।", "higher price with TA"),
    ta2=("Trade Assurance में बहुत समय लगता है, हम सिर्फ़ डायरेक्ट बैंक ट्रांसफर या UPI लेते हैं।", "only direct/UPI"),
    b_reply="मुझे सुरक्षा चाहिए।",
    ta3=("तो Trade Assurance ऑर्डर पर 3% अतिरिक्त शुल्क लगेगा।", "+3% fee"),
    ta_ok=("ज़रूर, Trade Assurance से उसी कीमत 0.19 पर ऑर्डर बना देते हैं।", "TA accepted same price"),
    b_contact="अपना ईमेल दे दीजिए, हमें कंपनी का औपचारिक कोटेशन चाहिए।",
    s_give=("आपके कहने पर: sales@ecobrush.in. यहाँ भी PDF भेज सकते हैं।", "buyer asked first"),
    s_decline=("धन्यवाद, पर बात यहीं Alibaba चैट में करते हैं। हम प्लेटफ़ॉर्म के बाहर कभी पेमेंट नहीं माँगते।", "declines + negation"),
    s_feat=("हम DHL या Blue Dart से भेजते हैं; ट्रैकिंग नंबर ऑर्डर में दिखेगा। दुकान की सर्च में 'EB-CH' टाइप करें।", "courier + shop search"),
    b_paid="Trade Assurance से पेमेंट कर दिया।",
    s_order=("धन्यवाद! कस्टम्स के लिए प्राप्तकर्ता का फ़ोन, ईमेल और GST नंबर भेजें।", "ordered stage, customs"),
    b_moq="न्यूनतम ऑर्डर कितना है?",
    s_moq=("न्यूनतम 1,000 पीस, लोगो के साथ 3,000 पीस।", "clean MOQ"),
    sig=("सादर,\nराहुल ली | बिक्री\nEcoBrush Co.\nAlibaba स्टोर: ecobrush.en.alibaba.com", "signature, platform shop only"),
)
LANG["id"] = dict(
    b_open="Halo kak, mau pesan 2.000 botol 500 ml untuk Jakarta. Harganya berapa?",
    s_price="Halo kak, 2,70 USD per pcs FOB Ningbo, produksi 15 hari.",
    b_ship="Bisa kirim ke Tanjung Priok?",
    op1=("Bisa kak. WA aja biar cepet: kosong delapan satu dua, tiga tiga empat lima, enam tujuh delapan sembilan.", "'WA aja' + number in words"),
    b_open2="Ada warna pastel?",
    split_a=("Ada kak. Simpan nomor saya ya: 0812 3345", "number split, first part"),
    split_b=("6789, chat di aplikasi hijau ya kak.", "second part + 'green app'"),
    b_thanks="Oke makasih.",
    b_sample="Bisa minta sampel?",
    op2=("Bisa kak, DM ke IG kami @botolkita.official, sampel lebih murah lewat sana.", "Instagram DM"),
    b_ack="Siap.",
    auto=("[Balasan otomatis] Sedang offline. Fast respon via WA 0812-3345-6789", "auto-reply WA"),
    b_ta="Bisa bayar pakai Trade Assurance?",
    ta1=("Kalau pakai Trade Assurance harganya 2,90 kak, transfer langsung tetap 2,70.", "higher price with TA"),
    ta2=("Trade Assurance lama cairnya kak, kami cuma terima transfer bank langsung ke rekening BCA.", "'TA slow, BCA transfer only'"),
    b_reply="Saya mau yang aman.",
    ta3=("Kalau begitu ongkir Trade Assurance jadi 180 USD, bukan 95.", "more shipping with TA"),
    ta_ok=("Boleh kak, pakai Trade Assurance harga tetap 2,70.", "TA accepted same price"),
    b_contact="Kak, boleh minta nomor WA? Bos saya mau telepon.",
    s_give=("Boleh kak, sesuai permintaan: 0812-3345-6789 (Dewi). Di sini juga tetap bisa.", "buyer asked first"),
    s_decline=("Makasih kak, kita lanjut di chat Alibaba saja ya. Kami tidak pernah minta pembayaran di luar platform.", "declines + negation"),
    s_feat=("Kami kirim via JNE atau DHL, nomor resi ada di pesanan. Ketik 'BK-500' di pencarian toko kami.", "courier + shop search"),
    b_paid="Sudah bayar lewat Trade Assurance.",
    s_order=("Terima kasih kak! Untuk bea cukai mohon kirim nomor telepon, email, dan NPWP penerima.", "ordered stage, customs"),
    b_moq="Minimal order berapa kak?",
    s_moq=("Minimal 100 pcs, sablon logo minimal 300 pcs.", "clean MOQ"),
    sig=("Salam,\nDewi Lin | Sales\nBotolKita Co.\nToko Alibaba: botolkita.en.alibaba.com", "signature, platform shop only"),
)
LANG["vi"] = dict(
    b_open="Chào bạn, mình cần 3.000 m2 sàn SPC 5mm về Hải Phòng. Giá bao nhiêu?",
    s_price="Chào bạn, 5,40 USD/m2 FOB Thượng Hải, giao hàng 20 ngày.",
    b_ship="Có báo giá vận chuyển về Hải Phòng không?",
    op1=("Có ạ. Bạn kết bạn Zalo với mình: không chín tám tám, một hai ba, bốn năm sáu nhé.", "Zalo + number in Vietnamese words"),
    b_open2="Có mẫu vân đá không?",
    split_a=("Có ạ. Email của mình: sanspc.viet", "e-mail split, first part"),
    split_b=("a còng gmail chấm com, gửi catalogue qua đó nhé.", "second part 'a còng'/'chấm'"),
    b_thanks="Cảm ơn.",
    b_sample="Gửi mẫu được không?",
    op2=("Được ạ. Bạn vào nhóm kín khách sỉ của bên mình trên Facebook, tìm 'SPC Sỉ VN', mẫu miễn phí ở đó.", "private Facebook group"),
    b_ack="Ok bạn.",
    auto=("[Trả lời tự động] Hiện không trực tuyến. Gấp xin nhắn Zalo 0988 123 456.", "auto-reply Zalo"),
    b_ta="Thanh toán qua Trade Assurance được không?",
    ta1=("Qua Trade Assurance giá là 5,80, chuyển khoản trực tiếp vẫn 5,40.", "higher price with TA"),
    ta2=("Trade Assurance lâu lắm, bên mình chỉ nhận chuyển khoản ngân hàng trực tiếp.", "'TA slow, bank only'"),
    b_reply="Mình muốn được bảo vệ.",
    ta3=("Vậy đơn Trade Assurance sẽ cộng thêm 3% phí bạn chịu nhé.", "+3% fee"),
    ta_ok=("Được ạ, đặt qua Trade Assurance giữ nguyên giá 5,40.", "TA accepted same price"),
    b_contact="Cho mình xin số Zalo để sếp mình gọi nhé.",
    s_give=("Theo yêu cầu của bạn: 0988 123 456 (Linh). Mình vẫn trả lời ở đây.", "buyer asked first"),
    s_decline=("Cảm ơn bạn, mình trao đổi tiếp trong chat Alibaba nhé. Bên mình không bao giờ yêu cầu thanh toán ngoài nền tảng.", "declines + negation"),
    s_feat=("Bên mình gửi DHL hoặc đường biển, mã vận đơn có trong đơn hàng. Gõ 'SPC-5M' vào ô tìm kiếm cửa hàng.", "courier + shop search"),
    b_paid="Đã thanh toán qua Trade Assurance.",
    s_order=("Cảm ơn! Để làm thủ tục hải quan cần số điện thoại, email và mã số thuế người nhận.", "ordered stage, customs"),
    b_moq="Số lượng tối thiểu là bao nhiêu?",
    s_moq=("Tối thiểu 500 m2 mỗi mẫu.", "clean MOQ"),
    sig=("Trân trọng,\nLinh Tran | Kinh doanh\nSPC Flooring Co.\nCửa hàng Alibaba: spcfloor.en.alibaba.com", "signature, platform shop only"),
)
LANG["th"] = dict(
    b_open="สวัสดีค่ะ ต้องการชุดน้ำชา 300 ชุดส่งกรุงเทพ ราคาเท่าไหร่คะ",
    s_price="สวัสดีค่ะ ชุดละ 10.50 USD FOB เซียะเหมิน ผลิต 20 วันค่ะ",
    b_ship="ส่งถึงแหลมฉบังได้ไหมคะ",
    op1=("ได้ค่ะ แอดไลน์มาคุยรายละเอียดได้เลย ไอดี @teahouse.th ค่ะ", "LINE ID"),
    b_open2="มีลายครามไหมคะ",
    split_a=("มีค่ะ เบอร์ดิฉัน ๐๘๑", "Thai digits, first part"),
    split_b=("๒๓๔ ๕๖๗๘ ทักไลน์เบอร์นี้ได้เลยค่ะ", "second part + LINE"),
    b_thanks="ขอบคุณค่ะ",
    b_sample="ขอตัวอย่างได้ไหมคะ",
    op2=("ได้ค่ะ สแกนคิวอาร์โค้ดในรูปสินค้า จะเข้ากลุ่มลูกค้าส่วนตัวของร้าน มีโปรตัวอย่างค่ะ", "QR code to private group"),
    b_ack="โอเคค่ะ",
    auto=("[ตอบกลับอัตโนมัติ] ขณะนี้ไม่อยู่ ด่วนทักไลน์ 081-234-5678", "auto-reply LINE"),
    b_ta="จ่ายผ่าน Trade Assurance ได้ไหมคะ",
    ta1=("ถ้าผ่าน Trade Assurance ราคาชุดละ 11.30 ค่ะ โอนตรงราคาเดิม 10.50", "higher price with TA"),
    ta2=("Trade Assurance ช้ามากค่ะ ร้านรับแค่โอนเข้าบัญชีธนาคารโดยตรง", "'TA slow, bank only'"),
    b_reply="อยากได้ความคุ้มครองค่ะ",
    ta3=("ถ้างั้นค่าส่งสำหรับ Trade Assurance จะเพิ่มเป็น 240 USD จาก 150 ค่ะ", "more shipping with TA"),
    ta_ok=("ได้เลยค่ะ สั่งผ่าน Trade Assurance ราคาเดิม 10.50 ค่ะ", "TA accepted same price"),
    b_contact="ขอไลน์หน่อยได้ไหมคะ หัวหน้าอยากคุยด้วย",
    s_give=("ตามที่ขอค่ะ ไลน์ @teahouse.th ส่วนที่นี่ก็คุยต่อได้ค่ะ", "buyer asked first"),
    s_decline=("ขอบคุณค่ะ แต่คุยกันในแชท Alibaba นะคะ ร้านไม่เคยขอให้ชำระเงินนอกแพลตฟอร์มค่ะ", "declines + negation"),
    s_feat=("ส่งด้วย DHL หรือ Kerry ค่ะ เลขพัสดุจะอยู่ในคำสั่งซื้อ พิมพ์ 'TS-08' ในช่องค้นหาร้านได้เลย", "courier + shop search"),
    b_paid="ชำระผ่าน Trade Assurance แล้วค่ะ",
    s_order=("ขอบคุณค่ะ สำหรับพิธีศุลกากรขอเบอร์โทร อีเมล และเลขผู้เสียภาษีของผู้รับค่ะ", "ordered stage, customs"),
    b_moq="ขั้นต่ำกี่ชุดคะ",
    s_moq=("ขั้นต่ำ 50 ชุด สกรีนโลโก้ขั้นต่ำ 300 ชุดค่ะ", "clean MOQ"),
    sig=("ด้วยความเคารพ\nนิดา หวัง | ฝ่ายขาย\nTea House Ceramics\nร้าน Alibaba: teahouse.en.alibaba.com", "signature, platform shop only"),
)
LANG["ja"] = dict(
    b_open="こんにちは。550Wパネルを100kW分、大阪向けに見積もりをお願いします。",
    s_price="こんにちは。100kWで0.132 USD/W FOB上海、納期20日です。",
    b_ship="大阪港までのCIFも可能ですか？",
    op1=("可能です。詳細はＬＩＮＥでお送りします。ID：ｓｏｌａｒ＿ｋｅｎ", "full-width LINE ID"),
    b_open2="両面発電モジュールはありますか？",
    split_a=("あります。お電話ください：０９０－", "full-width digits, first part"),
    split_b=("１２３４－５６７８（担当：健）", "second part"),
    b_thanks="ありがとうございます。",
    b_sample="サンプル1枚は可能ですか？",
    op2=("可能です。メールでご連絡ください：ken あっと solarjp どっと jp", "e-mail with 'あっと'/'どっと'"),
    b_ack="承知しました。",
    auto=("【自動返信】ただいま不在です。お急ぎの方はカカオトーク solar_ken まで。", "auto-reply KakaoTalk"),
    b_ta="Trade Assuranceで注文できますか？",
    ta1=("Trade Assuranceの場合は0.140 USD/Wになります。銀行振込なら0.132のままです。", "higher price with TA"),
    ta2=("Trade Assuranceは入金まで時間がかかるため、銀行振込のみ対応しております。", "'TA slow, bank only'"),
    b_reply="保護があるほうがいいです。",
    ta3=("それでは、Trade Assuranceのご注文には手数料3％を別途ご負担いただきます。", "+3% fee"),
    ta_ok=("もちろんです。Trade Assuranceで同じ0.132 USD/Wでお受けします。", "TA accepted same price"),
    b_contact="担当者のメールアドレスを教えていただけますか？社内稟議に必要です。",
    s_give=("ご依頼により：ken@solarjp.jp です。ここでも引き続き対応いたします。", "buyer asked first"),
    s_decline=("ありがとうございます。やり取りはこのAlibabaチャットでお願いします。プラットフォーム外での支払いをお願いすることは決してありません。", "declines + negation"),
    s_feat=("パワコンはSolarmanアプリで監視でき、異常時はLINE通知も可能です。", "app names as product features"),
    b_paid="Trade Assuranceで支払いました。",
    s_order=("ありがとうございます。通関のため、受取人の電話番号とメールアドレスをお知らせください。", "ordered stage, customs"),
    b_moq="最小注文数量は？",
    s_moq=("1パレット（31枚）からです。", "clean MOQ"),
    sig=("よろしくお願いいたします。\n健 王 | 営業\nSolar JP Trading\nAlibabaショップ：solarjp.en.alibaba.com", "signature, platform shop only"),
)
LANG["ko"] = dict(
    b_open="안녕하세요, 부산으로 안전화 500켤레 필요합니다. 가격이 어떻게 되나요?",
    s_price="안녕하세요, 켤레당 14.20 USD FOB 칭다오, 납기 20일입니다.",
    b_ship="부산항까지 운임 포함 가능할까요?",
    op1=("가능합니다. 카톡으로 연락 주세요, 아이디 safety_min 입니다.", "KakaoTalk ID"),
    b_open2="복합소재 토캡 모델 있나요?",
    split_a=("있습니다. 제 번호는 공일공", "Korean number words, first part"),
    split_b=("일이삼사 오육칠팔, 문자 주세요.", "second part + SMS"),
    b_thanks="감사합니다.",
    b_sample="샘플 받을 수 있나요?",
    op2=("가능합니다. 네이버 밴드 비공개 그룹 '안전화 도매'에 가입하시면 샘플 할인 있습니다.", "private Naver Band group"),
    b_ack="알겠습니다.",
    auto=("[자동응답] 현재 부재중입니다. 급한 용무는 텔레 @safety_min 으로.", "auto-reply 'tele'"),
    b_ta="Trade Assurance로 결제 가능한가요?",
    ta1=("Trade Assurance로 하시면 켤레당 15.00, 직접 송금이면 14.20입니다.", "higher price with TA"),
    ta2=("Trade Assurance는 시간이 오래 걸려서 저희는 직접 은행 송금만 받습니다.", "'TA slow, bank only'"),
    b_reply="보호받고 싶습니다.",
    ta3=("그러면 Trade Assurance 주문은 운임이 250달러 추가됩니다.", "more shipping with TA"),
    ta_ok=("물론입니다. Trade Assurance로 같은 가격 14.20에 진행하겠습니다.", "TA accepted same price"),
    b_contact="카톡 아이디 알려주실 수 있나요? 대표님이 직접 통화하고 싶어 하십니다.",
    s_give=("요청하셔서 알려드립니다: safety_min. 여기서도 계속 답변드립니다.", "buyer asked first"),
    s_decline=("감사합니다만, 여기 Alibaba 채팅에서 계속 이야기 나눠요. 저희는 플랫폼 밖 결제를 절대 요구하지 않습니다.", "declines + negation"),
    s_feat=("DHL이나 CJ대한통운으로 보내드리며 송장번호는 주문에 표시됩니다. 상점 검색창에 'SM-S3' 입력하세요.", "courier + shop search"),
    b_paid="Trade Assurance로 결제했습니다.",
    s_order=("감사합니다! 통관을 위해 수령인 전화번호, 이메일, 개인통관고유부호를 보내주세요.", "ordered stage, customs"),
    b_moq="최소 주문 수량은요?",
    s_moq=("모델당 최소 100켤레, 사이즈 혼합 가능합니다.", "clean MOQ"),
    sig=("감사합니다.\n민 리 | 영업\nSafety Min Co.\nAlibaba 상점: safetymin.en.alibaba.com", "signature, platform shop only"),
)

CONVS = []  # each: {"lang", "stage", "msgs": [ (sender, text, expect, allow, note, kind, stage) ]}


def B(text, lang, stage="none"):
    return ("buyer", text, [], [], f"buyer message ({lang})", "text", stage)


def S(pair, lang, expect=(), allow=(), kind="text", stage="none", hn=None):
    text, tactic = pair if isinstance(pair, tuple) else (pair, "")
    if expect:
        note = f"{expect[0]}: {tactic} ({lang})" + (f"; also {', '.join(expect[1:])}" if len(expect) > 1 else "")
    elif hn:
        note = f"hard negative for {hn}: {tactic} ({lang})"
    else:
        note = f"clean: {tactic or 'ordinary seller reply'} ({lang})"
    return ("seller", text, list(expect), list(allow), note, kind, stage)


for lg, d in LANG.items():
    CONVS += [
        {"lang": lg, "msgs": [B(d["b_open"], lg), S(d["s_price"], lg), B(d["b_ship"], lg), S(d["op1"], lg, [OP])]},
        {"lang": lg, "msgs": [B(d["b_open2"], lg), S(d["split_a"], lg, [OP]), S(d["split_b"], lg, [OP]), B(d["b_thanks"], lg)]},
        {"lang": lg, "msgs": [B(d["b_sample"], lg), S(d["op2"], lg, [OP]), B(d["b_ack"], lg)]},
        {"lang": lg, "msgs": [B(d["b_open"], lg), S(d["auto"], lg, [OP], kind="auto_reply")]},
        {"lang": lg, "msgs": [B(d["b_open"], lg), S(d["s_price"], lg), B(d["b_ta"], lg), S(d["ta1"], lg, [TA])]},
        {"lang": lg, "msgs": [B(d["b_ta"], lg), S(d["ta2"], lg, [TA]), B(d["b_reply"], lg), S(d["ta3"], lg, [TA])]},
        {"lang": lg, "msgs": [B(d["b_ta"], lg), S(d["ta_ok"], lg, hn=TA), B(d["b_thanks"], lg)]},
        {"lang": lg, "msgs": [B(d["b_contact"], lg), S(d["s_give"], lg, hn=OP), B(d["b_thanks"], lg)]},
        {"lang": lg, "msgs": [B(d["b_contact"], lg), S(d["s_decline"], lg, hn=OP), B(d["b_ack"], lg), S(d["s_feat"], lg, hn=OP)]},
        {"lang": lg, "msgs": [B(d["b_paid"], lg, "ordered"), S(d["s_order"], lg, hn=OP, stage="ordered"), B(d["b_thanks"], lg, "ordered")]},
        {"lang": lg, "msgs": [B(d["b_open"], lg), S(d["s_price"], lg), B(d["b_moq"], lg), S(d["s_moq"], lg)]},
        {"lang": lg, "msgs": [B(d["b_open2"], lg), S(d["sig"], lg, hn=OP, kind="signature")]},
    ]

E = "en"
EXTRA = [
    [B("Need 800 insulated bottles, 500 ml, custom colour. Quote?", E),
     S(("Sure, 2.85/pc. Send the Pantone card to sales hengda-lite.com (put the usual sign between sales and the domain).", "e-mail without '@', described in words"), E, [OP]),
     B("Ok.", E)],
    [B("Do you have a video of the production line?", E),
     S(("Yes! Do you have WeChat? Easier to send long videos there.", "asks buyer for WeChat"), E, [OP]),
     B("I don't use it.", E),
     S(("No problem, then add VX: hd_led88 or Skype live:.cid.7731e2", "VX + Skype"), E, [OP])],
    [B("Price for 50 tons of 6063 profiles?", E),
     S(("3,050/t. For drawings, just google our company name, the contact form on our own website is faster than this chat.", "own website without naming it"), E, [OP])],
    [B("Can you send the certificate?", E),
     S(("The phone number is on our business license photo in the listing, call me and I'll explain the certificate.", "points to number in an image"), E, [OP]),
     B("I prefer chat.", E)],
    [B("Hi", E),
     S(("Hello friend 😊 📞 1️⃣3️⃣8️⃣ 4️⃣4️⃣2️⃣1️⃣ 9️⃣0️⃣7️⃣6️⃣ — message me for real photos", "keycap emoji digits"), E, [OP])],
    [B("I want to buy one panel to test.", E),
     S(("Best regards, Kevin | kevin.hengda(at)gmail(dot)com | tel/WA +86 138 4421 9076", "signature with personal gmail (at)/(dot)"), E, [OP], kind="signature")],
    [B("What is the price for 3,000 toothbrushes?", E),
     S("0.21/pc with one-colour logo.", E),
     B("Can I use Trade Assurance?", E),
     S(("Yes, then it is 0.24/pc.", "TA accepted but at a higher price, TA not named in the reply"), E, [TA])],
    [B("I'd like to pay through Trade Assurance.", E),
     S(("If you insist on Trade Assurance the minimum order becomes 5,000 pcs; by T/T we can do 1,000.", "MOQ condition for TA"), E, [TA])],
    [B("Please make a Trade Assurance order for 300 sets.", E),
     S(("We can use TA, but the 2.99% fee is on the buyer.", "fee shifted onto buyer"), E, [TA]),
     B("Other suppliers don't charge that.", E),
     S(("Then pay the deposit by bank transfer and add me on WhatsApp +86 135 0472 1188 to confirm the slip.", "bank transfer + WhatsApp"), E, [TA, OP])],
    [B("Can I pay by T/T?", E),
     S(("Yes, T/T is possible inside Trade Assurance via Alibaba.com Pay - same price, you stay protected.", "T/T inside TA"), E, hn=TA)],
    [B("Is the 30% deposit also protected?", E),
     S(("Yes, the deposit and the balance both go through Trade Assurance; the platform fee is on us, price unchanged.", "TA fee absorbed"), E, hn=TA)],
    [B("Price for 200 sets via Trade Assurance?", E),
     S(("For 50 sets it was 12.50; for 200 sets via Trade Assurance it is 11.90.", "TA price lower by quantity tier"), E, hn=TA),
     B("Great.", E)],
    [B("Trade Assurance for 20 pairs only, what price?", E),
     S(("For 20 pairs the price is 15.90 (under our 100-pair MOQ the small-lot price applies, TA or not).", "price difference from quantity, not TA"), E, [], [TA], hn=TA)],
    [B("Please send me your catalogue by e-mail when it is ready. My address is tom.b@buildco.ae", E),
     S("Sure, we'll prepare it.", E),
     B("Also what's the lead time for 10 t?", E),
     S("25 days.", E),
     S(("Catalogue sent to tom.b@buildco.ae from sales@alu-werk.de, please check.", "buyer asked three turns earlier"), E, [], [OP], hn=OP)],
    [B("My WhatsApp is +971 50 123 4567, send me pictures there.", E),
     S(("Thanks, I will send them to your WhatsApp now.", "buyer offered own WhatsApp first"), E, [], [OP], hn=OP)],
    [B("Can we move to WhatsApp?", E),
     S(("Sorry, please don't share WhatsApp numbers here; the platform chat protects both of us and has video calls too.", "declines, names app"), E, hn=OP)],
    [B("Which item is the 40W one?", E),
     S(("Item no. 86-138-4421 is the 40W version; 86-138-4422 is 36W.", "item codes shaped like +86 phone numbers"), E, hn=OP)],
    [B("Parcel status?", E, "shipping"),
     S(("Tracking: UPS 1Z 999 AA1 0123 4567 84. The courier will call your phone +971 50 123 4567 before delivery, please confirm it is correct.", "shipping stage, courier phone"), E, hn=OP, stage="shipping")],
    [B("Could you check line 2 of the quotation?", E),
     S(("Line 2 was wrong, corrected. Zoom in on the photo to see the signal-grey finish; payment by telegraphic transfer under Trade Assurance.", "'line'/'zoom'/'signal'/'telegraphic' as ordinary words"), E, hn=OP)],
    [B("Will you send the invoice?", E, "ordered"),
     S(("Yes, please give us an e-mail for the commercial invoice and packing list.", "order paperwork"), E, hn=OP, stage="ordered")],
    [B("Are these bottles dishwasher safe?", E),
     S(("Yes, lid top-rack only. We never move buyers to WhatsApp or ask for payment outside Alibaba - all here.", "negated statement naming WhatsApp"), E, hn=OP)],
    [B("Do you accept Western Union?", E),
     S(("We prefer you use Trade Assurance for your protection; Western Union is not accepted.", "discourages WU, recommends TA"), E, hn=TA)],
    [B("How fast can you ship?", E),
     S(("Shipping in 7 days. P.S. contact me on my personal mail for a better price, it's my name at the big G mail.", "vague e-mail 'name at big G mail'"), E, [OP])],
    [B("Hello, price for 100 pairs?", E),
     S(("14.50/pair. Follow our page on FB 'SafetyMin Boots' and DM us, we reply faster there.", "Facebook page DM"), E, [OP])],
]
ML = [
    ("es", [B("¿Aceptan pago con Trade Assurance?", "es"),
            S(("Sí, pero hay dos rutas: por Trade Assurance 3,30 y por PayPal amigos y familia 2,95.", "two routes, PayPal F&F"), "es", [TA])]),
    ("zh", [B("能走信保吗？", "zh"),
            S(("可以，但信保要另加运费200美金，直接付款就包邮。", "extra shipping under TA"), "zh", [TA])]),
    ("zh", [B("你们工厂在哪里？", "zh"),
            S(("在宁波。可以在我们阿里店铺首页看工厂视频，搜索型号HD-6060就能找到。", "shop search, platform video"), "zh", hn=OP)]),
    ("zh", [B("请问有现货吗？", "zh"),
            S(("有现货。加个企鹅吧：八八六七二一三五", "QQ as 企鹅 + Chinese numerals"), "zh", [OP])]),
    ("ru", [B("Можно оплатить картой через Alibaba?", "ru"),
            S(("Да, через Alibaba.com Pay картой, цена та же. Мы никогда не просим писать в Telegram или WhatsApp.", "negation naming apps"), "ru", hn=OP)]),
    ("ar", [B("كم سعر الشحن إلى الرياض؟", "ar"),
            S(("الشحن 85 دولار عبر DHL، ورقم التتبع سيظهر في الطلب.", "courier + tracking"), "ar", hn=OP)]),
    ("de", [B("Haben Sie eine Website?", "de"),
            S(("Ja: www.alu-werk.de — auf Ihre Frage hin.", "buyer asked for website"), "de", hn=OP)]),
    ("fr", [B("Le prix pour 50 kW ?", "fr"),
            S(("0,131 USD/W. Pour un meilleur prix, passez sur notre site officiel et remplissez le formulaire, je ne peux pas tout dire ici.", "own website, unnamed"), "fr", [OP])]),
    ("tr", [B("Fiyat?", "tr"),
            S(("13,40 USD. Detaylar için İnstagram hesabımızdan DM atın: @guvenbot", "Instagram DM"), "tr", [OP])]),
    ("vi", [B("Cho xin giá 1.000 m2?", "vi"),
            S(("5,60 USD/m2. Bạn cho mình xin số điện thoại, mình gọi tư vấn nhé.", "asks buyer's phone"), "vi", [OP])]),
    ("ko", [B("Trade Assurance 가능한가요?", "ko"),
            S(("Trade Assurance 주문은 링크가 막혀 있어서 계좌이체로만 가능합니다.", "'link blocked', bank only"), "ko", [TA])]),
    ("ja", [B("支払い方法は？", "ja"),
            S(("Trade Assurance（T/T・カード）でお支払いいただけます。価格は変わりません。", "TA payment terms"), "ja", hn=TA)]),
    ("hi", [B("पेमेंट कैसे करें?", "hi"),
            S(("सिर्फ़ USDT या Western Union, Trade Assurance नहीं।", "crypto/WU only"), "hi", [TA])]),
    ("id", [B("Bisa COD?", "id"),
            S(("Tidak bisa COD kak, semua pembayaran lewat Trade Assurance agar aman.", "TA encouraged"), "id", hn=TA)]),
    ("th", [B("มีวิดีโอสินค้าไหมคะ", "th"),
            S(("มีค่ะ ส่งในแชทนี้ให้เลยนะคะ หรือดูวิดีโอในหน้าร้าน Alibaba ได้ค่ะ", "video on platform"), "th", hn=OP)]),
    ("it", [B("Quanto costa la spedizione?", "it"),
            S(("Con DHL 95 USD; il numero di tracciamento sarà nell'ordine.", "courier"), "it", hn=OP)]),
    ("es", [B("¿Cuánto cuesta el envío a Lima?", "es"),
            S(("Depende. Mándame tu número de celular y te llamo para explicarte mejor.", "asks buyer's phone"), "es", [OP]),
            B("Prefiero por aquí.", "es")]),
    ("pt", [B("Vocês têm telefone para contato? Quero falar com o engenheiro.", "pt"),
            S("Ótimo, qual espessura precisa?", "pt"),
            B("6 mm.", "pt"),
            S(("Temos 6 mm. O telefone que pediu: +55 11 98765-4321 (eng. Paulo).", "buyer asked two turns earlier"), "pt", [], [OP], hn=OP)]),
    ("fr", [B("Vous avez WhatsApp ?", "fr"),
            S(("Nous ne communiquons pas par WhatsApp, tout passe par la messagerie Alibaba, désolé.", "declines, names app"), "fr", hn=OP)]),
    ("de", [B("Können wir 8 t über Trade Assurance bestellen?", "de"),
            S(("Trade Assurance erst ab 20 t, darunter nur Vorkasse per Überweisung.", "TA only above a quantity"), "de", [TA]),
            B("Schade.", "de")]),
    ("it", [B("Avete un catalogo?", "it"),
            S(("Sì, ci cerchi su Google col nome dell'azienda: sul sito ufficiale trova catalogo e prezzi riservati.", "own website via Google"), "it", [OP])]),
    ("ru", [B("Пришлите видео с производства.", "ru"),
            S(("Скину QR-код вичата, отсканируйте — там отправлю видео.", "WeChat as 'вичат' QR"), "ru", [OP])]),
    ("tr", [B("WeChat'iniz var mı? Patronum orada yazışmayı tercih ediyor.", "tr"),
            S(("İstediğiniz için paylaşıyorum: hd_led88. Buradan da devam edebiliriz.", "buyer asked first"), "tr", hn=OP)]),
    ("ar", [B("هل يمكن الدفع نقدا عند الاستلام؟", "ar"),
            S(("لا، كل المدفوعات عبر Trade Assurance لحمايتك، ونحن لا نتعامل خارج المنصة.", "TA encouraged + negation"), "ar", hn=TA)]),
    ("hi", [B("क्या Trade Assurance से ऑर्डर हो सकता है?", "hi"),
            S(("Trade Assurance का ऑर्डर लिंक अभी बंद है, कृपया सीधे हमारे बैंक खाते में भेजें।", "'order link closed', direct bank"), "hi", [TA])]),
    ("vi", [B("Mình muốn xem thêm ảnh thật.", "vi"),
            S(("Bạn nhắn qua Messenger trang Facebook của bên mình nhé, ảnh thật gửi bên đó.", "Facebook Messenger"), "vi", [OP])]),
    ("th", [B("ใช้ Trade Assurance ได้ไหมคะ", "th"),
            S(("ร้านไม่รับ Trade Assurance ค่ะ", "flat refusal"), "th", [TA]),
            B("เสียดายค่ะ", "th")]),
    ("ja", [B("御社の電話番号を教えてください。", "ja"),
            S(("ご質問ありがとうございます。代表番号は03-1234-5678です。", "buyer asked first"), "ja", hn=OP)]),
    ("ko", [B("결제 방법이 어떻게 되나요?", "ko"),
            S(("카카오페이나 계좌이체로 직접 결제하시면 5% 할인해 드립니다.", "discount for paying outside"), "ko", [TA])]),
    ("zh", [B("有视频吗？", "zh"),
            S(("有的，加个飞机聊：@hd_led，视频高清。", "Telegram as 飞机"), "zh", [OP])]),
    ("id", [B("Harga 5.000 sikat gigi?", "id"),
            S(("0,18 USD per pcs kak. Kami tidak pernah minta transfer di luar Alibaba, semua lewat Trade Assurance.", "negation"), "id", hn=TA)]),
    ("en", [B("Can you ship to Guam?", "en"),
            S(("Yes, FedEx to Guam is 190 for 100 pcs because of the remote-area surcharge; the amount is in the order under Trade Assurance.", "remote area surcharge, TA"), "en", hn=TA)]),
    ("pt", [B("Tem desconto para pagamento à vista?", "pt"),
            S(("Tem sim: 3% de desconto se pagar por PIX direto, fora do Trade Assurance.", "discount for paying outside TA"), "pt", [TA])]),
]
for m in EXTRA:
    CONVS.append({"lang": "en", "msgs": m})
for lg, m in ML:
    CONVS.append({"lang": lg, "msgs": m})

R.shuffle(CONVS)
MESSAGES = []
chans = ["chat"] * 6 + ["inquiry", "rfq", "site_message"]
t = T0 + timedelta(days=10)
mi = 0
for ci, cv in enumerate(CONVS):
    cid = f"BC-{8001 + ci}"
    cat = R.choice(CAT_IDS)
    merchant = R.choice(MERCH[cat])
    buyer = R.choice(BUYERS)
    ch = R.choice(chans)
    t += timedelta(minutes=R.randint(20, 200))
    tt = t
    for (sender, text, exp, allow, note, kind, stage) in cv["msgs"]:
        tt += timedelta(minutes=R.randint(1, 45))
        mid = f"BMSG-{500001 + mi}"
        mi += 1
        ev = {"schema": "message.v1", "event_id": eid("msg", mid), "message_id": mid, "conversation_id": cid,
              "merchant_id": merchant, "buyer_id": buyer, "sender": sender, "channel": ch, "kind": kind, "text": text,
              "order_stage": stage, "sent_at": iso(tt)}
        MESSAGES.append({"ev": ev, "expect": exp, "allow": allow, "note": note, "lang": cv["lang"]})

# ------------------------------------------------------------------ write
EVENTS = [s["ev"] for s in LISTINGS] + [o["ev"] for o in ORDERS] + COMPLAINTS + [m["ev"] for m in MESSAGES]


def label(subject, sid, expect, allow, note):
    return {"subject": subject, "subject_id": sid, "expect": list(expect), "allow": list(allow), "note": note}


LABELS = ([label("listing", s["ev"]["listing_id"], s["expect"], s["allow"], s["note"]) for s in LISTINGS]
          + [label("order", o["ev"]["order_id"], o["expect"], o["allow"], o["note"]) for o in ORDERS]
          + [label("message", m["ev"]["message_id"], m["expect"], m["allow"], m["note"]) for m in MESSAGES])
EV_PATH = os.path.join(HERE, "events.jsonl")
LB_PATH = os.path.join(HERE, "labels.jsonl")
with open(EV_PATH, "w", encoding="utf-8", newline="\n") as f:
    for ev in EVENTS:
        f.write(json.dumps(ev, ensure_ascii=False) + "\n")
with open(LB_PATH, "w", encoding="utf-8", newline="\n") as f:
    for lb in LABELS:
        f.write(json.dumps(lb, ensure_ascii=False) + "\n")

# ------------------------------------------------------------------ validate (re-read from disk)
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


FIELDS = {
    "listing.v1": ["schema", "event_id", "op", "listing_id", "version", "merchant_id", "category_id", "category_path",
                   "title", "description", "currency", "unit", "moq", "price_tiers", "price_range", "skus", "shipping",
                   "customization", "sample_price", "updated_at"],
    "message.v1": ["schema", "event_id", "message_id", "conversation_id", "merchant_id", "buyer_id", "sender", "channel",
                   "kind", "text", "order_stage", "sent_at"],
    "order.v1": ["schema", "event_id", "order_id", "listing_id", "merchant_id", "buyer_id", "quantity", "currency",
                 "quoted_shipping_fee", "charged_shipping_fee", "trade_assurance", "placed_at"],
    "complaint.v1": ["schema", "event_id", "complaint_id", "merchant_id", "listing_id", "buyer_id", "stage", "claim",
                     "verified", "reviewed_at"],
}
ORDER_OF_SCHEMAS = ["listing.v1", "order.v1", "complaint.v1", "message.v1"]
num = (int, float)
RFC = "%Y-%m-%dT%H:%M:%SZ"


def okt(s):
    try:
        datetime.strptime(s, RFC)
        return True
    except Exception:
        return False


evs, lbs = [], []
for path, out in ((EV_PATH, evs), (LB_PATH, lbs)):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                FAIL.append(f"{path} line {n} does not parse: {e}")

seen, ids = set(), {k: {} for k in FIELDS}
last_rank = 0
conv_done, cur_conv, cur_t, party = set(), None, None, {}
for ev in evs:
    sc = ev.get("schema")
    if not check(sc in FIELDS, f"unknown schema {sc}"):
        continue
    check(list(ev) == FIELDS[sc], f"{sc} {ev.get('event_id')}: fields {list(ev)} != contract")
    check(isinstance(ev["event_id"], str) and ev["event_id"] not in seen, f"event_id {ev['event_id']}")
    seen.add(ev["event_id"])
    rank = ORDER_OF_SCHEMAS.index(sc)
    check(rank >= last_rank, f"event order {sc}")
    last_rank = rank
    idf = {"listing.v1": "listing_id", "order.v1": "order_id", "complaint.v1": "complaint_id", "message.v1": "message_id"}[sc]
    check(ev[idf] not in ids[sc], f"duplicate {ev[idf]}")
    ids[sc][ev[idf]] = ev
    if sc == "listing.v1":
        lid = ev["listing_id"]
        check(lid.startswith("BL-") and ev["merchant_id"].startswith("BM-"), f"ids {lid}")
        check(ev["op"] == "upsert" and isinstance(ev["version"], int) and ev["version"] >= 1, f"op/version {lid}")
        check(ev["category_id"] in CATS and ev["unit"] == CATS[ev["category_id"]]["unit"], f"category/unit {lid}")
        check(isinstance(ev["category_path"], list) and all(isinstance(x, str) for x in ev["category_path"]), f"path {lid}")
        check(isinstance(ev["title"], str) and isinstance(ev["description"], str) and ev["title"], f"text {lid}")
        check(isinstance(ev["moq"], int) and ev["moq"] >= 1, f"moq {lid}")
        mq = [t["min_qty"] for t in ev["price_tiers"]]
        check(mq == sorted(mq) and len(set(mq)) == len(mq), f"tiers not ascending {lid}")
        check(all(set(t) == {"min_qty", "unit_price"} and isinstance(t["min_qty"], int) and isinstance(t["unit_price"], num)
                  and t["unit_price"] > 0 for t in ev["price_tiers"]), f"tier {lid}")
        check(ev["price_tiers"] or ev["price_range"] is not None, f"neither tiers nor range {lid}")
        if ev["price_range"] is not None:
            check(set(ev["price_range"]) == {"min", "max"} and 0 < ev["price_range"]["min"] <= ev["price_range"]["max"], f"range {lid}")
        for s in ev["skus"]:
            check(set(s) == {"sku_id", "name", "unit_price", "attributes"} and isinstance(s["unit_price"], num)
                  and s["unit_price"] > 0 and isinstance(s["attributes"], dict), f"sku {lid}")
        for s in ev["shipping"]:
            check(set(s) == {"method", "fee", "for_qty"} and isinstance(s["fee"], num) and s["fee"] >= 0
                  and isinstance(s["for_qty"], int) and s["for_qty"] >= 1, f"shipping {lid}")
        for s in ev["customization"]:
            check(set(s) == {"option", "min_qty"} and isinstance(s["min_qty"], int) and s["min_qty"] >= 1, f"custom {lid}")
        check(ev["sample_price"] is None or (isinstance(ev["sample_price"], num) and ev["sample_price"] > 0), f"sample {lid}")
        check(ev["currency"] == "USD" and okt(ev["updated_at"]), f"currency/time {lid}")
    elif sc == "order.v1":
        lst = ids["listing.v1"].get(ev["listing_id"])
        check(lst is not None and lst["merchant_id"] == ev["merchant_id"], f"order {ev['order_id']} listing/merchant")
        check(ev["order_id"].startswith("BO-") and ev["buyer_id"].startswith("BB-"), f"order ids {ev['order_id']}")
        check(isinstance(ev["trade_assurance"], bool) and isinstance(ev["quantity"], int) and ev["quantity"] >= 1
              and ev["currency"] == "USD" and ev["quoted_shipping_fee"] >= 0 and ev["charged_shipping_fee"] >= 0
              and okt(ev["placed_at"]), f"order fields {ev['order_id']}")
        check(lst is None or ev["placed_at"] > lst["updated_at"], f"order {ev['order_id']} before listing")
    elif sc == "complaint.v1":
        lst = ids["listing.v1"].get(ev["listing_id"])
        check(lst is not None and lst["merchant_id"] == ev["merchant_id"], f"complaint {ev['complaint_id']}")
        check(ev["claim"] in ALL_CODES and ev["stage"] in ("inquiry", "pre_payment", "post_payment")
              and isinstance(ev["verified"], bool) and okt(ev["reviewed_at"]), f"complaint {ev['complaint_id']}")
    else:
        check(ev["sender"] in ("seller", "buyer") and ev["channel"] in ("chat", "inquiry", "rfq", "site_message")
              and ev["kind"] in ("text", "auto_reply", "signature") and ev["order_stage"] in ("none", "ordered", "shipping"),
              f"message enums {ev['message_id']}")
        check(ev["kind"] == "text" or ev["sender"] == "seller", f"buyer kind {ev['message_id']}")
        check(isinstance(ev["text"], str) and ev["text"].strip() and okt(ev["sent_at"]), f"text/time {ev['message_id']}")
        if ev["conversation_id"] != cur_conv:
            check(ev["conversation_id"] not in conv_done, f"conversation {ev['conversation_id']} not contiguous")
            conv_done.add(ev["conversation_id"])
            cur_conv, cur_t = ev["conversation_id"], ev["sent_at"]
            party[cur_conv] = (ev["merchant_id"], ev["buyer_id"])
        check(ev["sent_at"] >= cur_t, f"{cur_conv} time order")
        check(party[cur_conv] == (ev["merchant_id"], ev["buyer_id"]), f"{cur_conv} parties")
        cur_t = ev["sent_at"]

subj = {"listing": ids["listing.v1"], "order": ids["order.v1"], "message": ids["message.v1"]}
cnt = Counter()
for lb in lbs:
    check(set(lb) == {"subject", "subject_id", "expect", "allow", "note"}, f"label keys {lb}")
    sj = lb["subject"]
    if not check(sj in subj and lb["subject_id"] in subj[sj], f"unknown subject {lb}"):
        continue
    cnt[(sj, lb["subject_id"])] += 1
    check(set(lb["expect"]) <= SUBJECT_CODES[sj] and set(lb["allow"]) <= SUBJECT_CODES[sj], f"codes vs subject {lb}")
    check(not set(lb["expect"]) & set(lb["allow"]), f"overlap {lb}")
    if sj == "message" and subj[sj][lb["subject_id"]]["sender"] == "buyer":
        check(not lb["expect"] and not lb["allow"], f"buyer labelled {lb['subject_id']}")
for sj, table in subj.items():
    for sid in table:
        check(cnt[(sj, sid)] == 1, f"{sj} {sid} labelled {cnt[(sj, sid)]} times")
lab = {(l["subject"], l["subject_id"]): l for l in lbs}
for cp in ids["complaint.v1"].values():
    has = cp["claim"] in lab[("listing", cp["listing_id"])]["expect"]
    check(has == cp["verified"], f"complaint {cp['complaint_id']} disagrees with labels")

# sanity checks on numbers behind listing/order labels
for sp in LISTINGS:
    ev, c = sp["ev"], CATS[sp["cat"]]
    lo, hi = c["market"]
    ps = [t["unit_price"] for t in ev["price_tiers"]] + [s["unit_price"] for s in ev["skus"]]
    if sp["key"].startswith("bg:"):
        check(all(lo <= p <= hi for p in ps), f"background price outside market {sp['key']} {ps}")
        for s in ev["shipping"]:
            b, per = c["ship"]
            check(s["fee"] <= 2 * (b + per * s["for_qty"]), f"background shipping {sp['key']}")
    if OM in sp["expect"]:
        check(all(p < lo / 3 or p > hi * 2.5 for p in ps), f"OM not far enough {sp['key']}")
    if FP in sp["expect"]:
        tp = [t["unit_price"] for t in ev["price_tiers"]] + ([ev["price_range"]["min"]] if ev["price_range"] else [])
        if not ev["price_tiers"]:
            tp += [s["unit_price"] for s in ev["skus"]]
        check(min(tp) < 0.15 * sorted(tp)[len(tp) // 2], f"FP bait too shallow {sp['key']}")
    if IS in sp["expect"]:
        b, per = c["ship"]
        check(max(s["fee"] / (b + per * s["for_qty"]) for s in ev["shipping"]) > 8, f"IS not inflated {sp['key']}")
for o in ORDERS:
    e = o["ev"]
    check((SO in o["expect"]) == (e["charged_shipping_fee"] > e["quoted_shipping_fee"] + 1), f"order label {e['order_id']}")

# ------------------------------------------------------------------ summary
lb_by = {l["subject_id"]: l for l in lbs}
print("events", len(evs), " labels", len(lbs))
sc = Counter(e["schema"] for e in evs)
print("by schema:", dict(sc))
for sj in ("listing", "order", "message"):
    pos = Counter(c for l in lbs if l["subject"] == sj for c in l["expect"])
    alw = Counter(c for l in lbs if l["subject"] == sj for c in l["allow"])
    clean = sum(1 for l in lbs if l["subject"] == sj and not l["expect"])
    print(f"{sj:8s} n={sum(1 for l in lbs if l['subject'] == sj):4d} clean={clean:4d} expect={dict(pos)} allow={dict(alw)}")
hn = Counter(l["note"].split(":")[0] for l in lbs if l["note"].startswith("hard negative"))
print("hard negatives:", dict(hn))
print("complaints:", Counter((c["claim"], c["verified"]) for c in ids["complaint.v1"].values()))
print("%-4s %5s %6s %6s %4s %4s" % ("lang", "msgs", "seller", "buyer", "OP", "TA"))
for lg in LANG:
    ms = [m for m in MESSAGES if m["lang"] == lg]
    print("%-4s %5d %6d %6d %4d %4d" % (lg, len(ms), sum(m["ev"]["sender"] == "seller" for m in ms),
          sum(m["ev"]["sender"] == "buyer" for m in ms), sum(OP in m["expect"] for m in ms), sum(TA in m["expect"] for m in ms)))
nl = sum(1 for l in lbs if l["subject"] == "listing")
check(nl >= 240 and sum(1 for l in lbs if l["subject"] == "listing" and not l["expect"]) / nl >= 0.6, "listing counts")
check(len(ORDERS) >= 28, "order count")
check(len(MESSAGES) >= 700, "message count")
check(len({m["lang"] for m in MESSAGES}) == 16, "16 languages")
if FAIL:
    print("FAILED checks:", len(FAIL))
    for f_ in FAIL[:50]:
        print("  ", f_)
    sys.exit(1)
print("all checks passed")
