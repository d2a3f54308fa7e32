#!/usr/bin/env python3
"""Private holdout set for Haili (issue 12): listings, orders and messages in the corpus format.

Standard library only, fixed seed: `python3 gen.py` rewrites events.jsonl and labels.jsonl identically
on every run, reads them back, checks them and prints counts per family and language.
Written from the rulebook (seeds/003) and the families of issue 12, independent of the detectors.
Ids: HL- listings, HM- merchants, HB- buyers, HC- conversations, HMSG- messages, HO- orders.
"""
import collections
import hashlib
import json
import math
import os
import random
import sys
from datetime import datetime, timedelta, timezone

SEED = 20261204
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
FP, OM, IS, AS, FM = "fake_price_tier", "off_market_price", "inflated_shipping", "abused_sku", "false_moq"
SO, OP, TA = "shipping_overcharge", "offplatform_contact", "trade_assurance_refusal"


def iso(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def event_id(*parts):
    return "he-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def money(x):
    if x == 0 or abs(x) < 1e-6:
        return x
    if x >= 100:
        return round(x, 2)
    if x >= 1:
        return round(x, 2)
    if x >= 0.01:
        return round(x, 3)
    return round(x, 4)


def logu(lo, hi):
    return math.exp(R.uniform(math.log(lo), math.log(hi)))


# --------------------------------------------------------------------------- categories
# typical: clean unit-price band; ship: (methods, qty_lo, qty_hi, base, per_unit) for the quoted fee.
CATS = {}


def category(cid, **kw):
    kw["id"] = cid
    CATS[cid] = kw


category("led-panel-lights", path=["Lights & Lighting", "Indoor Lighting", "Panel Lights"], unit="piece",
         plural="pieces", typical=(4.2, 11.5), moqs=[10, 50, 100, 200, 300], tier_qtys=[500, 1000, 3000, 10000],
         disc=(0.03, 0.09), vattr="Size", variants=[("300x300 18W", 1.0), ("300x600 24W", 1.35), ("600x600 40W", 1.8),
                                                     ("300x1200 40W", 2.0), ("600x1200 72W", 3.1)],
         ship=[(["Express", "DHL Express"], 0, 200, 18.0, 1.9), (["Sea freight (LCL)"], 200, 10 ** 9, 210.0, 0.22)],
         custom=[("Customized logo", 500, 2000), ("Customized packaging", 500, 3000)],
         titles=["Ultra Slim Recessed LED Panel Light 600x600", "Backlit LED Flat Panel Ceiling Light",
                 "Surface Mounted Square LED Panel Lamp", "Frameless LED Panel for Office Ceiling"],
         feats=["SMD2835 chips, 110 lm/W, CRI>80.", "Flicker-free isolated driver, 3-year warranty.",
                "CE, RoHS and ETL listed.", "Aluminium frame, PS diffuser with UGR<19."])
category("stainless-steel-sheet", path=["Metals & Alloys", "Steel", "Stainless Steel Sheets"], unit="ton",
         plural="tons", typical=(1750.0, 2600.0), moqs=[1, 2, 3, 5, 10], tier_qtys=[20, 50, 100, 500],
         disc=(0.01, 0.035), vattr="Grade", variants=[("201", 0.62), ("304", 1.0), ("316L", 1.45)],
         ship=[(["Sea freight (FCL)", "Bulk sea freight"], 0, 10 ** 9, 450.0, 48.0)],
         custom=[("Cut to size", 5, 20), ("Customized packaging", 20, 50)],
         titles=["304 Cold Rolled Stainless Steel Sheet 2B Finish", "316L Stainless Steel Plate Hot Rolled No.1",
                 "201 Stainless Steel Coil Sheet BA Mirror", "Brushed Stainless Steel Sheet No.4 1.5 mm"],
         feats=["ASTM A240 standard, mill test certificate EN10204 3.1.", "Thickness 0.3-6 mm, width 1000/1219/1500 mm.",
                "PVC film protected, packed on wooden pallets.", "Tolerance +/-0.02 mm."])
category("pvc-flooring", path=["Construction & Real Estate", "Floor Coverings", "Vinyl Flooring"],
         unit="square meter", plural="square meters", typical=(3.4, 8.8), moqs=[100, 200, 300, 500, 1000],
         tier_qtys=[1000, 3000, 5000, 10000], disc=(0.03, 0.08), vattr="Thickness",
         variants=[("4 mm", 1.0), ("5 mm", 1.15), ("6 mm", 1.3), ("8 mm", 1.6)],
         ship=[(["Sea freight (LCL)", "Ocean shipping"], 0, 10 ** 9, 260.0, 0.55)],
         custom=[("Customized logo", 1000, 5000), ("Custom colour", 2000, 5000)],
         titles=["SPC Click Vinyl Plank Flooring Waterproof", "Luxury Vinyl Tile LVT Dry Back",
                 "Rigid Core Stone Plastic Composite Floor", "Herringbone SPC Flooring Oak Look"],
         feats=["Wear layer 0.3-0.5 mm, UV coated.", "100% waterproof, fire rating Bfl-s1.",
                "Unilin click system, IXPE underlay attached.", "Formaldehyde-free, FloorScore certified."])
category("solar-modules", path=["Renewable Energy", "Solar Energy", "Solar Panels"], unit="watt", plural="watts",
         typical=(0.085, 0.2), moqs=[5000, 10000, 20000, 50000], tier_qtys=[100000, 300000, 1000000],
         disc=(0.02, 0.06), vattr="Power", variants=[("550 W", 1.0), ("580 W", 1.03), ("620 W", 1.07)],
         ship=[(["Sea freight (FCL)"], 0, 10 ** 9, 1400.0, 0.0065)],
         custom=[("Customized logo", 100000, 500000), ("Custom frame colour", 200000, 500000)],
         titles=["Mono PERC Half Cut Solar Module 550W", "N-type TOPCon Bifacial Solar Panel 580W",
                 "All Black Rooftop Solar Panel 420W", "HJT Solar Module 620W Double Glass"],
         feats=["Tier 1 cells, 22.5% efficiency.", "25-year linear power warranty.", "IEC 61215 / 61730, UL listed.",
                "MC4-compatible connectors, 1500 V DC."])
category("cotton-yarn", path=["Textiles & Leather Products", "Yarn", "Cotton Yarn"], unit="kilogram",
         plural="kilograms", typical=(2.5, 4.6), moqs=[500, 1000, 1000, 2000], tier_qtys=[5000, 10000, 20000],
         disc=(0.02, 0.05), vattr="Count", variants=[("Ne 20/1", 0.9), ("Ne 30/1", 1.0), ("Ne 40/1", 1.12)],
         ship=[(["Sea freight (LCL)", "Sea freight (FCL)"], 0, 10 ** 9, 300.0, 0.09)],
         custom=[("Custom dyeing", 2000, 5000)],
         titles=["100% Combed Cotton Yarn Ne 30/1 for Knitting", "Open End Cotton Yarn Raw White",
                 "Compact Siro Cotton Yarn Ne 40/1", "Organic Cotton Ring Spun Yarn GOTS"],
         feats=["CSP 2600+, low hairiness.", "Waxed for knitting, cones of 1.89 kg.", "GOTS and OEKO-TEX certified.",
                "Contamination-free, auto-coned."])
category("work-gloves", path=["Safety", "Hand Protection", "Work Gloves"], unit="pair", plural="pairs",
         typical=(0.22, 1.15), moqs=[1200, 2400, 3000, 6000], tier_qtys=[12000, 24000, 60000],
         disc=(0.03, 0.08), vattr="Size", variants=[("S", 1.0), ("M", 1.0), ("L", 1.0), ("XL", 1.04)],
         ship=[(["Sea freight (LCL)"], 0, 10 ** 9, 180.0, 0.012)],
         custom=[("Customized logo", 12000, 24000), ("Customized packaging", 12000, 48000)],
         titles=["Nitrile Coated Polyester Work Gloves", "Latex Crinkle Coated Safety Gloves",
                 "PU Palm Coated Nylon Gloves 13G", "Cut Resistant Level 5 HPPE Gloves"],
         feats=["EN388 4131X rated.", "Breathable knitted back.", "12 pairs per polybag, 240 pairs per carton.",
                "Oil grip, machine washable."])
category("cosmetic-jars", path=["Packaging & Printing", "Bottles & Jars", "Cosmetic Jars"], unit="piece",
         plural="pieces", typical=(0.12, 0.62), moqs=[1000, 3000, 5000, 10000], tier_qtys=[10000, 30000, 50000],
         disc=(0.04, 0.10), vattr="Capacity", variants=[("15 ml", 0.75), ("30 ml", 1.0), ("50 ml", 1.25), ("100 ml", 1.6)],
         ship=[(["Sea freight (LCL)", "Air freight"], 0, 10 ** 9, 160.0, 0.011)],
         custom=[("Silk-screen logo", 5000, 10000), ("Hot stamping", 5000, 20000)], steep_p=0.3,
         titles=["Frosted Glass Cosmetic Cream Jar with Bamboo Lid", "Double Wall PP Acrylic Cream Jar",
                 "Amber Glass Jar 50 ml with Black Cap", "Airless Cosmetic Jar Refillable"],
         feats=["Leak-proof inner liner.", "Food-grade PP cap.", "Custom colour spray available.", "BPA-free."])
category("wireless-earbuds", path=["Consumer Electronics", "Earphones & Headphones", "Wireless Earbuds"],
         unit="piece", plural="pieces", typical=(4.5, 14.5), moqs=[10, 50, 100, 500], tier_qtys=[500, 1000, 5000],
         disc=(0.03, 0.08), vattr="Color", variants=[("Black", 1.0), ("White", 1.0), ("Pink", 1.02), ("Blue", 1.02)],
         ship=[(["Express", "UPS Saver"], 0, 500, 15.0, 0.35), (["Air freight"], 500, 10 ** 9, 120.0, 0.12)],
         custom=[("Customized logo", 500, 1000), ("Customized packaging", 1000, 3000)],
         titles=["TWS Bluetooth 5.3 Wireless Earbuds ENC", "ANC In-ear Wireless Earphones with Charging Case",
                 "Open Ear Bone Conduction Style Earbuds", "Gaming Low Latency TWS Earbuds"],
         feats=["Bluetooth 5.3, 30 h total playtime.", "IPX5 sweat-proof.", "Touch control, dual mic ENC.",
                "FCC, CE, RoHS certified."])
category("ceramic-mugs", path=["Home & Garden", "Kitchen & Tabletop", "Drinkware", "Mugs"], unit="piece",
         plural="pieces", typical=(0.75, 2.6), moqs=[100, 300, 500, 1000], tier_qtys=[1000, 3000, 5000, 10000],
         disc=(0.03, 0.09), vattr="Capacity", variants=[("250 ml", 0.9), ("350 ml", 1.0), ("450 ml", 1.15)],
         ship=[(["Sea freight (LCL)"], 0, 10 ** 9, 200.0, 0.08)], steep_p=0.3,
         custom=[("Customized logo", 500, 3000), ("Gift box", 1000, 3000)],
         titles=["Sublimation Blank White Ceramic Mug 11oz", "Matte Glazed Stoneware Coffee Mug",
                 "Nordic Ceramic Mug with Wooden Handle", "Colour Changing Magic Mug"],
         feats=["Dishwasher and microwave safe.", "Lead- and cadmium-free glaze, LFGB.", "Packed 36 per carton.",
                "AAA grade coating for sublimation."])
category("pet-beds", path=["Home & Garden", "Pet Products", "Pet Beds & Accessories"], unit="piece",
         plural="pieces", typical=(4.0, 15.0), moqs=[20, 50, 100, 200], tier_qtys=[300, 500, 1000, 3000],
         disc=(0.03, 0.09), vattr="Size", variants=[("S 50 cm", 1.0), ("M 60 cm", 1.3), ("L 70 cm", 1.7),
                                                      ("XL 90 cm", 2.4), ("XXL 110 cm", 3.3)],
         ship=[(["Express"], 0, 100, 25.0, 3.2), (["Sea freight (LCL)"], 100, 10 ** 9, 260.0, 0.55)],
         custom=[("Customized logo", 300, 1000), ("Custom fabric", 500, 1000)],
         titles=["Round Fluffy Calming Donut Dog Bed", "Orthopedic Memory Foam Pet Bed Washable Cover",
                 "Elevated Cooling Pet Cot Outdoor", "Cat Cave Bed Felt Handmade"],
         feats=["Non-slip bottom.", "Removable, machine-washable cover.", "PP cotton filling, 2 kg.",
                "OEKO-TEX fabric."])
category("bamboo-toothbrushes", path=["Beauty & Personal Care", "Oral Hygiene", "Toothbrushes"], unit="piece",
         plural="pieces", typical=(0.045, 0.19), moqs=[1000, 2000, 5000, 10000], tier_qtys=[10000, 50000, 100000],
         disc=(0.04, 0.10), vattr="Bristle", variants=[("Soft", 1.0), ("Medium", 1.0), ("Charcoal soft", 1.1)],
         ship=[(["Sea freight (LCL)"], 0, 10 ** 9, 140.0, 0.0025)],
         custom=[("Laser logo", 5000, 10000), ("Kraft box print", 10000, 20000)],
         titles=["Biodegradable Bamboo Toothbrush Charcoal Bristles", "Eco Bamboo Toothbrush Adult Soft",
                 "Kids Bamboo Toothbrush Round Handle", "Bamboo Toothbrush Family Pack Compostable"],
         feats=["Moso bamboo handle, BPA-free nylon bristles.", "FDA and BRC registered factory.",
                "Individually packed in kraft boxes.", "Laser-engraved logo option."])
category("aluminium-profiles", path=["Metals & Alloys", "Aluminum", "Aluminum Profiles"], unit="kilogram",
         plural="kilograms", typical=(3.1, 5.3), moqs=[300, 500, 1000, 2000], tier_qtys=[3000, 5000, 10000, 25000],
         disc=(0.02, 0.05), vattr="Finish", variants=[("Mill finish", 1.0), ("Anodized", 1.12), ("Powder coated", 1.15),
                                                        ("Wood grain", 1.3)],
         ship=[(["Sea freight (LCL)", "Sea freight (FCL)"], 0, 10 ** 9, 350.0, 0.12)],
         custom=[("Custom die", 500, 1000), ("Customized packaging", 1000, 3000)],
         titles=["6063 T5 Aluminium Extrusion Profile for Windows", "T-slot Aluminium Profile 4040 Industrial",
                 "Anodized Aluminium Profile for LED Strip", "Aluminium Curtain Wall Profile"],
         feats=["Alloy 6063/6061, temper T5/T6.", "Anodizing 10-15 um.", "GB/T 5237 standard.",
                "Free mould for orders above 5 tons."])
category("hand-tool-sets", path=["Tools & Hardware", "Hand Tools", "Tool Sets"], unit="set", plural="sets",
         typical=(6.5, 26.0), moqs=[10, 50, 100, 300], tier_qtys=[300, 500, 1000, 3000], disc=(0.03, 0.08),
         vattr="Pieces", variants=[("40 pcs", 1.0), ("82 pcs", 1.7), ("108 pcs", 2.2), ("150 pcs", 2.9)],
         ship=[(["Express"], 0, 50, 30.0, 4.5), (["Sea freight (LCL)"], 50, 10 ** 9, 240.0, 0.6)],
         custom=[("Customized logo", 300, 1000), ("Custom blow case", 500, 1000)],
         titles=["Household Socket Wrench Tool Set in Blow Case", "Chrome Vanadium Ratchet Spanner Set",
                 "Home Repair Hand Tool Kit with Hammer", "Mechanics Tool Set 1/4 and 1/2 inch Drive"],
         feats=["CR-V steel, mirror polished.", "72-tooth quick release ratchet.", "Blow-moulded carry case.",
                "GS tested."])
category("silicone-baking-mats", path=["Home & Garden", "Kitchen & Tabletop", "Bakeware", "Baking Mats"],
         unit="piece", plural="pieces", typical=(0.9, 3.2), moqs=[50, 100, 200, 500], tier_qtys=[500, 1000, 3000, 5000],
         disc=(0.03, 0.09), vattr="Size", variants=[("Quarter sheet", 0.7), ("Half sheet", 1.0), ("Full sheet", 1.6)],
         ship=[(["Express", "DHL Express"], 0, 300, 12.0, 0.45), (["Sea freight (LCL)"], 300, 10 ** 9, 150.0, 0.05)],
         custom=[("Customized logo", 500, 1000), ("Customized packaging", 1000, 3000)],
         titles=["Non-stick Silicone Baking Mat with Measurements", "Fibreglass Silicone Macaron Mat",
                 "Reusable Silicone Pastry Mat Large", "Perforated Silicone Baking Mat for Bread"],
         feats=["Food-grade silicone, FDA/LFGB.", "Heat resistant -40 to 230 C.", "Fibreglass core, 0.75 mm.",
                "Dishwasher safe."])
CAT_IDS = list(CATS)
PAY = ["Trade Assurance, T/T, L/C.", "Alibaba.com Pay (card, T/T) with Trade Assurance.",
       "30% deposit, balance before shipment, under Trade Assurance."]

MERCHANTS = {}
_mid = 4101
for _c in CAT_IDS:
    MERCHANTS[_c] = [f"HM-{_mid + k}" for k in range(6)]
    _mid += 6
BUYERS = [f"HB-{6001 + i}" for i in range(400)]


def ship_fee(c, qty, jitter=True):
    for names, lo, hi, base, per in c["ship"]:
        if lo <= qty < hi:
            break
    f = (base + per * qty) * (R.uniform(0.9, 1.18) if jitter else 1.0)
    return R.choice(names), round(f, 2)


LISTINGS = []


def nice(n):
    if n <= 10:
        return int(round(n))
    mag = 10 ** (len(str(int(n))) - 1)
    return int(round(n / mag * 2) / 2 * mag) or 1


def make_listing(cid, expect=(), allow=(), note="", merchant=None, **ov):
    c = CATS[cid]
    title = ov.get("title") or R.choice(c["titles"])
    moq = ov.get("moq") or (ov["tiers"][0][0] if ov.get("tiers") else R.choice(c["moqs"]))
    base = ov.get("base") or logu(*c["typical"])
    if "tiers" in ov:
        tiers = [{"min_qty": int(a), "unit_price": money(p)} for a, p in ov["tiers"]]
    else:
        tiers = []
        if not ov.get("range_priced", R.random() < 0.2):
            higher = [t for t in c["tier_qtys"] if t > moq]
            qtys = [moq] + sorted(R.sample(higher, k=min(R.randint(0, 3), len(higher))))
            steep = R.random() < c.get("steep_p", 0)
            p = base
            for i, mq in enumerate(qtys):
                if i:
                    p *= 1 - (R.uniform(0.15, 0.3) if steep else R.uniform(*c["disc"]))
                tiers.append({"min_qty": int(mq), "unit_price": money(p)})
    if tiers:
        # real price level = median tier (a bait tier must not set the SKU prices)
        base = sorted(t["unit_price"] for t in tiers)[len(tiers) // 2] if len(tiers) > 2 else tiers[0]["unit_price"]
    if "skus" in ov:
        skus = [{"sku_id": f"S{i + 1}", "name": n, "unit_price": (p if isinstance(p, float) and p < 1e-6 else money(p)),
                 "attributes": a} for i, (n, a, p) in enumerate(ov["skus"])]
    else:
        skus = []
        if not tiers or R.random() < 0.7:
            k = R.randint(2, min(4, len(c["variants"])))
            start = R.randint(0, len(c["variants"]) - k)
            vs = c["variants"][start:start + k]
            m0 = vs[0][1]
            skus = [{"sku_id": f"S{i + 1}", "name": n, "unit_price": money(base * m / m0), "attributes": {c["vattr"]: n}}
                    for i, (n, m) in enumerate(vs)]
    if "price_range" in ov:
        price_range = ov["price_range"]
    elif not tiers and skus:
        ps = [s["unit_price"] for s in skus]
        price_range = {"min": min(ps), "max": max(ps)}
    else:
        price_range = None
    if "shipping" in ov:
        shipping = [{"method": m, "fee": round(f, 2), "for_qty": int(q)} for m, f, q in ov["shipping"]]
    else:
        m, f = ship_fee(c, moq)
        shipping = [{"method": m, "fee": f, "for_qty": int(moq)}]
        if R.random() < 0.35:
            q2 = [t for t in c["tier_qtys"] if t > moq]
            if q2:
                m2, f2 = ship_fee(c, q2[0])
                shipping.append({"method": m2, "fee": f2, "for_qty": q2[0]})
    if "customization" in ov:
        customization = [{"option": o, "min_qty": int(q)} for o, q in ov["customization"]]
    else:
        customization = [{"option": o, "min_qty": max(moq, nice(R.uniform(lo, hi)))}
                         for o, lo, hi in R.sample(c["custom"], k=R.randint(0, len(c["custom"])))]
    sample_price = ov["sample_price"] if "sample_price" in ov else (
        money(base * R.uniform(1.1, 2.0)) if R.random() < 0.6 else None)
    if "description" in ov:
        desc = ov["description"]
    else:
        parts = [title + "."] + R.sample(c["feats"], 2)
        if R.random() < 0.5:
            parts.append(f"MOQ: {moq:,} {c['plural'] if moq != 1 else c['unit']}.")
        lt = R.randint(5, 20)
        parts += [f"Lead time {lt}-{lt + R.randint(3, 9)} days.", "Payment: " + R.choice(PAY)]
        if ov.get("extra_desc"):
            parts.append(ov["extra_desc"])
        desc = " ".join(parts)
    ev = {"schema": "listing.v1", "event_id": None, "op": "upsert", "listing_id": None,
          "version": ov.get("version") or R.choice([1, 1, 2, 3, 4, 6]), "merchant_id": merchant or R.choice(MERCHANTS[cid]),
          "category_id": cid, "category_path": list(c["path"]), "title": title, "description": desc, "currency": "USD",
          "unit": ov.get("unit", c["unit"]), "moq": int(moq), "price_tiers": tiers, "price_range": price_range,
          "skus": skus, "shipping": shipping, "customization": customization, "sample_price": sample_price,
          "updated_at": None}
    fam = note.split(":")[0]
    LISTINGS.append({"ev": ev, "expect": list(expect), "allow": list(allow), "note": note, "family": fam})
    return ev


N_BG = 15
for cid in CAT_IDS:
    for i in range(N_BG):
        make_listing(cid, note="background: clean listing of the category")


def V(cid, code, note, allow=(), also=(), **ov):
    return make_listing(cid, expect=[code, *also], allow=allow, note=f"{code}: {note}", **ov)


def H(cid, code, note, allow=(), **ov):
    return make_listing(cid, expect=[], allow=allow, note=f"hard negative for {code}: {note}", **ov)


# --------------------------------------------------------------------------- labelled listings
def mid(cid):
    lo, hi = CATS[cid]["typical"]
    return math.sqrt(lo * hi)


def cheap_sku_list(cid, base):
    c = CATS[cid]
    vs = c["variants"][:3]
    return [(n, {c["vattr"]: n}, base * m / vs[0][1]) for n, m in vs]


# fake_price_tier: last-tier bait
for cid, frac in [("led-panel-lights", 0.012), ("stainless-steel-sheet", 0.05), ("cotton-yarn", 0.02),
                  ("wireless-earbuds", 0.03), ("pet-beds", 0.008), ("aluminium-profiles", 0.1)]:
    b = mid(cid) * R.uniform(0.95, 1.15)
    q = CATS[cid]["tier_qtys"]
    moq = CATS[cid]["moqs"][1]
    V(cid, FP, f"last tier at {frac:.1%} of the ladder (bait 'from' price)", allow=[OM], moq=moq,
      tiers=[(moq, b), (q[1], b * 0.96), (q[-1], b * frac)])
# reverse bait: cheap FIRST tier at a small quantity
for cid, moq, frac in [("hand-tool-sets", 1, 0.03), ("ceramic-mugs", 2, 0.05), ("silicone-baking-mats", 1, 0.04),
                       ("pvc-flooring", 10, 0.06), ("wireless-earbuds", 1, 0.02)]:
    b = mid(cid)
    q = CATS[cid]["tier_qtys"]
    V(cid, FP, f"reverse bait: first tier ({moq}+) at {frac:.0%} of the real price, real prices start at {q[0]}",
      allow=[OM, FM], moq=moq, tiers=[(moq, b * frac), (q[0], b), (q[1], b * 0.95)])
# middle-tier bait
for cid, frac in [("cosmetic-jars", 0.02), ("work-gloves", 0.04), ("solar-modules", 0.015), ("led-panel-lights", 0.05),
                  ("bamboo-toothbrushes", 0.03)]:
    b = mid(cid)
    moq = CATS[cid]["moqs"][0]
    q = [t for t in CATS[cid]["tier_qtys"] if t > moq]
    V(cid, FP, f"bait in the middle tier at {frac:.1%}; the tier after it is back to normal", allow=[OM], moq=moq,
      tiers=[(moq, b), (q[0], b * frac), (q[1], b * 0.93)])
# price_range-only bait: no tiers, no SKUs
for cid, lowf in [("ceramic-mugs", 0.01), ("pet-beds", 0.02), ("hand-tool-sets", 0.005), ("pvc-flooring", 0.03),
                  ("led-panel-lights", 0.004), ("cotton-yarn", 0.05)]:
    b = mid(cid)
    mx = money(b * R.uniform(1.3, 1.8))
    V(cid, FP, f"range-priced only: price_range min {lowf:.1%} of max, far below the category",
      allow=[OM], tiers=[], skus=[], price_range={"min": money(b * lowf), "max": mx})

# off_market_price: polluted category (wireless-earbuds: 7 bait listings from 3 merchants)
pol_m = MERCHANTS["wireless-earbuds"][3:6]
for i in range(7):
    b = mid("wireless-earbuds") * R.uniform(0.03, 0.06)
    V("wireless-earbuds", OM, "polluted market: one of 7 bait-priced listings (about 1/20 of the median) from 3 merchants",
      merchant=pol_m[i % 3], tiers=[(10, b), (500, b * 0.97)], allow=[])
for cid, f in [("stainless-steel-sheet", 0.08), ("solar-modules", 0.1), ("cotton-yarn", 0.06), ("pet-beds", 0.05),
               ("aluminium-profiles", 0.12), ("work-gloves", 0.05), ("ceramic-mugs", 0.06)]:
    b = mid(cid) * f
    moq = CATS[cid]["moqs"][1]
    V(cid, OM, f"every price about {f:.0%} of the category median", moq=moq,
      tiers=[(moq, b), (CATS[cid]["tier_qtys"][-1], b * 0.97)])
for cid, f in [("led-panel-lights", 14.0), ("silicone-baking-mats", 18.0), ("bamboo-toothbrushes", 25.0)]:
    b = mid(cid) * f
    V(cid, OM, f"every price about {f:.0f}x the category median", tiers=[(CATS[cid]["moqs"][1], b)])

# inflated_shipping: low product price, shipping far above the category's cost for that quantity
for cid, mult in [("pvc-flooring", 60), ("led-panel-lights", 40), ("pet-beds", 120), ("ceramic-mugs", 200),
                  ("hand-tool-sets", 35), ("silicone-baking-mats", 90), ("cotton-yarn", 25), ("stainless-steel-sheet", 30),
                  ("work-gloves", 150), ("cosmetic-jars", 80), ("wireless-earbuds", 50), ("aluminium-profiles", 45)]:
    c = CATS[cid]
    moq = c["moqs"][0]
    b = c["typical"][0] * 0.85
    _, f = ship_fee(c, moq, jitter=False)
    V(cid, IS, f"product at the low end, shipping {mult}x the category's cost for {moq} {c['plural']}",
      allow=[OM], moq=moq, tiers=[(moq, b)], shipping=[("Express", f * mult, moq)])

# abused_sku
DECOYS = [("Thank you card", 0.01), ("Price difference link", 0.01), ("Cloth bag", 0.05), ("Extra shipping fee", 0.1),
          ("Gift sticker", 0.02), ("Sample colour swatch", 0.03)]
for i, cid in enumerate(["led-panel-lights", "pet-beds", "hand-tool-sets", "ceramic-mugs", "wireless-earbuds",
                         "silicone-baking-mats", "pvc-flooring"]):
    b = mid(cid)
    s = cheap_sku_list(cid, b)
    dn, dp = DECOYS[i % len(DECOYS)]
    s.append((dn, {"Type": dn}, dp))
    if i % 2:
        s.append((DECOYS[(i + 2) % 6][0], {"Type": "accessory"}, DECOYS[(i + 2) % 6][1]))
    V(cid, AS, f"decoy SKU '{dn}' priced {dp} drags the range down", allow=[FP, OM], tiers=[], skus=s)
for cid, (nm, attr, f) in [("stainless-steel-sheet", ("1 kg sample cut", {"Unit": "kg"}, 0.0012)),
                            ("cotton-yarn", ("1 gram swatch", {"Unit": "gram"}, 0.0015)),
                            ("aluminium-profiles", ("per 10 cm", {"Length": "10 cm"}, 0.004)),
                            ("solar-modules", ("1 cell (no frame)", {"Spec": "single cell"}, 0.02)),
                            ("work-gloves", ("single glove (left)", {"Unit": "one glove"}, 0.04))]:
    b = mid(cid)
    s = cheap_sku_list(cid, b) + [(nm, attr, b * f)]
    V(cid, AS, f"odd unit/spec SKU '{nm}' priced far from the real variants", allow=[FP, OM], tiers=[], skus=s)
for cid, junk in [("ceramic-mugs", 1e-310), ("bamboo-toothbrushes", 0.0001), ("led-panel-lights", 0.0001),
                  ("pet-beds", 1e-310)]:
    b = mid(cid)
    s = cheap_sku_list(cid, b) + [("Special offer", {CATS[cid]["vattr"]: "Special"}, junk)]
    V(cid, AS, f"absurd SKU price {junk!r} (junk value; current detector mishandles 1e-310)", allow=[FP, OM],
      tiers=[], skus=s)

# false_moq
for cid in ["led-panel-lights", "pet-beds", "ceramic-mugs", "work-gloves"]:
    b = mid(cid)
    q = CATS[cid]["tier_qtys"]
    V(cid, FM, f"MOQ 1 but the first price tier starts at {q[1]}", moq=1, tiers=[(q[1], b), (q[2], b * 0.95)])
for cid, real in [("silicone-baking-mats", 500), ("wireless-earbuds", 1000), ("hand-tool-sets", 300),
                  ("cosmetic-jars", 20000)]:
    b = mid(cid)
    c = CATS[cid]
    t = R.choice(c["titles"])
    V(cid, FM, f"MOQ 1 but the description says the minimum order is {real}", moq=1, tiers=[(1, b), (real * 2, b * 0.95)],
      title=t, description=f"{t}. {c['feats'][0]} Please note: minimum order {real:,} {c['plural']} per design, "
                           f"smaller orders are not accepted. Lead time 15 days.")
for cid, val in [("pvc-flooring", 20000), ("pet-beds", 8000), ("ceramic-mugs", 3000)]:
    b = mid(cid)
    c = CATS[cid]
    t = R.choice(c["titles"])
    V(cid, FM, f"MOQ 1 with a minimum order VALUE of USD {val:,} (= about {int(val / b):,} units)", moq=1,
      tiers=[(1, b)], title=t, description=f"{t}. {c['feats'][1]} Minimum order amount USD {val:,} per order "
                                           f"(mixed sizes allowed). Lead time 20 days.")
for cid in ["pet-beds", "hand-tool-sets", "silicone-baking-mats"]:
    b = mid(cid)
    c = CATS[cid]
    s = [(n, {c["vattr"]: n, "Min. order per variant": "1000 pcs"}, b * m) for n, m in c["variants"][:3]]
    V(cid, FM, "MOQ 2 but every SKU states a 1000-piece minimum per variant", moq=2, tiers=[], skus=s)
for cid, n in [("bamboo-toothbrushes", 500), ("cosmetic-jars", 200), ("ceramic-mugs", 36)]:
    b = mid(cid)
    c = CATS[cid]
    s = [(f"Carton of {n} pcs ({v})", {"Packing": f"{n} pcs/carton", c["vattr"]: v}, b * n * m) for v, m in c["variants"][:2]]
    V(cid, FM, f"MOQ 1 piece while every SKU is a carton of {n} pieces priced per carton", allow=[AS, OM], moq=1,
      tiers=[], skus=s)
for cid, cq in [("led-panel-lights", 5000000), ("wireless-earbuds", 10000000), ("pet-beds", 2000000)]:
    b = mid(cid)
    t = R.choice(CATS[cid]["titles"])
    V(cid, FM, f"MOQ 2, customisation minimum {cq:,} and the item is sold only customised", moq=2,
      tiers=[(2, b)], customization=[("Customized logo", cq), ("Customized packaging", cq)], title=t,
      description=f"{t}. All items are produced with the buyer's logo only (OEM). Lead time 25 days.")

# hard negatives
for cid in ["wireless-earbuds", "hand-tool-sets", "pet-beds", "silicone-baking-mats", "ceramic-mugs"]:
    b = mid(cid)
    q = CATS[cid]["tier_qtys"]
    H(cid, FM, "MOQ 1: consumer goods sold from one piece, ladder starts at 1", moq=1,
      tiers=[(1, b * 1.3), (q[0], b), (q[1], b * 0.94)], sample_price=money(b * 1.3))
for cid, tiers, why in [("cosmetic-jars", [(1000, 0.95), (5000, 0.42), (20000, 0.24)], "silk-screen setup and mould amortised"),
                        ("ceramic-mugs", [(100, 4.2), (500, 1.9), (3000, 1.15)], "decal printing setup per design"),
                        ("led-panel-lights", [(10, 19.0), (200, 8.4), (3000, 6.1)], "custom CCT driver tooling"),
                        ("silicone-baking-mats", [(50, 4.9), (500, 2.2), (3000, 1.35)], "printed-pattern mould cost")]:
    H(cid, FP, f"steep but real setup-driven ladder ({why}); explained in the description", moq=tiers[0][0],
      tiers=tiers, description=f"{CATS[cid]['titles'][0]}. Price includes one-off {why} (about USD 300), "
                                f"so small runs cost much more per unit. Lead time 12 days.")
for cid in ["pet-beds", "hand-tool-sets", "aluminium-profiles", "led-panel-lights"]:
    c = CATS[cid]
    b = mid(cid) * 0.8
    s = [(n, {c["vattr"]: n}, b * m) for n, m in c["variants"]]
    H(cid, AS, "wide but real size-based SKU spread", tiers=[], skus=s)
for cid in ["wireless-earbuds", "silicone-baking-mats", "ceramic-mugs"]:
    b = mid(cid)
    moq = CATS[cid]["moqs"][0]
    H(cid, IS, "free shipping promotion", moq=moq, tiers=[(moq, b)], shipping=[("Express (free shipping)", 0.0, moq)])
for cid in ["stainless-steel-sheet", "pvc-flooring"]:
    b = mid(cid)
    c = CATS[cid]
    moq = c["moqs"][-1]
    _, f = ship_fee(c, moq, jitter=False)
    H(cid, IS, "heavy goods, realistic sea freight for the quantity", moq=moq, tiers=[(moq, b)],
      shipping=[("Sea freight (FCL)", f * 1.1, moq)])
for cid in ["bamboo-toothbrushes", "cosmetic-jars", "work-gloves"]:
    b = CATS[cid]["typical"][0] * 0.95
    H(cid, OM, "cheap category, price at its normal low end", tiers=[(CATS[cid]["moqs"][1], b)])
for cid in ["led-panel-lights", "pet-beds"]:
    b = CATS[cid]["typical"][1] * 1.5
    H(cid, OM, "premium listing at about 1.5x the top of the band", tiers=[(CATS[cid]["moqs"][0], b)])
for cid in ["cotton-yarn", "work-gloves"]:
    b = mid(cid)
    moq = CATS[cid]["moqs"][0]
    H(cid, FM, "customisation minimum above MOQ is normal (logo needs a run)", moq=moq, tiers=[(moq, b)],
      customization=[("Customized logo", moq * 10)])
H("wireless-earbuds", OM, "polluted category: a normally priced listing", tiers=[(50, mid("wireless-earbuds"))])

# assign ids / times to listings (shuffled so labelled ones are not at the end)
R.shuffle(LISTINGS)
T0 = datetime(2026, 11, 2, 0, 0, tzinfo=UTC)
for i, sp in enumerate(LISTINGS):
    ev = sp["ev"]
    ev["listing_id"] = f"HL-{300001 + i}"
    ev["event_id"] = event_id("listing", ev["listing_id"])
    ev["updated_at"] = iso(T0 + timedelta(minutes=7 * i + R.randint(0, 5)))

# --------------------------------------------------------------------------- orders
ORDERS = []
bg = [sp for sp in LISTINGS if sp["family"] == "background"]
clean_ship = [sp for sp in bg if sp["ev"]["shipping"] and sp["ev"]["shipping"][0]["fee"] > 0]
free = [sp for sp in LISTINGS if "free shipping" in sp["note"]]
infl = [sp for sp in LISTINGS if sp["family"] == IS]
ORDER_SPECS = []
for f in [1.3, 1.8, 2.5, 4.0, 7.5, 12.0, 25.0, 1.12, 3.3, 60.0]:
    ORDER_SPECS.append(("over", R.choice(clean_ship), f))
ORDER_SPECS.append(("free_over", free[0], 48.0))
ORDER_SPECS += [("equal", R.choice(clean_ship), 1.0) for _ in range(4)]
ORDER_SPECS += [("below", R.choice(clean_ship), 0.8), ("below", R.choice(clean_ship), 0.5)]
ORDER_SPECS += [("free_kept", free[1], 0.0), ("infl_equal", infl[0], 1.0), ("round", R.choice(clean_ship), 0.0),
                ("round", R.choice(clean_ship), 0.0)]
for i, (kind, sp, f) in enumerate(ORDER_SPECS):
    ev = sp["ev"]
    sh = ev["shipping"][0]
    quoted = sh["fee"]
    if kind == "free_over":
        charged = f
    elif kind == "free_kept":
        charged = 0.0
    elif kind == "round":
        charged = round(quoted + R.choice([0.01, 0.03, 0.2]), 2)
    else:
        charged = round(quoted * f, 2)
    o = {"schema": "order.v1", "event_id": None, "order_id": f"HO-{90001 + i}", "listing_id": ev["listing_id"],
         "merchant_id": ev["merchant_id"], "buyer_id": R.choice(BUYERS), "quantity": sh["for_qty"], "currency": "USD",
         "quoted_shipping_fee": quoted, "charged_shipping_fee": charged, "trade_assurance": R.random() < 0.8,
         "placed_at": iso(datetime(2026, 11, 20, tzinfo=UTC) + timedelta(hours=5 * i, minutes=R.randint(0, 59)))}
    o["event_id"] = event_id("order", o["order_id"])
    if kind in ("over", "free_over"):
        exp, al, note = [SO], [], f"shipping_overcharge: charged {charged} vs quoted {quoted}"
    elif kind == "round":
        exp, al, note = [], [SO], f"rounding: charged {charged} vs quoted {quoted}"
    else:
        exp, al, note = [], [], f"clean order ({kind}): charged {charged} vs quoted {quoted}"
    ORDERS.append({"ev": o, "expect": exp, "allow": al, "note": note, "family": "order:" + kind})

# --------------------------------------------------------------------------- messages: language tables
# Placeholders: {app} channel name (possibly disguised), {c} contact value, {p1}/{p2} prices, {n} percent,
# {q} quantity, {shop} the seller's shop name.  Every list is hand-written per language.
LANG = {}
LANG["en"] = dict(
    bo=["Hi, do you have the 600x600 in stock? Need 300 pcs.", "What is your best price for 2,000 units to Lagos?",
        "Can you send me the catalogue and the lead time please?", "Is OEM possible? We are a distributor in Texas."],
    bta=["Can I pay through Trade Assurance?", "I want to place the order with Trade Assurance, is that ok?"],
    bask=["Do you have {app}? It's easier for me to talk there.", "Please give me your {app} number."],
    bind=["Is there another way to reach you outside this site?", "How can I contact you directly? The app here is slow for me."],
    bref=["I don't use {app}, let's keep talking here please."],
    border=["I placed the order this morning, please check."],
    lure=["Hello friend, please add my {app}: {c} for more details and real photos.",
          "For faster reply contact me on {app} {c}", "Pls add {app} {c}, I send you video of the production line.",
          "We can talk more on {app}, my number is {c}. Thank you!", "{app} me: {c} — price list there."],
    ind=["I sent our QR code in the pictures, scan it and we chat there.",
         "Search our shop name '{shop}' on {app} and message me.",
         "Just google our brand {shop}, you will find my contacts on our website.",
         "My contact details are in my profile banner, add me.",
         "Let's talk somewhere more convenient, this chat is too slow."],
    ask=["Do you have {app} number? It is easy for us to contact you now.", "Could you leave your {app} or phone, I will call you.",
         "Send me your {app} ID please, I will share more pictures."],
    give=["Sure, my {app} is {c}.", "Of course, you can reach me at {c} ({app})."],
    push=["{app} is much easier, please add {c}, I reply faster there."],
    noneed=["No need for {app}, we can discuss everything here on the platform chat."],
    paper=["Order received, thanks. Please send your e-mail for the commercial invoice and a phone number for the courier.",
           "For customs clearance the forwarder needs the consignee's phone and e-mail, please fill them in the order."],
    spec=["The smart plug works with the WeChat mini program and supports Alexa; model SP-8613902 is in stock.",
          "HS code 8539.52.00, price USD 6.85 for 1,000 pcs, tracking number will be YT2411538812345670."],
    price=["The price is USD {p1} per piece for {q} pcs, FOB Ningbo."],
    ta=dict(out=["Sorry, we don't do Trade Assurance orders.", "Trade Assurance is not possible with us, only T/T."],
            fee=["If you want Trade Assurance you have to pay the platform charge yourself, 4% on top."],
            unit=["With Trade Assurance the unit price goes up to USD {p2}."],
            ship=["OK for Trade Assurance but the freight will be {p2} USD more."],
            min=["Trade Assurance only for orders above USD 20,000; small orders pay direct."],
            unav=["Trade Assurance is unavailable for this product this month, our account has a problem."],
            diff=["Platform order: USD {p2}/pc. Payment to our company account: USD {p1}/pc.",
                  "Via Alibaba the total is {p2}, by direct transfer it is {p1}."],
            pct=["Orders through the platform are +{n}%, direct payment no."],
            push=["Please just send the payment by bank transfer to our account, faster. I send you the bank details.",
                  "Western Union or PayPal is better for us, can you pay that way?"]),
    tan=["Trade Assurance costs you nothing more, same price as T/T.", "No extra charge for Trade Assurance, the price stays {p1}."],
    tao=["We don't accept Western Union, please pay through Trade Assurance."],
    tau=["Trade Assurance protects your payment if the goods are late or not as described."],
    sig="Best regards, Bob Wong\nSales Manager, {shop}\n{app}: {c}",
)
LANG["zh"] = dict(
    bo=["你好，这款面板灯有现货吗？要300个。", "2000个到迪拜最低什么价？", "请发一下目录和交期。", "可以做OEM吗？我们是经销商。"],
    bta=["可以走信保吗？", "我想用信用保障下单，可以吗？"],
    bask=["你有{app}吗？在那边聊方便点。", "方便给个{app}号吗？"],
    bind=["平台外怎么找你？", "除了这里还有别的联系方式吗？"],
    bref=["我不用{app}，就在这里聊吧。"],
    border=["我已经下单了，麻烦看一下。"],
    lure=["亲，加我{app}：{c}，发你实拍图", "详情请加{app} {c}", "{app}上聊更快：{c}", "加个{app}吧 {c}，报价单在那边", "有事直接{app} {c}"],
    ind=["二维码在图片里，扫一下加我", "在{app}上搜我们店名「{shop}」就能找到我", "百度一下我们品牌{shop}，官网有联系方式",
         "联系方式在我主页横幅上，加一下", "我们换个方便的地方聊吧，这里回复慢"],
    ask=["你有{app}吗？方便联系", "留个{app}或者电话吧，我打给你", "发一下你的{app}号，我拉你进群"],
    give=["好的，我的{app}是{c}", "可以，{app}：{c}"],
    push=["{app}方便多了，加一下{c}吧，那边回复快"],
    noneed=["不用加{app}，我们在平台上聊就可以"],
    paper=["订单已收到，请提供邮箱用于开发票，另外留个收货电话给快递。", "清关需要收货人的电话和邮箱，请在订单里填写。"],
    spec=["这款智能插座支持微信小程序和天猫精灵，型号WX-13800138。", "HS编码8516.79.90，单价6.85美元，运单号SF1402238876123。"],
    price=["{q}个的话单价{p1}美元，FOB宁波。"],
    ta=dict(out=["我们不做信保订单", "信保不行，只接受T/T"], fee=["走信保的话手续费您承担，另加4%"],
            unit=["走信保单价要涨到{p2}美金"], ship=["信保可以，但运费要多加{p2}美金"], min=["两万美金以上才走信保，小单直接付款"],
            unav=["这个产品这个月信保用不了，账户有点问题"],
            diff=["平台下单{p2}一个，直接打公司账户{p1}一个", "走阿里总价{p2}，私下转账{p1}"],
            pct=["平台订单加{n}个点，直接付款不加"],
            push=["直接打款到我们公司账户吧，更快，我发你银行信息", "西联或者PayPal付款吧，对我们方便"]),
    tan=["信保不用加钱，价格和T/T一样", "走信保不收额外费用，还是{p1}"],
    tao=["我们不接受西联，请走信保付款"], tau=["信保在货物延迟或不符时保障您的货款。"],
    sig="此致\n王先生 {shop}\n{app}：{c}",
)
LANG["es"] = dict(
    bo=["Hola, ¿tienen stock del modelo 600x600? Necesito 300.", "¿Cuál es su mejor precio para 2.000 unidades a Lima?",
        "¿Me envía el catálogo y el plazo de entrega?", "¿Hacen OEM? Somos distribuidores en México."],
    bta=["¿Puedo pagar con Trade Assurance?", "Quiero hacer el pedido con Trade Assurance, ¿está bien?"],
    bask=["¿Tienes {app}? Es más fácil hablar por ahí.", "Pásame tu número de {app} por favor."],
    bind=["¿Hay otra forma de contactarte fuera de la plataforma?", "¿Cómo te puedo contactar directamente?"],
    bref=["No uso {app}, prefiero seguir hablando aquí."],
    border=["Ya hice el pedido esta mañana, revise por favor."],
    lure=["Hola amigo, agrégame al {app}: {c} para más detalles", "Para respuesta rápida escríbeme al {app} {c}",
          "Mándame mensaje por {app} {c}, te envío fotos reales", "Hablemos por {app}, mi número es {c}", "Mi {app}: {c}, ahí te paso la lista de precios"],
    ind=["Te dejé nuestro código QR en las fotos, escanéalo y hablamos allí.", "Busca el nombre de nuestra tienda «{shop}» en {app} y escríbeme.",
         "Busca nuestra marca {shop} en Google, ahí están mis datos.", "Mis datos de contacto están en el banner de mi perfil.",
         "Mejor hablemos en un lugar más cómodo, este chat es muy lento."],
    ask=["¿Tienes número de {app}? Así te contacto más rápido.", "Déjame tu {app} o teléfono y te llamo.", "Envíame tu {app} y te mando más fotos."],
    give=["Claro, mi {app} es {c}.", "Por supuesto, puedes escribirme al {c} ({app})."],
    push=["Por {app} es mucho más fácil, agrega {c}, respondo más rápido allí."],
    noneed=["No hace falta {app}, podemos verlo todo aquí en el chat de la plataforma."],
    paper=["Pedido recibido. Envíenos su correo para la factura comercial y un teléfono para el courier.",
           "Para el despacho de aduanas necesitamos el teléfono y el correo del consignatario."],
    spec=["El enchufe inteligente funciona con la app de WhatsApp Business para notificaciones; modelo WA-5255123.",
          "Código HS 8539.52.00, precio 6,85 USD, número de seguimiento 1Z999AA10123456784."],
    price=["El precio es {p1} USD por unidad para {q} unidades, FOB Ningbo."],
    ta=dict(out=["Lo siento, no trabajamos con Trade Assurance.", "Trade Assurance no es posible, solo transferencia."],
            fee=["Si quiere Trade Assurance, la comisión de la plataforma la paga usted, un 4% más."],
            unit=["Con Trade Assurance el precio unitario sube a {p2} USD."], ship=["Trade Assurance sí, pero el flete cuesta {p2} USD más."],
            min=["Trade Assurance solo para pedidos de más de 20.000 USD."], unav=["Trade Assurance no está disponible para este producto ahora."],
            diff=["Pedido por la plataforma: {p2} USD/ud. Pago directo a la cuenta de la empresa: {p1} USD/ud.", "Por Alibaba el total es {p2}, por transferencia directa {p1}."],
            pct=["Los pedidos por la plataforma llevan un {n}% más; pago directo, no."],
            push=["Mejor haga la transferencia bancaria directa a nuestra cuenta, le paso los datos.", "¿Puede pagar por Western Union o PayPal? Es mejor para nosotros."]),
    tan=["Trade Assurance no le cuesta nada extra, mismo precio.", "Sin cargo adicional por Trade Assurance, el precio sigue en {p1}."],
    tao=["No aceptamos Western Union, por favor pague con Trade Assurance."], tau=["Trade Assurance protege su pago si la mercancía llega tarde o no es como se describe."],
    sig="Saludos cordiales,\nLucía Chen, {shop}\n{app}: {c}",
)
LANG["fr"] = dict(
    bo=["Bonjour, avez-vous le modèle 600x600 en stock ? Il m'en faut 300.", "Quel est votre meilleur prix pour 2 000 pièces livrées à Dakar ?",
        "Pouvez-vous m'envoyer le catalogue et le délai ?", "Faites-vous de l'OEM ? Nous sommes distributeurs en France."],
    bta=["Puis-je payer via Trade Assurance ?", "Je souhaite commander avec Trade Assurance, c'est possible ?"],
    bask=["Vous avez {app} ? C'est plus simple pour moi.", "Donnez-moi votre numéro {app} s'il vous plaît."],
    bind=["Y a-t-il un autre moyen de vous joindre hors de la plateforme ?", "Comment puis-je vous contacter directement ?"],
    bref=["Je n'utilise pas {app}, restons ici s'il vous plaît."],
    border=["J'ai passé la commande ce matin, merci de vérifier."],
    lure=["Bonjour, ajoutez-moi sur {app} : {c} pour plus de détails", "Pour une réponse rapide, contactez-moi sur {app} {c}",
          "Écrivez-moi sur {app} au {c}, je vous envoie des vidéos", "Parlons sur {app}, mon numéro est le {c}", "Mon {app} : {c}, la liste de prix est là-bas"],
    ind=["Notre QR code est dans les photos, scannez-le et on discute là-bas.", "Cherchez le nom de notre boutique « {shop} » sur {app}.",
         "Tapez notre marque {shop} sur Google, vous trouverez mes coordonnées.", "Mes coordonnées sont sur la bannière de mon profil.",
         "Parlons ailleurs, ce sera plus pratique, ce chat est trop lent."],
    ask=["Avez-vous un numéro {app} ? Ce sera plus facile pour vous joindre.", "Laissez-moi votre {app} ou votre téléphone, je vous appelle.", "Envoyez-moi votre identifiant {app}, je partage plus de photos."],
    give=["Bien sûr, mon {app} est {c}.", "Pas de problème : {c} ({app})."],
    push=["{app} c'est plus simple, ajoutez le {c}, je réponds plus vite là-bas."],
    noneed=["Pas besoin de {app}, on peut tout régler ici sur la messagerie de la plateforme."],
    paper=["Commande reçue. Merci d'envoyer votre e-mail pour la facture et un téléphone pour le transporteur.",
           "Pour le dédouanement, le transitaire a besoin du téléphone et de l'e-mail du destinataire."],
    spec=["Compatible avec l'appli WhatsApp pour les alertes ; modèle TG-3361234 en stock.", "Code SH 8539.52.00, prix 6,85 USD, numéro de suivi LX123456789CN."],
    price=["Le prix est de {p1} USD la pièce pour {q} pièces, FOB Ningbo."],
    ta=dict(out=["Désolé, nous ne faisons pas de commandes Trade Assurance.", "Trade Assurance impossible, uniquement virement."],
            fee=["Avec Trade Assurance, les frais de la plateforme sont à votre charge, 4 % en plus."],
            unit=["Avec Trade Assurance le prix unitaire passe à {p2} USD."], ship=["Trade Assurance oui, mais le transport coûte {p2} USD de plus."],
            min=["Trade Assurance seulement au-dessus de 20 000 USD."], unav=["Trade Assurance n'est pas disponible pour ce produit en ce moment."],
            diff=["Commande plateforme : {p2} USD/pièce. Paiement direct sur le compte société : {p1} USD/pièce.", "Via Alibaba le total fait {p2}, en virement direct {p1}."],
            pct=["Les commandes via la plateforme, c'est +{n} % ; en paiement direct, non."],
            push=["Faites plutôt un virement bancaire directement sur notre compte, je vous envoie le RIB.", "Western Union ou PayPal, c'est mieux pour nous, ça vous va ?"]),
    tan=["Trade Assurance ne vous coûte rien de plus, même prix.", "Aucun supplément pour Trade Assurance, le prix reste {p1}."],
    tao=["Nous n'acceptons pas Western Union, merci de payer via Trade Assurance."], tau=["Trade Assurance protège votre paiement en cas de retard ou de non-conformité."],
    sig="Cordialement,\nClaire Li, {shop}\n{app} : {c}",
)
LANG["pt"] = dict(
    bo=["Olá, tem o modelo 600x600 em estoque? Preciso de 300.", "Qual o melhor preço para 2.000 peças para Santos?",
        "Pode enviar o catálogo e o prazo?", "Vocês fazem OEM? Somos distribuidores no Brasil."],
    bta=["Posso pagar pelo Trade Assurance?", "Quero fazer o pedido com Trade Assurance, pode ser?"],
    bask=["Você tem {app}? É mais fácil falar por lá.", "Me passa seu número de {app}, por favor."],
    bind=["Tem outro jeito de falar com você fora da plataforma?", "Como posso te contatar diretamente?"],
    bref=["Não uso {app}, vamos continuar aqui."],
    border=["Fiz o pedido hoje de manhã, pode conferir?"],
    lure=["Olá amigo, me adiciona no {app}: {c} para mais detalhes", "Para resposta rápida chama no {app} {c}",
          "Me chama no {app} {c}, mando fotos reais", "Vamos falar pelo {app}, meu número é {c}", "Meu {app}: {c}, lá te mando a tabela"],
    ind=["Coloquei nosso QR code nas fotos, escaneia e falamos lá.", "Procura o nome da nossa loja '{shop}' no {app} e me chama.",
         "Pesquisa nossa marca {shop} no Google, meus contatos estão no site.", "Meus contatos estão no banner do meu perfil.",
         "Vamos conversar num lugar mais prático, aqui é muito lento."],
    ask=["Você tem número de {app}? Fica mais fácil te contatar.", "Me deixa seu {app} ou telefone que eu te ligo.", "Manda seu {app} que te envio mais fotos."],
    give=["Claro, meu {app} é {c}.", "Com certeza: {c} ({app})."],
    push=["No {app} é bem mais fácil, adiciona {c}, respondo mais rápido lá."],
    noneed=["Não precisa de {app}, resolvemos tudo aqui no chat da plataforma."],
    paper=["Pedido recebido. Envie seu e-mail para a fatura comercial e um telefone para a transportadora.",
           "Para o desembaraço aduaneiro precisamos do telefone e do e-mail do destinatário."],
    spec=["A tomada inteligente envia alertas pelo Telegram e funciona com Alexa; modelo TG-5511987.", "NCM/HS 8539.52.00, preço 6,85 USD, rastreio LB123456789CN."],
    price=["O preço é {p1} USD por peça para {q} peças, FOB Ningbo."],
    ta=dict(out=["Desculpe, não trabalhamos com Trade Assurance.", "Trade Assurance não dá, só transferência."],
            fee=["Se quiser Trade Assurance, a taxa da plataforma fica por sua conta, 4% a mais."],
            unit=["Com Trade Assurance o preço unitário sobe para {p2} USD."], ship=["Trade Assurance pode, mas o frete fica {p2} USD mais caro."],
            min=["Trade Assurance só para pedidos acima de 20.000 USD."], unav=["Trade Assurance está indisponível para este produto agora."],
            diff=["Pedido pela plataforma: {p2} USD/pç. Pagamento direto na conta da empresa: {p1} USD/pç.", "Pelo Alibaba o total é {p2}, por transferência direta {p1}."],
            pct=["Pedido pela plataforma é +{n}%, pagamento direto não."],
            push=["Melhor fazer transferência bancária direto para nossa conta, te mando os dados.", "Pode pagar por Western Union ou PayPal? É melhor para nós."]),
    tan=["Trade Assurance não custa nada a mais para você, mesmo preço.", "Sem custo extra no Trade Assurance, o preço continua {p1}."],
    tao=["Não aceitamos Western Union, por favor pague pelo Trade Assurance."], tau=["O Trade Assurance protege seu pagamento se a mercadoria atrasar ou vier diferente."],
    sig="Atenciosamente,\nAna Zhou, {shop}\n{app}: {c}",
)
LANG["ru"] = dict(
    bo=["Здравствуйте, есть в наличии модель 600x600? Нужно 300 шт.", "Какая лучшая цена за 2000 шт с доставкой в Москву?",
        "Пришлите каталог и сроки, пожалуйста.", "Делаете OEM? Мы дистрибьютор."],
    bta=["Можно оплатить через Trade Assurance?", "Хочу оформить заказ через Trade Assurance, можно?"],
    bask=["У вас есть {app}? Там удобнее общаться.", "Дайте, пожалуйста, ваш номер {app}."],
    bind=["Есть другой способ связаться с вами вне площадки?", "Как с вами связаться напрямую?"],
    bref=["Я не пользуюсь {app}, давайте общаться здесь."],
    border=["Я оформил заказ сегодня утром, проверьте."],
    lure=["Здравствуйте, добавьте меня в {app}: {c}, там подробнее", "Для быстрого ответа пишите в {app} {c}",
          "Напишите в {app} {c}, пришлю реальные фото", "Давайте в {app}, мой номер {c}", "Мой {app}: {c}, прайс там"],
    ind=["QR-код на фото, отсканируйте и пишите туда.", "Найдите наш магазин «{shop}» в {app} и напишите мне.",
         "Поищите наш бренд {shop} в Яндексе, там мои контакты.", "Контакты у меня в баннере профиля.",
         "Давайте перейдём в место поудобнее, здесь чат медленный."],
    ask=["У вас есть номер {app}? Так проще с вами связаться.", "Оставьте ваш {app} или телефон, я позвоню.", "Пришлите ваш {app}, отправлю больше фото."],
    give=["Конечно, мой {app}: {c}.", "Да, пишите на {c} ({app})."],
    push=["В {app} гораздо удобнее, добавьте {c}, там отвечу быстрее."],
    noneed=["{app} не нужен, всё обсудим здесь в чате площадки."],
    paper=["Заказ получен. Пришлите e-mail для инвойса и телефон для курьера.", "Для таможни экспедитору нужны телефон и e-mail получателя."],
    spec=["Умная розетка работает с приложением VK и Алисой; модель VK-7912345.", "Код ТН ВЭД 8539 52 000 0, цена 6,85 USD, трек-номер RA123456789CN."],
    price=["Цена {p1} USD за штуку при заказе {q} шт, FOB Нинбо."],
    ta=dict(out=["Извините, мы не работаем с Trade Assurance.", "Trade Assurance нельзя, только банковский перевод."],
            fee=["Если нужен Trade Assurance, комиссию площадки платите вы, плюс 4%."],
            unit=["С Trade Assurance цена за штуку будет {p2} USD."], ship=["Trade Assurance можно, но доставка дороже на {p2} USD."],
            min=["Trade Assurance только для заказов от 20 000 USD."], unav=["Trade Assurance сейчас недоступен для этого товара."],
            diff=["Заказ через площадку: {p2} USD/шт. Оплата напрямую на счёт компании: {p1} USD/шт.", "Через Alibaba итого {p2}, прямым переводом {p1}."],
            pct=["Заказы через площадку +{n}%, прямая оплата без этого."],
            push=["Лучше оплатите банковским переводом прямо на наш счёт, реквизиты пришлю.", "Western Union или PayPal нам удобнее, сможете так оплатить?"]),
    tan=["Trade Assurance ничего дополнительно не стоит, цена та же.", "Никакой доплаты за Trade Assurance, цена остаётся {p1}."],
    tao=["Western Union не принимаем, оплатите, пожалуйста, через Trade Assurance."], tau=["Trade Assurance защищает ваш платёж, если товар опоздал или не соответствует."],
    sig="С уважением,\nИрина, {shop}\n{app}: {c}",
)
LANG["ar"] = dict(
    bo=["مرحبا، هل الموديل 600x600 متوفر؟ أحتاج 300 قطعة.", "ما أفضل سعر لـ 2000 قطعة إلى جدة؟", "أرسل لي الكتالوج ومدة التسليم من فضلك.", "هل تقدمون خدمة OEM؟ نحن موزعون."],
    bta=["هل يمكنني الدفع عبر Trade Assurance؟", "أريد الطلب بضمان التجارة، هل هذا ممكن؟"],
    bask=["هل لديك {app}؟ أسهل لي التواصل هناك.", "أعطني رقم {app} الخاص بك من فضلك."],
    bind=["هل هناك طريقة أخرى للتواصل معك خارج المنصة؟", "كيف أتواصل معك مباشرة؟"],
    bref=["لا أستخدم {app}، لنكمل هنا من فضلك."],
    border=["قمت بالطلب هذا الصباح، يرجى المراجعة."],
    lure=["مرحبا صديقي، أضفني على {app}: {c} لمزيد من التفاصيل", "للرد السريع تواصل معي على {app} {c}",
          "راسلني على {app} {c} أرسل لك صور حقيقية", "لنتحدث على {app}، رقمي {c}", "{app} الخاص بي: {c} وقائمة الأسعار هناك"],
    ind=["رمز QR موجود في الصور، امسحه ونتحدث هناك.", "ابحث عن اسم متجرنا «{shop}» في {app} وراسلني.",
         "ابحث عن علامتنا {shop} في جوجل وستجد بيانات التواصل.", "بيانات الاتصال موجودة في بانر ملفي الشخصي.",
         "لنتحدث في مكان أنسب، هذه الدردشة بطيئة."],
    ask=["هل لديك رقم {app}؟ أسهل للتواصل معك.", "اترك لي {app} أو رقم هاتفك وسأتصل بك.", "أرسل لي حساب {app} الخاص بك لأرسل صورا أكثر."],
    give=["بالتأكيد، {app} الخاص بي {c}.", "طبعا، تواصل معي على {c} ({app})."],
    push=["{app} أسهل بكثير، أضف {c} وسأرد أسرع هناك."],
    noneed=["لا حاجة إلى {app}، يمكننا مناقشة كل شيء هنا في دردشة المنصة."],
    paper=["تم استلام الطلب. أرسل بريدك الإلكتروني للفاتورة ورقم هاتف لشركة الشحن.", "للتخليص الجمركي يحتاج وكيل الشحن هاتف وبريد المستلم."],
    spec=["القابس الذكي يرسل تنبيهات عبر واتساب للأعمال؛ الموديل WA-9665012.", "رمز النظام المنسق 8539.52.00، السعر 6.85 دولار، رقم التتبع EE123456789CN."],
    price=["السعر {p1} دولار للقطعة لكمية {q}، فوب نينغبو."],
    ta=dict(out=["آسف، لا نتعامل بـ Trade Assurance.", "ضمان التجارة غير ممكن، تحويل بنكي فقط."],
            fee=["إذا أردت ضمان التجارة فعليك دفع عمولة المنصة، 4% إضافية."],
            unit=["مع ضمان التجارة يصبح سعر القطعة {p2} دولار."], ship=["ضمان التجارة ممكن لكن الشحن أغلى بـ {p2} دولار."],
            min=["ضمان التجارة فقط للطلبات فوق 20000 دولار."], unav=["ضمان التجارة غير متاح لهذا المنتج حاليا."],
            diff=["الطلب عبر المنصة: {p2} دولار للقطعة. الدفع مباشرة لحساب الشركة: {p1} دولار.", "عبر علي بابا الإجمالي {p2}، وبالتحويل المباشر {p1}."],
            pct=["الطلبات عبر المنصة عليها {n}% زيادة، الدفع المباشر لا."],
            push=["الأفضل أن تحول المبلغ مباشرة إلى حسابنا البنكي، سأرسل لك البيانات.", "ويسترن يونيون أو باي بال أفضل لنا، هل يمكنك الدفع هكذا؟"]),
    tan=["ضمان التجارة لا يكلفك أي شيء إضافي، نفس السعر.", "لا توجد رسوم إضافية على ضمان التجارة، السعر يبقى {p1}."],
    tao=["لا نقبل ويسترن يونيون، يرجى الدفع عبر ضمان التجارة."], tau=["ضمان التجارة يحمي دفعتك إذا تأخرت البضاعة أو لم تطابق الوصف."],
    sig="مع التحية،\nأحمد، {shop}\n{app}: {c}",
)
LANG["de"] = dict(
    bo=["Hallo, haben Sie das Modell 600x600 auf Lager? Ich brauche 300 Stück.", "Was ist Ihr bester Preis für 2.000 Stück nach Hamburg?",
        "Können Sie mir Katalog und Lieferzeit schicken?", "Ist OEM möglich? Wir sind Großhändler."],
    bta=["Kann ich über Trade Assurance bezahlen?", "Ich möchte mit Trade Assurance bestellen, geht das?"],
    bask=["Haben Sie {app}? Dort ist es für mich einfacher.", "Geben Sie mir bitte Ihre {app}-Nummer."],
    bind=["Gibt es einen anderen Weg, Sie außerhalb der Plattform zu erreichen?", "Wie kann ich Sie direkt kontaktieren?"],
    bref=["Ich nutze kein {app}, lassen Sie uns hier weiterschreiben."],
    border=["Ich habe heute Morgen bestellt, bitte prüfen."],
    lure=["Hallo, fügen Sie mich bei {app} hinzu: {c} für mehr Details", "Für schnelle Antwort schreiben Sie mir auf {app} {c}",
          "Schreiben Sie mir per {app} an {c}, ich schicke echte Fotos", "Lassen Sie uns über {app} reden, meine Nummer ist {c}", "Mein {app}: {c}, dort ist die Preisliste"],
    ind=["Unser QR-Code ist in den Bildern, scannen Sie ihn und wir schreiben dort.", "Suchen Sie unseren Shopnamen „{shop}“ bei {app} und schreiben Sie mir.",
         "Googeln Sie unsere Marke {shop}, dort finden Sie meine Kontaktdaten.", "Meine Kontaktdaten stehen im Banner meines Profils.",
         "Lassen Sie uns lieber woanders bequemer schreiben, dieser Chat ist zu langsam."],
    ask=["Haben Sie eine {app}-Nummer? Dann erreiche ich Sie leichter.", "Hinterlassen Sie Ihr {app} oder Telefon, ich rufe an.", "Schicken Sie mir Ihre {app}-ID, ich sende mehr Bilder."],
    give=["Gern, mein {app} ist {c}.", "Natürlich: {c} ({app})."],
    push=["{app} ist viel einfacher, fügen Sie {c} hinzu, dort antworte ich schneller."],
    noneed=["{app} ist nicht nötig, wir können alles hier im Plattform-Chat klären."],
    paper=["Bestellung erhalten. Bitte senden Sie Ihre E-Mail für die Handelsrechnung und eine Telefonnummer für den Kurier.",
           "Für die Verzollung braucht der Spediteur Telefon und E-Mail des Empfängers."],
    spec=["Die Steckdose sendet Meldungen per Telegram-Bot und läuft mit Alexa; Modell TG-4915123.", "Zolltarifnummer 8539 52 00, Preis 6,85 USD, Sendungsnummer 00340434161234567890."],
    price=["Der Preis ist {p1} USD pro Stück bei {q} Stück, FOB Ningbo."],
    ta=dict(out=["Tut mir leid, Trade-Assurance-Bestellungen machen wir nicht.", "Trade Assurance geht nicht, nur Überweisung."],
            fee=["Mit Trade Assurance tragen Sie die Plattformgebühr selbst, 4 % extra."],
            unit=["Mit Trade Assurance steigt der Stückpreis auf {p2} USD."], ship=["Trade Assurance ja, aber die Fracht kostet {p2} USD mehr."],
            min=["Trade Assurance erst ab 20.000 USD Bestellwert."], unav=["Trade Assurance ist für dieses Produkt derzeit nicht verfügbar."],
            diff=["Bestellung über die Plattform: {p2} USD/Stück. Direktzahlung auf das Firmenkonto: {p1} USD/Stück.", "Über Alibaba kostet es insgesamt {p2}, per Direktüberweisung {p1}."],
            pct=["Plattformbestellungen +{n} %, Direktzahlung nicht."],
            push=["Überweisen Sie lieber direkt auf unser Bankkonto, ich schicke die Bankdaten.", "Western Union oder PayPal ist für uns besser, geht das?"]),
    tan=["Trade Assurance kostet Sie nichts extra, gleicher Preis.", "Kein Aufpreis für Trade Assurance, der Preis bleibt {p1}."],
    tao=["Western Union nehmen wir nicht, bitte zahlen Sie über Trade Assurance."], tau=["Trade Assurance schützt Ihre Zahlung bei Verspätung oder Abweichung der Ware."],
    sig="Mit freundlichen Grüßen\nJulia Wang, {shop}\n{app}: {c}",
)
LANG["tr"] = dict(
    bo=["Merhaba, 600x600 modeli stokta var mı? 300 adet lazım.", "İstanbul'a 2.000 adet için en iyi fiyatınız nedir?",
        "Katalog ve teslim süresini gönderir misiniz?", "OEM yapıyor musunuz? Biz distribütörüz."],
    bta=["Trade Assurance ile ödeyebilir miyim?", "Siparişi Trade Assurance ile vermek istiyorum, olur mu?"],
    bask=["{app} var mı? Orada konuşmak daha kolay.", "{app} numaranızı verir misiniz lütfen?"],
    bind=["Platform dışında size ulaşmanın başka bir yolu var mı?", "Size doğrudan nasıl ulaşabilirim?"],
    bref=["{app} kullanmıyorum, burada devam edelim lütfen."],
    border=["Siparişi bu sabah verdim, kontrol eder misiniz?"],
    lure=["Merhaba dostum, beni {app} üzerinden ekle: {c} detaylar orada", "Hızlı cevap için {app} {c} yazın",
          "{app}'tan yaz {c}, gerçek fotoğraf atarım", "{app}'ta konuşalım, numaram {c}", "{app}: {c}, fiyat listesi orada"],
    ind=["QR kodumuz resimlerde, okutun orada konuşalım.", "{app}'ta mağaza adımızı «{shop}» arayın ve yazın.",
         "Markamız {shop}'u Google'da aratın, iletişim bilgilerim sitede.", "İletişim bilgilerim profil bannerımda.",
         "Daha rahat bir yerde konuşalım, bu sohbet çok yavaş."],
    ask=["{app} numaranız var mı? Size ulaşmak daha kolay olur.", "{app} ya da telefonunuzu bırakın, sizi arayayım.", "{app} kullanıcı adınızı gönderin, daha çok fotoğraf atayım."],
    give=["Tabii, {app} numaram {c}.", "Elbette: {c} ({app})."],
    push=["{app} çok daha kolay, {c} ekleyin, orada daha hızlı dönerim."],
    noneed=["{app}'a gerek yok, her şeyi burada platform sohbetinde konuşabiliriz."],
    paper=["Sipariş alındı. Fatura için e-postanızı ve kargo için bir telefon numarası gönderin.", "Gümrük için alıcının telefonu ve e-postası gerekiyor."],
    spec=["Akıllı priz WhatsApp Business bildirimleriyle çalışır; model WA-9053212.", "GTİP 8539.52.00, fiyat 6,85 USD, takip numarası CP123456789CN."],
    price=["{q} adet için birim fiyat {p1} USD, FOB Ningbo."],
    ta=dict(out=["Üzgünüz, Trade Assurance siparişi almıyoruz.", "Trade Assurance olmaz, sadece havale."],
            fee=["Trade Assurance isterseniz platform komisyonunu siz ödersiniz, %4 fazla."],
            unit=["Trade Assurance ile birim fiyat {p2} USD olur."], ship=["Trade Assurance olur ama navlun {p2} USD daha pahalı."],
            min=["Trade Assurance sadece 20.000 USD üzeri siparişlerde."], unav=["Bu ürün için Trade Assurance şu an kullanılamıyor."],
            diff=["Platform siparişi: adet {p2} USD. Şirket hesabına direkt ödeme: adet {p1} USD.", "Alibaba üzerinden toplam {p2}, direkt havaleyle {p1}."],
            pct=["Platform siparişlerine %{n} eklenir, direkt ödemede eklenmez."],
            push=["Ödemeyi doğrudan banka hesabımıza havale yapın, daha hızlı; banka bilgilerini gönderiyorum.", "Western Union veya PayPal bizim için daha iyi, öyle ödeyebilir misiniz?"]),
    tan=["Trade Assurance size ekstra hiçbir şeye mal olmaz, fiyat aynı.", "Trade Assurance için ek ücret yok, fiyat yine {p1}."],
    tao=["Western Union kabul etmiyoruz, lütfen Trade Assurance ile ödeyin."], tau=["Trade Assurance, mal gecikirse veya tarife uymazsa ödemenizi korur."],
    sig="Saygılarımla,\nMehmet Lin, {shop}\n{app}: {c}",
)
LANG["ko"] = dict(
    bo=["안녕하세요, 600x600 모델 재고 있나요? 300개 필요합니다.", "부산까지 2,000개 최저가가 얼마인가요?",
        "카탈로그와 납기 보내주시겠어요?", "OEM 가능한가요? 저희는 유통업체입니다."],
    bta=["Trade Assurance로 결제할 수 있나요?", "무역보증(Trade Assurance)으로 주문하고 싶은데 괜찮나요?"],
    bask=["{app} 있으세요? 거기서 얘기하는 게 편해요.", "{app} 번호 좀 알려주세요."],
    bind=["플랫폼 말고 다른 연락 방법이 있나요?", "직접 연락하려면 어떻게 하면 되나요?"],
    bref=["저는 {app} 안 써요. 여기서 계속 얘기해요."],
    border=["오늘 아침에 주문했어요. 확인 부탁드려요."],
    lure=["안녕하세요, {app} 추가해 주세요: {c} 자세한 내용 알려드릴게요", "빠른 답변은 {app} {c}로 연락 주세요",
          "{app}으로 메시지 주세요 {c}, 실물 사진 보내드려요", "{app}에서 얘기해요, 제 번호는 {c}입니다", "제 {app}: {c} 가격표는 거기 있어요"],
    ind=["사진에 QR코드 넣어놨어요, 스캔해서 거기서 얘기해요.", "{app}에서 저희 가게 이름 '{shop}' 검색해서 연락 주세요.",
         "네이버에서 저희 브랜드 {shop} 검색하시면 연락처 나와요.", "연락처는 제 프로필 배너에 있어요.",
         "좀 더 편한 곳에서 얘기해요, 여기는 너무 느려요."],
    ask=["{app} 번호 있으세요? 연락하기 편해서요.", "{app}이나 전화번호 남겨주시면 전화 드릴게요.", "{app} 아이디 보내주세요, 사진 더 보내드릴게요."],
    give=["네, 제 {app}은 {c}입니다.", "물론이죠: {c} ({app})."],
    push=["{app}이 훨씬 편해요, {c} 추가해 주세요. 거기서 더 빨리 답해요."],
    noneed=["{app} 필요 없어요, 플랫폼 채팅에서 다 얘기할 수 있어요."],
    paper=["주문 확인했습니다. 인보이스용 이메일과 택배용 전화번호를 보내주세요.", "통관을 위해 포워더가 수취인 전화번호와 이메일이 필요합니다."],
    spec=["스마트 플러그는 카카오톡 알림과 연동됩니다; 모델 KT-8210123.", "HS코드 8539.52.00, 단가 6.85달러, 송장번호 6012345678901."],
    price=["{q}개 기준 단가 {p1}달러, FOB 닝보입니다."],
    ta=dict(out=["죄송하지만 Trade Assurance 주문은 안 받습니다.", "무역보증은 안 되고 송금만 가능합니다."],
            fee=["Trade Assurance 원하시면 플랫폼 수수료는 고객님 부담이고 4% 추가됩니다."],
            unit=["Trade Assurance로 하면 단가가 {p2}달러로 올라갑니다."], ship=["무역보증은 되는데 운임이 {p2}달러 더 붙어요."],
            min=["Trade Assurance는 2만 달러 이상 주문만 됩니다."], unav=["이 제품은 지금 Trade Assurance 이용이 안 돼요."],
            diff=["플랫폼 주문은 개당 {p2}달러, 회사 계좌로 직접 입금하면 개당 {p1}달러입니다.", "알리바바로 하면 총 {p2}, 직접 송금하면 {p1}이에요."],
            pct=["플랫폼 주문은 {n}% 추가, 직접 결제는 추가 없음."],
            push=["그냥 저희 계좌로 바로 송금해 주세요, 더 빨라요. 은행 정보 보내드릴게요.", "웨스턴유니온이나 페이팔이 저희는 편해요, 그렇게 결제 가능할까요?"]),
    tan=["Trade Assurance는 추가 비용이 전혀 없어요, 가격 동일합니다.", "무역보증 추가요금 없습니다, 가격은 그대로 {p1}."],
    tao=["웨스턴유니온은 안 받아요, Trade Assurance로 결제해 주세요."], tau=["Trade Assurance는 배송 지연이나 불일치 시 결제 금액을 보호해 줍니다."],
    sig="감사합니다.\n김 매니저, {shop}\n{app}: {c}",
)
LANG["ja"] = dict(
    bo=["こんにちは、600x600の在庫はありますか？300個必要です。", "東京まで2,000個の最安値はいくらですか？",
        "カタログと納期を送っていただけますか？", "OEMは可能ですか？当社は代理店です。"],
    bta=["Trade Assuranceで支払えますか？", "取引保証（Trade Assurance）で注文したいのですが大丈夫ですか？"],
    bask=["{app}はありますか？そちらの方が話しやすいです。", "{app}のIDを教えてください。"],
    bind=["プラットフォーム以外で連絡する方法はありますか？", "直接連絡するにはどうすればいいですか？"],
    bref=["{app}は使っていません。ここで話しましょう。"],
    border=["今朝注文しました。確認お願いします。"],
    lure=["こんにちは、{app}を追加してください：{c} 詳細をお送りします", "早く返信できるので{app} {c}へどうぞ",
          "{app}でメッセージください {c}、実物写真を送ります", "{app}で話しましょう、番号は{c}です", "私の{app}：{c} 価格表はそちらに"],
    ind=["写真にQRコードを載せました。読み取ってそちらで話しましょう。", "{app}で当店の名前「{shop}」を検索して連絡してください。",
         "ブランド名{shop}でググれば連絡先が出てきます。", "連絡先はプロフィールのバナーに書いてあります。",
         "もっと便利なところで話しましょう、このチャットは遅いので。"],
    ask=["{app}の番号はありますか？連絡しやすいので。", "{app}か電話番号を教えてください、お電話します。", "{app}のIDを送ってください、写真をもっと送ります。"],
    give=["はい、私の{app}は{c}です。", "もちろんです：{c}（{app}）"],
    push=["{app}の方がずっと便利です、{c}を追加してください。そちらの方が早く返信できます。"],
    noneed=["{app}は必要ありません、このプラットフォームのチャットで全部話せます。"],
    paper=["ご注文を受け付けました。請求書用のメールアドレスと配送業者用の電話番号をお送りください。", "通関のため、フォワーダーが荷受人の電話番号とメールを必要としています。"],
    spec=["このスマートプラグはLINE通知に対応しています。型番LN-8190123。", "HSコード8539.52.00、単価6.85ドル、追跡番号EJ123456789JP。"],
    price=["{q}個で単価{p1}ドル、FOB寧波です。"],
    ta=dict(out=["申し訳ありませんが、Trade Assuranceの注文は受けていません。", "取引保証は無理です、送金のみです。"],
            fee=["Trade Assuranceご希望なら、プラットフォーム手数料はお客様負担で4%追加です。"],
            unit=["Trade Assuranceだと単価が{p2}ドルに上がります。"], ship=["取引保証は可能ですが、送料が{p2}ドル高くなります。"],
            min=["Trade Assuranceは2万ドル以上の注文のみです。"], unav=["この商品は今Trade Assuranceが使えません。"],
            diff=["プラットフォーム注文は1個{p2}ドル、会社口座への直接振込なら1個{p1}ドルです。", "アリババ経由だと合計{p2}、直接送金なら{p1}です。"],
            pct=["プラットフォーム経由の注文は{n}%上乗せ、直接払いならなしです。"],
            push=["直接当社の口座に振り込んでください、その方が早いです。口座情報を送ります。", "ウエスタンユニオンかPayPalの方が助かります、それで払えますか？"]),
    tan=["Trade Assuranceでも追加費用は一切かかりません、同じ価格です。", "取引保証の追加料金はありません、価格は{p1}のままです。"],
    tao=["ウエスタンユニオンは受け付けていません。Trade Assuranceでお支払いください。"], tau=["Trade Assuranceは、商品の遅延や説明との相違があった場合に支払いを保護します。"],
    sig="よろしくお願いいたします。\n営業 田中, {shop}\n{app}: {c}",
)
LANG["vi"] = dict(
    bo=["Chào bạn, mẫu 600x600 còn hàng không? Mình cần 300 cái.", "Giá tốt nhất cho 2.000 cái về TP.HCM là bao nhiêu?",
        "Gửi mình catalogue và thời gian giao hàng nhé.", "Có làm OEM không? Bên mình là nhà phân phối."],
    bta=["Mình thanh toán qua Trade Assurance được không?", "Mình muốn đặt hàng qua Trade Assurance, được chứ?"],
    bask=["Bạn có {app} không? Nói chuyện bên đó tiện hơn.", "Cho mình xin số {app} của bạn."],
    bind=["Có cách nào khác liên hệ với bạn ngoài nền tảng không?", "Làm sao để liên hệ trực tiếp với bạn?"],
    bref=["Mình không dùng {app}, cứ nói chuyện ở đây nhé."],
    border=["Mình đã đặt hàng sáng nay, bạn kiểm tra giúp."],
    lure=["Chào bạn, kết bạn {app} với mình: {c} để biết thêm chi tiết", "Muốn trả lời nhanh thì nhắn {app} {c} nhé",
          "Nhắn mình qua {app} {c}, mình gửi ảnh thật", "Mình nói chuyện trên {app} đi, số mình là {c}", "{app} của mình: {c}, bảng giá ở bên đó"],
    ind=["Mã QR mình để trong ảnh, quét rồi mình nói chuyện bên đó.", "Tìm tên shop «{shop}» trên {app} rồi nhắn mình.",
         "Bạn search thương hiệu {shop} trên Google là thấy liên hệ của mình.", "Thông tin liên hệ có trên banner trang cá nhân của mình.",
         "Mình qua chỗ nào tiện hơn nói chuyện nhé, chat ở đây chậm quá."],
    ask=["Bạn có số {app} không? Liên hệ cho tiện.", "Để lại {app} hoặc số điện thoại, mình gọi cho.", "Gửi mình {app} của bạn, mình gửi thêm ảnh."],
    give=["Được chứ, {app} của mình là {c}.", "Dĩ nhiên: {c} ({app})."],
    push=["{app} tiện hơn nhiều, bạn thêm {c} nhé, bên đó mình trả lời nhanh hơn."],
    noneed=["Không cần {app} đâu, mình trao đổi hết ở đây trên chat của nền tảng."],
    paper=["Đã nhận đơn. Gửi giúp mình email để làm hóa đơn và số điện thoại cho bên vận chuyển.", "Để thông quan, bên forwarder cần số điện thoại và email người nhận."],
    spec=["Ổ cắm thông minh gửi thông báo qua Zalo OA; model ZL-8490123.", "Mã HS 8539.52.00, giá 6,85 USD, mã vận đơn VN123456789CN."],
    price=["Giá {p1} USD/cái cho {q} cái, FOB Ninh Ba."],
    ta=dict(out=["Xin lỗi, bên mình không làm đơn Trade Assurance.", "Trade Assurance không được, chỉ chuyển khoản."],
            fee=["Nếu muốn Trade Assurance thì bạn chịu phí nền tảng, cộng thêm 4%."],
            unit=["Đi Trade Assurance thì đơn giá lên {p2} USD."], ship=["Trade Assurance được nhưng cước vận chuyển thêm {p2} USD."],
            min=["Trade Assurance chỉ cho đơn trên 20.000 USD."], unav=["Sản phẩm này hiện không dùng được Trade Assurance."],
            diff=["Đặt qua nền tảng: {p2} USD/cái. Chuyển thẳng vào tài khoản công ty: {p1} USD/cái.", "Qua Alibaba tổng là {p2}, chuyển khoản trực tiếp là {p1}."],
            pct=["Đơn qua nền tảng cộng {n}%, trả trực tiếp thì không."],
            push=["Bạn chuyển khoản thẳng vào tài khoản ngân hàng bên mình cho nhanh, mình gửi thông tin.", "Western Union hoặc PayPal thì tiện cho bên mình hơn, bạn trả vậy được không?"]),
    tan=["Trade Assurance không tốn thêm đồng nào, giá vẫn vậy.", "Không phụ phí Trade Assurance, giá vẫn là {p1}."],
    tao=["Bên mình không nhận Western Union, bạn thanh toán qua Trade Assurance nhé."], tau=["Trade Assurance bảo vệ khoản thanh toán nếu hàng giao trễ hoặc không đúng mô tả."],
    sig="Trân trọng,\nMs. Linh, {shop}\n{app}: {c}",
)
LANG["id"] = dict(
    bo=["Halo, model 600x600 ready stok? Saya butuh 300 pcs.", "Harga terbaik untuk 2.000 pcs ke Jakarta berapa?",
        "Bisa kirim katalog dan lead time?", "Bisa OEM? Kami distributor."],
    bta=["Bisa bayar lewat Trade Assurance?", "Saya mau order pakai Trade Assurance, boleh?"],
    bask=["Ada {app}? Lebih gampang ngobrol di sana.", "Minta nomor {app} kamu dong."],
    bind=["Ada cara lain menghubungi kamu di luar platform?", "Bagaimana cara menghubungi kamu langsung?"],
    bref=["Saya tidak pakai {app}, lanjut di sini saja ya."],
    border=["Saya sudah order tadi pagi, tolong dicek."],
    lure=["Halo kak, add {app} saya: {c} untuk info lengkap", "Biar cepat balas, chat {app} {c}",
          "Chat saya lewat {app} {c}, saya kirim foto asli", "Kita ngobrol di {app} saja, nomor saya {c}", "{app} saya: {c}, daftar harga di sana"],
    ind=["QR code saya ada di foto, scan lalu kita chat di sana.", "Cari nama toko kami '{shop}' di {app} lalu chat saya.",
         "Cari merek kami {shop} di Google, kontak saya ada di website.", "Kontak saya ada di banner profil.",
         "Kita pindah ke tempat yang lebih enak ngobrolnya ya, chat di sini lambat."],
    ask=["Punya nomor {app}? Biar gampang menghubungi.", "Tinggalkan {app} atau nomor HP, nanti saya telepon.", "Kirim ID {app} kamu, saya kirim foto lagi."],
    give=["Tentu, {app} saya {c}.", "Boleh: {c} ({app})."],
    push=["{app} jauh lebih gampang, add {c} ya, di sana saya balas lebih cepat."],
    noneed=["Tidak perlu {app}, semua bisa dibahas di chat platform ini."],
    paper=["Pesanan diterima. Mohon kirim email untuk invoice dan nomor telepon untuk kurir.", "Untuk bea cukai, forwarder perlu nomor telepon dan email penerima."],
    spec=["Stop kontak pintar kirim notifikasi via Telegram; model TG-6281123.", "Kode HS 8539.52.00, harga 6,85 USD, nomor resi JP1234567890."],
    price=["Harga {p1} USD per pcs untuk {q} pcs, FOB Ningbo."],
    ta=dict(out=["Maaf, kami tidak melayani order Trade Assurance.", "Trade Assurance tidak bisa, transfer saja."],
            fee=["Kalau mau Trade Assurance, biaya platform ditanggung pembeli, tambah 4%."],
            unit=["Pakai Trade Assurance harga satuan jadi {p2} USD."], ship=["Trade Assurance bisa tapi ongkir tambah {p2} USD."],
            min=["Trade Assurance hanya untuk order di atas 20.000 USD."], unav=["Trade Assurance sedang tidak tersedia untuk produk ini."],
            diff=["Order lewat platform: {p2} USD/pcs. Transfer langsung ke rekening perusahaan: {p1} USD/pcs.", "Lewat Alibaba totalnya {p2}, transfer langsung {p1}."],
            pct=["Order lewat platform tambah {n}%, bayar langsung tidak."],
            push=["Transfer langsung saja ke rekening bank kami, lebih cepat, saya kirim detailnya.", "Western Union atau PayPal lebih enak buat kami, bisa bayar begitu?"]),
    tan=["Trade Assurance tidak ada biaya tambahan sama sekali, harga sama.", "Tanpa biaya tambahan untuk Trade Assurance, harga tetap {p1}."],
    tao=["Kami tidak terima Western Union, silakan bayar lewat Trade Assurance."], tau=["Trade Assurance melindungi pembayaran Anda jika barang terlambat atau tidak sesuai."],
    sig="Salam,\nRina, {shop}\n{app}: {c}",
)
LANG["th"] = dict(
    bo=["สวัสดีครับ รุ่น 600x600 มีสต็อกไหม ต้องการ 300 ชิ้น", "ราคาดีที่สุดสำหรับ 2,000 ชิ้นส่งกรุงเทพฯ เท่าไหร่",
        "ส่งแคตตาล็อกและระยะเวลาผลิตให้หน่อยครับ", "รับทำ OEM ไหม เราเป็นตัวแทนจำหน่าย"],
    bta=["จ่ายผ่าน Trade Assurance ได้ไหมครับ", "อยากสั่งผ่าน Trade Assurance ได้ไหม"],
    bask=["มี {app} ไหม คุยทางนั้นสะดวกกว่า", "ขอเบอร์ {app} หน่อยครับ"],
    bind=["มีช่องทางอื่นติดต่อคุณนอกแพลตฟอร์มไหม", "จะติดต่อคุณโดยตรงได้อย่างไร"],
    bref=["ผมไม่ใช้ {app} คุยที่นี่ต่อเถอะครับ"],
    border=["ผมสั่งซื้อไปเมื่อเช้านี้ ช่วยตรวจสอบด้วย"],
    lure=["สวัสดีค่ะ แอด {app} หน่อย: {c} จะส่งรายละเอียดให้", "ตอบไวกว่าทาง {app} {c} ค่ะ",
          "ทักมาทาง {app} {c} นะคะ จะส่งรูปจริงให้", "คุยทาง {app} กันค่ะ เบอร์ {c}", "{app} ของฉัน: {c} ราคาอยู่ทางนั้น"],
    ind=["QR code อยู่ในรูปนะคะ สแกนแล้วคุยกันทางนั้น", "ค้นหาชื่อร้าน «{shop}» ใน {app} แล้วทักมาได้เลย",
         "ลองค้นแบรนด์ {shop} ใน Google จะเจอช่องทางติดต่อ", "ช่องทางติดต่ออยู่บนแบนเนอร์โปรไฟล์ของฉัน",
         "ไปคุยที่อื่นที่สะดวกกว่านี้เถอะค่ะ แชทนี้ช้ามาก"],
    ask=["มีเบอร์ {app} ไหมคะ จะได้ติดต่อง่าย", "ฝาก {app} หรือเบอร์โทรไว้ เดี๋ยวโทรหา", "ส่งไอดี {app} มาหน่อย จะส่งรูปเพิ่มให้"],
    give=["ได้เลยค่ะ {app} ของฉันคือ {c}", "แน่นอนค่ะ: {c} ({app})"],
    push=["{app} สะดวกกว่าเยอะ แอด {c} นะคะ ตอบเร็วกว่า"],
    noneed=["ไม่ต้องใช้ {app} ค่ะ คุยทุกอย่างในแชทของแพลตฟอร์มได้เลย"],
    paper=["ได้รับคำสั่งซื้อแล้ว กรุณาส่งอีเมลสำหรับใบแจ้งหนี้และเบอร์โทรสำหรับขนส่ง", "เพื่อผ่านพิธีศุลกากร ชิปปิ้งต้องการเบอร์โทรและอีเมลผู้รับ"],
    spec=["ปลั๊กอัจฉริยะแจ้งเตือนผ่าน LINE Notify รุ่น LN-6681234", "พิกัด HS 8539.52.00 ราคา 6.85 ดอลลาร์ เลขพัสดุ TH123456789CN"],
    price=["ราคา {p1} ดอลลาร์ต่อชิ้นสำหรับ {q} ชิ้น FOB หนิงโป"],
    ta=dict(out=["ขอโทษค่ะ เราไม่รับออเดอร์ Trade Assurance", "Trade Assurance ไม่ได้ค่ะ โอนเงินอย่างเดียว"],
            fee=["ถ้าจะใช้ Trade Assurance ลูกค้าต้องจ่ายค่าธรรมเนียมแพลตฟอร์มเอง บวก 4%"],
            unit=["ถ้าใช้ Trade Assurance ราคาต่อชิ้นเป็น {p2} ดอลลาร์"], ship=["Trade Assurance ได้ แต่ค่าขนส่งเพิ่ม {p2} ดอลลาร์"],
            min=["Trade Assurance เฉพาะออเดอร์เกิน 20,000 ดอลลาร์"], unav=["สินค้านี้ใช้ Trade Assurance ไม่ได้ตอนนี้"],
            diff=["สั่งผ่านแพลตฟอร์ม {p2} ดอลลาร์/ชิ้น โอนตรงเข้าบัญชีบริษัท {p1} ดอลลาร์/ชิ้น", "ผ่าน Alibaba รวม {p2} โอนตรง {p1}"],
            pct=["ออเดอร์ผ่านแพลตฟอร์มบวก {n}% จ่ายตรงไม่บวก"],
            push=["โอนเงินเข้าบัญชีธนาคารของเราโดยตรงเลยค่ะ เร็วกว่า เดี๋ยวส่งเลขบัญชีให้", "Western Union หรือ PayPal สะดวกกว่าสำหรับเรา จ่ายแบบนั้นได้ไหม"]),
    tan=["Trade Assurance ไม่มีค่าใช้จ่ายเพิ่มเลยค่ะ ราคาเท่าเดิม", "ไม่มีค่าธรรมเนียมเพิ่มสำหรับ Trade Assurance ราคายังคง {p1}"],
    tao=["เราไม่รับ Western Union กรุณาชำระผ่าน Trade Assurance"], tau=["Trade Assurance คุ้มครองเงินของคุณหากสินค้าล่าช้าหรือไม่ตรงตามที่ระบุ"],
    sig="ขอบคุณค่ะ\nคุณเมย์ {shop}\n{app}: {c}",
)
LANG["it"] = dict(
    bo=["Buongiorno, avete il modello 600x600 a magazzino? Me ne servono 300.", "Qual è il vostro miglior prezzo per 2.000 pezzi a Genova?",
        "Potete mandarmi catalogo e tempi di consegna?", "Fate OEM? Siamo distributori."],
    bta=["Posso pagare con Trade Assurance?", "Vorrei ordinare con Trade Assurance, va bene?"],
    bask=["Hai {app}? Per me è più comodo lì.", "Mi dai il tuo numero {app} per favore?"],
    bind=["C'è un altro modo per contattarti fuori dalla piattaforma?", "Come posso contattarti direttamente?"],
    bref=["Non uso {app}, continuiamo qui per favore."],
    border=["Ho fatto l'ordine stamattina, controlli per favore."],
    lure=["Ciao amico, aggiungimi su {app}: {c} per più dettagli", "Per risposta veloce scrivimi su {app} {c}",
          "Scrivimi su {app} al {c}, ti mando foto reali", "Parliamo su {app}, il mio numero è {c}", "Il mio {app}: {c}, il listino è lì"],
    ind=["Il nostro QR code è nelle foto, scansionalo e parliamo lì.", "Cerca il nome del nostro negozio «{shop}» su {app} e scrivimi.",
         "Cerca il nostro marchio {shop} su Google, trovi i miei contatti.", "I miei contatti sono nel banner del mio profilo.",
         "Parliamo in un posto più comodo, questa chat è troppo lenta."],
    ask=["Hai un numero {app}? Così ti contatto più facilmente.", "Lasciami il tuo {app} o telefono, ti chiamo.", "Mandami il tuo ID {app}, ti invio altre foto."],
    give=["Certo, il mio {app} è {c}.", "Volentieri: {c} ({app})."],
    push=["Su {app} è molto più facile, aggiungi {c}, lì rispondo prima."],
    noneed=["Non serve {app}, possiamo parlare di tutto qui nella chat della piattaforma."],
    paper=["Ordine ricevuto. Mandi la sua e-mail per la fattura commerciale e un telefono per il corriere.", "Per lo sdoganamento lo spedizioniere ha bisogno di telefono ed e-mail del destinatario."],
    spec=["La presa smart invia notifiche via Telegram e funziona con Alexa; modello TG-3931234.", "Codice HS 8539.52.00, prezzo 6,85 USD, numero di tracking RR123456789CN."],
    price=["Il prezzo è {p1} USD al pezzo per {q} pezzi, FOB Ningbo."],
    ta=dict(out=["Mi dispiace, non facciamo ordini Trade Assurance.", "Trade Assurance non è possibile, solo bonifico."],
            fee=["Se vuole Trade Assurance la commissione della piattaforma è a suo carico, il 4% in più."],
            unit=["Con Trade Assurance il prezzo unitario sale a {p2} USD."], ship=["Trade Assurance sì, ma il trasporto costa {p2} USD in più."],
            min=["Trade Assurance solo per ordini sopra i 20.000 USD."], unav=["Trade Assurance non è disponibile per questo prodotto al momento."],
            diff=["Ordine tramite piattaforma: {p2} USD/pz. Pagamento diretto sul conto aziendale: {p1} USD/pz.", "Tramite Alibaba il totale è {p2}, con bonifico diretto {p1}."],
            pct=["Gli ordini tramite piattaforma sono +{n}%, il pagamento diretto no."],
            push=["Faccia pure il bonifico direttamente sul nostro conto, è più veloce, le mando le coordinate.", "Western Union o PayPal per noi è meglio, può pagare così?"]),
    tan=["Trade Assurance non le costa nulla in più, stesso prezzo.", "Nessun sovrapprezzo per Trade Assurance, il prezzo resta {p1}."],
    tao=["Non accettiamo Western Union, paghi con Trade Assurance per favore."], tau=["Trade Assurance protegge il suo pagamento se la merce arriva in ritardo o non conforme."],
    sig="Cordiali saluti,\nMarco Liu, {shop}\n{app}: {c}",
)

# --------------------------------------------------------------------------- contacts and disguises
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "zh": list("零一二三四五六七八九"),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "ar": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "ko": "공 일 이 삼 사 오 육 칠 팔 구".split(),
    "ja": list("〇一二三四五六七八九"),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
}
PLUS_WORD = {"en": "plus", "es": "más", "fr": "plus", "pt": "mais", "ru": "плюс", "de": "plus", "tr": "artı", "it": "più",
             "id": "plus", "vi": "cộng", "ar": "زائد", "ko": "플러스", "ja": "プラス", "th": "บวก", "zh": "加"}


def rd(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def nz(n):
    return str(R.randint(2, 9)) + rd(n - 1)


CN_PREFIX = ["131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157", "158",
             "159", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "198", "199"]


# local mobile numbers: (country code, national groups)
def local_phone(lang):
    cc, groups = {
        "en": ("86", lambda: [R.choice(CN_PREFIX), nz(4), rd(4)]),
        "zh": ("86", lambda: [R.choice(CN_PREFIX), nz(4), rd(4)]),
        "es": ("34", lambda: ["6" + rd(2), rd(3), rd(3)]),
        "fr": ("33", lambda: [R.choice("67"), rd(2), rd(2), rd(2), rd(2)]),
        "pt": ("55", lambda: ["11", "9" + rd(4), rd(4)]),
        "ru": ("7", lambda: ["9" + rd(2), rd(3), rd(2), rd(2)]),
        "ar": ("966", lambda: ["5" + R.choice("0345"), rd(3), rd(4)]),
        "de": ("49", lambda: ["15" + R.choice("12"), rd(8)]),
        "tr": ("90", lambda: ["5" + R.choice("034") + str(R.randint(1, 9)), rd(3), rd(2), rd(2)]),
        "ko": ("82", lambda: ["10", nz(4), rd(4)]),
        "ja": ("81", lambda: [R.choice(["90", "80"]), nz(4), rd(4)]),
        "vi": ("84", lambda: [R.choice(["90", "91", "98", "97"]), rd(3), rd(4)]),
        "id": ("62", lambda: ["81" + R.choice("2389"), rd(4), rd(4)]),
        "th": ("66", lambda: [R.choice(["81", "89", "92"]), rd(3), rd(4)]),
        "it": ("39", lambda: ["3" + R.choice("2349") + str(R.randint(0, 9)), rd(3), rd(4)]),
    }[lang if R.random() < 0.65 else "zh"]
    # the two-thirds local mix keeps +86 sellers in every language
    return cc, groups()


def spoken_en(s):
    words, i = [], 0
    s = s.replace(" ", "")
    while i < len(s):
        ch = s[i]
        if ch == "+":
            words.append("plus"); i += 1; continue
        j = i
        while j < len(s) and s[j] == ch:
            j += 1
        run = j - i
        w = DIGIT_WORDS["en"][int(ch)]
        while run >= 3:
            words.append("triple " + w); run -= 3
        if run == 2:
            words.append("double " + w)
        elif run == 1:
            words.append(w)
        i = j
    return " ".join(words)


def fmt_phone(lang, style):
    cc, g = local_phone(lang)
    nat = "".join(g)
    FW = str.maketrans("0123456789+", "０１２３４５６７８９＋")
    if style == "plain":
        return f"+{cc} {' '.join(g)}"
    if style == "dash":
        return f"+{cc}-{'-'.join(g)}"
    if style == "underscore":
        return f"{cc}_{'_'.join(g)}"
    if style == "slash":
        return f"+{cc}/{'/'.join(g)}"
    if style == "mixed":
        seps = ["-", ".", " ", "_", "/"]
        return f"(+{cc}) " + "".join(d + (R.choice(seps) if i % 3 == 2 and i < len(nat) - 1 else "") for i, d in enumerate(nat))
    if style == "dots":
        return ".".join("+" + cc + nat)
    if style == "spaced":
        return " ".join(cc + nat)
    if style == "fullwidth":
        return (f"+{cc} {' '.join(g)}").translate(FW)
    if style == "spoken":
        if lang == "en":
            return spoken_en("+" + cc + nat)
        w = DIGIT_WORDS[lang]
        return PLUS_WORD[lang] + " " + " ".join(w[int(d)] for d in cc + nat)
    if style == "native_digits":
        table = {"ar": "٠١٢٣٤٥٦٧٨٩", "th": "๐๑๒๓๔๕๖๗๘๙", "zh": "零一二三四五六七八九", "ja": "〇一二三四五六七八九"}.get(lang)
        if not table:
            return spoken_en("+" + cc + nat) if lang == "en" else " ".join(DIGIT_WORDS[lang][int(d)] for d in nat)
        return "+" + "".join(table[int(d)] for d in cc) + " " + "".join(table[int(d)] for d in nat)
    if style == "keycap":
        return "".join(d + "\ufe0f\u20e3" for d in cc + nat)
    if style == "zerowidth":
        return "\u200b".join("+" + cc + nat)
    if style == "nocc":
        return "0" + nat if cc not in ("86", "7") else nat
    raise ValueError(style)


PHONE_STYLES = ["plain", "dash", "underscore", "slash", "mixed", "dots", "spaced", "fullwidth", "spoken", "native_digits",
                "keycap", "zerowidth", "nocc"]
HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с"})   # Latin -> Cyrillic look-alikes
EMOJI = ["📱", "☎️", "💬", "🍀", "✨", "❤", "⭐"]


def obf_name(name, k):
    """Disguise a Latin channel name: symbols, emoji, dots, spacing, homoglyphs, leet, zero-width."""
    if not name.isascii() or len(name) < 3:
        return name
    m = len(name) // 2
    forms = [name, name[:m] + "@" + name[m:], name[:m] + R.choice(EMOJI) + name[m:], ".".join(name), " ".join(name),
             name.translate(HOMO), name.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1"),
             "\u200b".join(name), name[:m] + "*" + name[m:], name[:m] + "-" + name[m:], name.lower(), name.upper()]
    return forms[k % len(forms)]


APPS = {  # per language: (display forms, contact kind)
    "en": [(["WhatsApp", "whatsapp", "Whats app", "WA", "wa.me"], "phone"), (["WeChat", "wechat", "Wechat ID", "wee chat"], "wechat"),
           (["Skype", "skype", "sky pe"], "handle"), (["Telegram", "TG", "tele gram"], "handle"), (["Viber"], "phone"),
           (["email", "e-mail", "mail"], "email"), (["phone", "mobile", "cell"], "phone")],
    "zh": [(["微信", "薇信", "V信", "vx", "威信", "wei xin", "微-信", "绿泡泡", "VX"], "wechat"), (["QQ", "扣扣", "企鹅", "Q Q"], "qq"),
           (["电话", "手机", "TEL"], "phone"), (["飞机", "电报"], "handle"), (["WhatsApp", "瓦次普"], "phone"), (["邮箱", "油箱"], "email")],
    "es": [(["WhatsApp", "wasap", "guasap", "whats", "wsp"], "phone"), (["Telegram", "telegram"], "handle"), (["correo", "email"], "email"),
           (["WeChat"], "wechat")],
    "fr": [(["WhatsApp", "whatsapp", "WA", "ouatsap"], "phone"), (["Telegram"], "handle"), (["Viber"], "phone"), (["mail", "e-mail"], "email")],
    "pt": [(["WhatsApp", "zap", "zapzap", "whats", "wpp"], "phone"), (["Telegram"], "handle"), (["e-mail"], "email")],
    "ru": [(["WhatsApp", "ватсап", "вотсап", "вацап"], "phone"), (["Telegram", "телега", "тг", "телеграм"], "handle"),
           (["VK", "вк", "ВКонтакте"], "vk"), (["Viber", "вайбер"], "phone"), (["почта", "e-mail"], "email")],
    "ar": [(["واتساب", "WhatsApp", "واتس", "وتساب"], "phone"), (["تيليجرام", "Telegram"], "handle"), (["سناب شات", "Snapchat", "سناب"], "handle"),
           (["إيميل", "بريد"], "email"), (["IMO", "Botim"], "phone")],
    "de": [(["WhatsApp", "whatsapp", "WA"], "phone"), (["Telegram"], "handle"), (["Threema"], "handle"), (["E-Mail", "Mail"], "email"),
           (["Handy", "Telefon"], "phone")],
    "tr": [(["WhatsApp", "vatsap", "wp", "watsap"], "phone"), (["Telegram"], "handle"), (["BiP"], "phone"), (["e-posta"], "email")],
    "ko": [(["카톡", "카카오톡", "KakaoTalk", "kakao", "카.톡"], "kakao"), (["라인", "LINE"], "line"), (["텔레그램", "텔레"], "handle"),
           (["전화", "휴대폰"], "phone"), (["위챗", "WeChat"], "wechat")],
    "ja": [(["LINE", "ライン", "L!NE", "ﾗｲﾝ"], "line"), (["WeChat", "ウィーチャット"], "wechat"), (["電話", "携帯"], "phone"),
           (["メール"], "email"), (["カカオ"], "kakao")],
    "vi": [(["Zalo", "zalo", "za lô", "Za.lo", "zl"], "phone"), (["Viber"], "phone"), (["Messenger", "FB"], "handle"), (["sđt", "điện thoại"], "phone"),
           (["WeChat", "wechat"], "wechat")],
    "id": [(["WhatsApp", "WA", "w.a", "wasap", "whatsapp"], "phone"), (["Telegram", "tele"], "handle"), (["Line"], "line"), (["email"], "email")],
    "th": [(["LINE", "ไลน์", "ไลน์ไอดี", "Line ID"], "line"), (["WhatsApp", "วอทส์แอพ"], "phone"), (["เบอร์", "โทร"], "phone"),
           (["WeChat", "วีแชท"], "wechat")],
    "it": [(["WhatsApp", "whatsapp", "wapp", "WA"], "phone"), (["Telegram"], "handle"), (["Viber"], "phone"), (["Skype"], "handle"),
           (["email", "mail"], "email")],
}
NAMES = ["jenny", "coco", "lily", "tony", "kevin", "anna", "sunny", "mia", "leo", "grace", "vivian", "jack"]
SHOPS = ["Sunrise Lighting", "Hengda Steel", "Bright Home", "Golden Yarn", "Yiwu Happy Pet", "Nova Audio", "Luxe Pack",
         "Green Bamboo", "Alu King", "ToolMaster", "Bake Joy", "Star Ceramic"]


def email_form(k):
    user = R.choice(NAMES) + R.choice(["", "_sales", ".trade", "888", "2026"])
    dom = R.choice(["gmail", "163", "qq", "outlook", "yahoo", "hotmail"])
    forms = [f"{user}@{dom}.com", f"{user} at {dom} dot com", f"{user}(at){dom}[dot]com", f"{user} # {dom} . com",
             f"{user}＠{dom}．com", f"{user} [at] {dom} [dot] com", f"{user}@{dom} dot com"]
    return forms[k % len(forms)]


def contact(lang, kind, k, app=""):
    style = PHONE_STYLES[k % len(PHONE_STYLES)]
    nm = R.choice(NAMES)
    if kind == "phone":
        return fmt_phone(lang, style)
    if kind == "email":
        return email_form(k)
    if kind == "qq":
        q = str(R.randint(1, 9)) + rd(R.randint(8, 9))
        return [q, " ".join(q), "_".join([q[:3], q[3:6], q[6:]]), "".join(DIGIT_WORDS["zh"][int(d)] for d in q).replace("一", "幺")][k % 4]
    if kind == "wechat":
        return [f"wxid_{nm}{rd(3)}", f"{nm}_{rd(4)}", fmt_phone(lang, style), f"{nm}-{R.choice(['led', 'trade', 'factory'])}{rd(2)}"][k % 4]
    if kind == "handle":
        low = app.lower().replace(" ", "").replace("-", "")
        if any(w in low for w in ["tele", "tg", "тг", "телег", "تيليجرام", "飞机", "电报", "텔레"]):
            return [f"@{nm}_{R.choice(['factory', 'sales', 'trade'])}", f"t.me/{nm}{rd(3)}", f"{nm}_{rd(4)}", fmt_phone(lang, style)][k % 4]
        if "sky" in low:
            return [f"live:{nm}_{rd(4)}", f"{nm}.{R.choice(['factory', 'sales'])}{rd(2)}"][k % 2]
        return [f"@{nm}_{R.choice(['factory', 'sales', 'trade'])}", f"{nm}.{rd(4)}", f"{nm}_{rd(3)}"][k % 3]
    if kind == "line":
        return [f"@{nm}{rd(3)}", f"line.me/ti/p/~{nm}{rd(2)}", f"ID: {nm}_{rd(4)}", fmt_phone(lang, style)][k % 4]
    if kind == "kakao":
        return [f"{nm}{rd(4)}", f"open.kakao.com/o/s{rd(2)}{nm}", f"ID {nm}_{rd(3)}", fmt_phone(lang, style)][k % 4]
    if kind == "vk":
        return [f"vk.com/id{rd(9)}", f"vk.com/{nm}_{rd(3)}", f"id{rd(8)}", fmt_phone(lang, style)][k % 4]
    raise ValueError(kind)


def pick_app(lang, k, disguise=True):
    forms, kind = APPS[lang][k % len(APPS[lang])]
    name = forms[(k // len(APPS[lang])) % len(forms)]
    if disguise and k % 3 == 2 and kind != "email":
        name = obf_name(name, k // 3)
    return name, kind

# --------------------------------------------------------------------------- conversations
CONVS = []


def Sm(text, exp=(), allow=(), fam="", kind="text"):
    return {"sender": "seller", "text": text, "expect": list(exp), "allow": list(allow), "family": fam, "kind": kind}


def Bm(text):
    return {"sender": "buyer", "text": text, "expect": [], "allow": [], "family": "buyer turn", "kind": "text"}


def conv(lang, msgs, stage="none", ch=None):
    CONVS.append({"lang": lang, "msgs": msgs, "stage": stage, "ch": ch or R.choice(["chat"] * 5 + ["inquiry", "rfq", "site_message"])})


def fill(t, lang, k, app=None, kind=None, **kw):
    if "{app}" in t or "{c}" in t:
        if app is None:
            app, kind = pick_app(lang, k)
        if "{c}" in t:
            kw.setdefault("c", contact(lang, kind, k, app))
    p1 = round(R.uniform(1.2, 9.5), 2)
    vals = dict(app=app or "", shop=R.choice(SHOPS), p1=p1, p2=round(p1 * R.uniform(1.05, 1.15), 2), n=R.choice([3, 4, 5, 6, 8]),
                q=R.choice([500, 1000, 2000, 3000]))
    vals.update(kw)
    return t.format(**vals)


def build_lang(lang):
    L = LANG[lang]
    bo = lambda: R.choice(L["bo"])
    k0 = R.randint(0, 50)
    # ---- off-platform positives
    for i, t in enumerate(L["lure"]):
        k = k0 + i
        conv(lang, [Bm(bo()), Sm(fill(t, lang, k), [OP], fam="op: direct lure, disguised channel/number")])
    for i, t in enumerate(L["ind"]):
        k = k0 + 7 + i
        conv(lang, [Bm(bo()), Sm(fill(t, lang, k), [OP], fam="op: indirect lure (QR/shop search/look up/profile/elsewhere)")])
    for i, t in enumerate(L["ask"]):
        conv(lang, [Bm(bo()), Sm(fill(t, lang, k0 + 13 + i, app=pick_app(lang, k0 + 13 + i)[0]), [OP], fam="op: seller asks buyer's contact/app")])
    # spoken digits ("double"/"triple", "plus") and digits written as words / native digits
    phone_apps = [(f, kd) for f, kd in APPS[lang] if kd == "phone"]
    for st in ["spoken", "native_digits"] + (["spoken"] * 3 if lang == "en" else []):
        forms, kind = R.choice(phone_apps)
        conv(lang, [Bm(bo()), Sm(fill(R.choice(L["lure"]), lang, 0, app=R.choice(forms), kind=kind, c=fmt_phone(lang, st)), [OP],
                                 fam="op: spoken digits / digits in words")])
    # split number over two seller messages (no channel words)
    num = fmt_phone(lang, R.choice(["plain", "dash", "spaced"]))
    cut = len(num) // 2
    conv(lang, [Bm(bo()), Sm(num[:cut].strip(), allow=[OP], fam="op: split number, first half"),
                Sm(num[cut:].strip(), [OP], fam="op: split number, second half completes it")])
    # buyer refuses an app, seller pushes anyway
    app, kind = pick_app(lang, k0 + 17)
    conv(lang, [Bm(fill(L["bref"][0], lang, 0, app=app)), Sm(fill(L["push"][0], lang, k0 + 17, app=app, kind=kind), [OP],
                                                             fam="op: buyer refused the app, seller pushes")])
    # auto-reply and signature block
    conv(lang, [Bm(bo()), Sm(fill(L["lure"][R.randrange(len(L["lure"]))], lang, k0 + 19), [OP], kind="auto_reply",
                             fam="op: auto-reply with contact")])
    conv(lang, [Bm(bo()), Sm(fill(L["sig"], lang, k0 + 20), [OP], kind="signature", fam="op: signature block with contact")])
    # ---- off-platform negatives
    for i in range(2):
        app, kind = pick_app(lang, k0 + 21 + i, disguise=False)
        conv(lang, [Bm(fill(L["bask"][i], lang, 0, app=app)),
                    Sm(fill(L["give"][i], lang, k0 + 21 + i, app=app, kind=kind), fam="op-neg: buyer asked first (direct)")])
    for i in range(2):
        app, kind = pick_app(lang, k0 + 23 + i)
        conv(lang, [Bm(L["bind"][i]), Sm(fill(L["give"][i], lang, k0 + 23 + i, app=app, kind=kind),
                                        fam="op-neg: buyer asked first (indirect)")])
    app, kind = pick_app(lang, k0 + 25, disguise=False)
    conv(lang, [Bm(fill(L["bask"][0], lang, 0, app=app)), Sm(fill(L["price"][0], lang, 0), fam="op-neg: price answer"),
                Bm(bo()), Sm(fill(L["give"][1], lang, k0 + 25, app=app, kind=kind), fam="op-neg: buyer asked two turns earlier")])
    app, _ = pick_app(lang, k0 + 26, disguise=False)
    conv(lang, [Bm(fill(L["bref"][0], lang, 0, app=app)), Sm(fill(L["noneed"][0], lang, 0, app=app), fam="op-neg: seller says no need for the app")])
    conv(lang, [Bm(bo()), Sm(fill(L["noneed"][0], lang, 0, app=pick_app(lang, k0 + 27, disguise=False)[0]),
                             fam="op-neg: seller says no need for the app")])
    for i, t in enumerate(L["paper"]):
        conv(lang, [Bm(L["border"][0]), Sm(t, fam="op-neg: order-stage paperwork (e-mail/phone for invoice/customs)")],
             stage=["ordered", "shipping"][i])
    for t in L["spec"]:
        conv(lang, [Bm(bo()), Sm(t, fam="op-neg: product spec / model / HS / tracking numbers")])
    # ---- Trade Assurance refusals
    ta = L["ta"]
    forms = [("out", "outright"), ("fee", "extra fee"), ("unit", "higher unit price"), ("ship", "higher shipping"),
             ("min", "only above an order size"), ("unav", "TA 'unavailable'"), ("diff", "different price TA vs direct (no 'fee')"),
             ("pct", "percentage added for platform orders"), ("push", "pushes bank/WU/PayPal after buyer asked TA")]
    for key, desc in forms:
        for j, t in enumerate(ta[key]):
            extra = {"p2": R.choice([60, 80, 120, 150])} if key == "ship" else {}
            conv(lang, [Bm(R.choice(L["bta"])), Sm(fill(t, lang, 0, **extra), [TA], fam="ta: " + desc)])
    for t in L["tan"]:
        conv(lang, [Bm(R.choice(L["bta"])), Sm(fill(t, lang, 0), fam="ta-neg: negated (no extra cost with TA)")])
    conv(lang, [Bm(bo()), Sm(L["tao"][0], fam="ta-neg: refuses another method in favour of TA")])
    conv(lang, [Bm(R.choice(L["bta"])), Sm(L["tau"][0], fam="ta-neg: neutral explanation")])


for _lang in LANG:
    build_lang(_lang)

# a few cross-code and cross-language cases
conv("en", [Bm("Can we do it on Trade Assurance?"),
            Sm("Trade Assurance adds 5%. Better pay me direct, add my wh@tsapp +86 138 2231 7789 and I give the bank info.", [TA, OP],
               fam="ta+op: surcharge and a lure in one message")])
conv("zh", [Bm("可以走信保吗？"), Sm("信保要加5个点，直接加我vx：wxid_coco2291 私下转账便宜", [TA, OP], fam="ta+op: surcharge and a lure in one message")])
conv("es", [Bm("¿Se puede con Trade Assurance?"), Sm("Con Trade Assurance no, pero por wasap +34 622 318 447 te paso la cuenta del banco.",
                                                      [TA, OP], fam="ta+op: refusal and a lure in one message")])
conv("en", [Bm("Hello, I need 500 sets. Can you ship to Nairobi?"),
            Sm("Yes we can. Our site is www dot toolmaster-factory dot com, message me from there.", [OP], fam="op: 'dot' domain")])
conv("zh", [Bm("这个多少钱？"), Sm("我们官网 sunrise-lighting 点 com 上有联系方式，去那边找我", [OP], fam="op: 'dot' domain")])
conv("en", [Bm("Is there another way to contact you? Maybe WhatsApp?"), Sm("Sure: +86 139 2231 7788 WhatsApp.", fam="op-neg: buyer asked first (direct)")])
conv("en", [Bm("I want to buy one"), Sm("Do you have whatsapp number ? It is easy for us to contact you now", [OP], fam="op: seller asks buyer's contact/app")])

MESSAGES = []
_no = 800001
t = datetime(2026, 11, 10, 1, 0, tzinfo=UTC)
R.shuffle(CONVS)
for ci, cv in enumerate(CONVS):
    cid = f"HC-{70001 + ci}"
    merchant = R.choice([m for ms in MERCHANTS.values() for m in ms])
    buyer = R.choice(BUYERS)
    t = t + timedelta(minutes=R.randint(3, 40))
    tt = t
    for mi, m in enumerate(cv["msgs"]):
        if mi:
            tt = tt + (timedelta(seconds=R.randint(2, 12)) if m["kind"] == "auto_reply" else timedelta(seconds=R.randint(30, 900)))
        ev = {"schema": "message.v1", "event_id": None, "message_id": f"HMSG-{_no}", "conversation_id": cid,
              "merchant_id": merchant, "buyer_id": buyer, "sender": m["sender"], "channel": cv["ch"], "kind": m["kind"],
              "text": m["text"], "order_stage": cv["stage"], "sent_at": iso(tt)}
        ev["event_id"] = event_id("message", ev["message_id"])
        _no += 1
        MESSAGES.append({"ev": ev, "expect": m["expect"], "allow": m["allow"], "lang": cv["lang"], "family": m["family"]})

# --------------------------------------------------------------------------- write
EVENTS = [s["ev"] for s in LISTINGS] + [o["ev"] for o in ORDERS] + [m["ev"] for m in MESSAGES]
LABELS = ([{"subject": "listing", "subject_id": s["ev"]["listing_id"], "expect": s["expect"], "allow": s["allow"],
            "note": f"family: {s['note']} lang: n/a"} for s in LISTINGS]
          + [{"subject": "order", "subject_id": o["ev"]["order_id"], "expect": o["expect"], "allow": o["allow"],
              "note": f"family: {o['note']} lang: n/a"} for o in ORDERS]
          + [{"subject": "message", "subject_id": m["ev"]["message_id"], "expect": m["expect"], "allow": m["allow"],
              "note": f"family: {m['family']} lang: {m['lang']}"} for m in MESSAGES])
EVP, LBP = os.path.join(HERE, "events.jsonl"), os.path.join(HERE, "labels.jsonl")
with open(EVP, "w", encoding="utf-8") as f:
    for e in EVENTS:
        f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(LBP, "w", encoding="utf-8") as f:
    for lb in LABELS:
        f.write(json.dumps(lb, ensure_ascii=False) + "\n")

# --------------------------------------------------------------------------- checks
FIELDS = {
    "listing.v1": ["schema", "event_id", "op", "listing_id", "version", "merchant_id", "category_id", "category_path", "title",
                   "description", "currency", "unit", "moq", "price_tiers", "price_range", "skus", "shipping", "customization",
                   "sample_price", "updated_at"],
    "order.v1": ["schema", "event_id", "order_id", "listing_id", "merchant_id", "buyer_id", "quantity", "currency",
                 "quoted_shipping_fee", "charged_shipping_fee", "trade_assurance", "placed_at"],
    "message.v1": ["schema", "event_id", "message_id", "conversation_id", "merchant_id", "buyer_id", "sender", "channel", "kind",
                   "text", "order_stage", "sent_at"],
}
FAIL = []


def check(c, msg):
    if not c:
        FAIL.append(msg)


evs = [json.loads(l) for l in open(EVP, encoding="utf-8")]
lbs = [json.loads(l) for l in open(LBP, encoding="utf-8")]
check(len({e["event_id"] for e in evs}) == len(evs), "event_id not unique")
order = {"listing.v1": 0, "order.v1": 1, "message.v1": 2}
check([order[e["schema"]] for e in evs] == sorted(order[e["schema"]] for e in evs), "schemas out of order")
ids = []
lids = set()
last = {}
for e in evs:
    check(list(e) == FIELDS[e["schema"]], f"fields of {e.get('event_id')}")
    sid = e.get("listing_id") if e["schema"] == "listing.v1" else e.get("order_id") or e.get("message_id")
    ids.append(sid)
    check(e["merchant_id"].startswith("HM-"), "merchant prefix")
    if e["schema"] == "listing.v1":
        lids.add(e["listing_id"])
        check(e["listing_id"].startswith("HL-"), "listing prefix")
        tq = [t["min_qty"] for t in e["price_tiers"]]
        check(tq == sorted(tq), f"tiers not ascending {sid}")
        for k in ("updated_at",):
            datetime.strptime(e[k], "%Y-%m-%dT%H:%M:%SZ")
    elif e["schema"] == "order.v1":
        check(e["order_id"].startswith("HO-") and e["buyer_id"].startswith("HB-") and e["listing_id"] in lids, f"order refs {sid}")
        datetime.strptime(e["placed_at"], "%Y-%m-%dT%H:%M:%SZ")
    else:
        check(e["message_id"].startswith("HMSG-") and e["conversation_id"].startswith("HC-") and e["buyer_id"].startswith("HB-"), "msg ids")
        check(e["sender"] in ("seller", "buyer") and e["channel"] in ("chat", "inquiry", "rfq", "site_message")
              and e["kind"] in ("text", "auto_reply", "signature") and e["order_stage"] in ("none", "ordered", "shipping"), f"enums {sid}")
        ts = datetime.strptime(e["sent_at"], "%Y-%m-%dT%H:%M:%SZ")
        check(last.get(e["conversation_id"], ts) <= ts, f"time order {sid}")
        last[e["conversation_id"]] = ts
        check(bool(e["text"].strip()), f"empty text {sid}")
check(len(set(ids)) == len(ids), "subject ids not unique")
check(sorted(ids) == sorted(l["subject_id"] for l in lbs), "labels do not match subjects one to one")
for l in lbs:
    check(list(l) == ["subject", "subject_id", "expect", "allow", "note"], "label fields")
    check(not set(l["expect"]) & set(l["allow"]), f"expect/allow overlap {l['subject_id']}")
if FAIL:
    print("\n".join(FAIL[:30]))
    sys.exit(1)

# --------------------------------------------------------------------------- summary
print(f"events {len(evs)}: listings {len(LISTINGS)}, orders {len(ORDERS)}, messages {len(MESSAGES)} "
      f"(seller {sum(m['ev']['sender'] == 'seller' for m in MESSAGES)}, conversations {len(CONVS)})")
pos = collections.Counter(c for l in lbs for c in l["expect"])
print("expected positives per code:", dict(sorted(pos.items())))
fam = collections.Counter(s["note"].split(":")[0] if s["family"] != "background" else "background" for s in LISTINGS)
hn = collections.Counter(s["note"].split(":")[0] for s in LISTINGS if s["note"].startswith("hard negative"))
print("listings per family:", dict(fam))
print("orders:", dict(collections.Counter(o["family"] for o in ORDERS)))
mf = collections.Counter(m["family"] for m in MESSAGES if m["ev"]["sender"] == "seller")
for k, v in sorted(mf.items()):
    print(f"  {v:4d}  {k}")
ml = collections.defaultdict(collections.Counter)
for m in MESSAGES:
    if m["ev"]["sender"] == "seller":
        g = "OP+" if OP in m["expect"] else "TA+" if TA in m["expect"] else "ta-neg" if m["family"].startswith("ta") else "op-neg"
        ml[m["lang"]][g] += 1
print("seller messages per language (OP+ / TA+ / op-neg / ta-neg):")
for lang in LANG:
    c = ml[lang]
    print(f"  {lang}: {c['OP+']:3d} {c['TA+']:3d} {c['op-neg']:3d} {c['ta-neg']:3d}")
