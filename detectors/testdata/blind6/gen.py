#!/usr/bin/env python3
"""Blind evaluation set #6 for the listing-compliance detectors.

Written only from the platform briefing (seeds/003), the wire contract (spec/events.md) and the
*format* of the shared corpus. Nothing here was tuned against a detector.

Usage: python3 gen.py        (rewrites events.jsonl, labels.jsonl, README.md; exit 1 on any check failure)
Standard library only; deterministic (byte-identical output on every run).
"""
import collections
import datetime
import hashlib
import json
import math
import os
import random
import re
import sys

SEED = 20261206
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

LANGS = ["en", "zh", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "hi", "id", "vi", "th", "ja", "ko"]
CODES_LISTING = ["fake_price_tier", "off_market_price", "inflated_shipping", "abused_sku", "false_moq"]
CODES = CODES_LISTING + ["shipping_overcharge", "offplatform_contact", "trade_assurance_refusal"]
OFF, TA = "offplatform_contact", "trade_assurance_refusal"

# ----------------------------------------------------------------------------------------------
# number formatting helpers
# ----------------------------------------------------------------------------------------------
NATIVE = {"ar": "٠١٢٣٤٥٦٧٨٩", "hi": "०१२३४५६७८९", "th": "๐๑๒๓๔๕๖๗๘๙"}
FULLW = "０１２３４５６７８９"
COMMA_DEC = ("de", "es", "pt", "it", "tr", "id", "vi")
SPACE_THOU = ("fr", "ru")


def to_native(s, lang):
    tab = NATIVE.get(lang)
    if not tab:
        return s
    return "".join(tab[int(c)] if c.isdigit() and c in "0123456789" else c for c in s)


def to_fullwidth(s):
    out = []
    for c in s:
        if c in "0123456789":
            out.append(FULLW[int(c)])
        elif "a" <= c <= "z" or "A" <= c <= "Z":
            out.append(chr(ord(c) + 0xFEE0))
        elif c == ".":
            out.append("．")
        elif c == "@":
            out.append("＠")
        else:
            out.append(c)
    return "".join(out)


def fmt_int(n, lang):
    s = "{:,}".format(int(n))
    if lang in COMMA_DEC:
        s = s.replace(",", ".")
    elif lang in SPACE_THOU:
        s = s.replace(",", " ")
    return s


def fmt_dec(x, lang, nd=2):
    s = "{:,.{}f}".format(x, nd)
    if lang in COMMA_DEC:
        s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    elif lang in SPACE_THOU:
        s = s.replace(",", " ").replace(".", ",")
    return s


def money(x):
    """Round a price for JSON: 3 decimals below 1, else 2."""
    return round(x, 3) if x < 1 else round(x, 2)


def price_str(x, lang):
    nd = 3 if x < 1 else 2
    if x >= 100:
        nd = 0 if float(x).is_integer() else 2
    return fmt_dec(x, lang, nd)


def eid(kind, key):
    return "b6-" + hashlib.sha256("{}:{}:{}".format(SEED, kind, key).encode()).hexdigest()[:16]


def ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def nice(q):
    """Round a quantity to a 'nice' tier boundary."""
    if q < 10:
        return int(q)
    mag = 10 ** (len(str(int(q))) - 1)
    for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if q <= m * mag:
            return int(m * mag)
    return int(q)


# ----------------------------------------------------------------------------------------------
# categories (none of them in the excluded list) with market bands in USD per unit
# ----------------------------------------------------------------------------------------------
CATS = collections.OrderedDict()


def cat(cid, path, unit, band, typ, wkg, moqs, attr, variants, custom, specs, hs, model, dg=False, sample=(1.6, 3.0)):
    CATS[cid] = dict(id=cid, path=path, unit=unit, band=band, typ=typ, wkg=wkg, moqs=moqs, attr=attr,
                     variants=variants, custom=custom, specs=specs, hs=hs, model=model, dg=dg, sample=sample)


cat("bamboo-cutting-boards", ["Home & Garden", "Kitchen & Tabletop", "Kitchen Tools & Gadgets", "Cutting Boards"],
    "piece", (1.5, 12.0), (2.6, 5.8), 0.9, [100, 200, 300, 500, 1000], "Size",
    [("30x20 cm", 0.8), ("36x25 cm", 1.0), ("40x30 cm", 1.2), ("45x32 cm", 1.4)],
    ["Laser engraved logo", "Customized packaging"],
    ["Moso bamboo, 1.8 cm", "juice groove, 40×30 cm", "3-ply, FSC", "with handle hole, 36×25 cm"], "4419.90", "BCB")
cat("galvanized-steel-coil", ["Metallurgy, Chemicals, Rubber & Plastics", "Steel", "Steel Coils", "Galvanized Steel Coils"],
    "ton", (600.0, 950.0), (660.0, 820.0), 1000.0, [5, 10, 25, 50], "Thickness",
    [("0.3 mm", 1.06), ("0.5 mm", 1.0), ("0.8 mm", 0.98), ("1.2 mm", 0.97)],
    ["Customized width / slitting", "Customized packaging"],
    ["DX51D+Z, Z80", "SGCC, Z120, 1250 mm", "DX51D, Z275, regular spangle", "0.2–2.0 mm × 1000–1500 mm"], "7210.49", "GI",
    sample=None)
cat("stretch-wrap-film", ["Packaging & Printing", "Packaging Materials", "Plastic Film", "Stretch Film"],
    "roll", (3.0, 10.0), (4.0, 7.8), 2.6, [50, 100, 200, 300, 500], "Size",
    [("450 mm × 250 m", 0.85), ("500 mm × 300 m", 1.0), ("500 mm × 400 m", 1.25)],
    ["Customized printing", "Customized core / label"],
    ["LLDPE 20 µm, cast", "LLDPE 23 µm, 500 mm", "hand roll, 3-layer"], "3920.10", "SF")
cat("artificial-grass", ["Sports & Entertainment", "Sports Venue Equipment", "Artificial Grass & Sports Flooring", "Artificial Grass"],
    "square meter", (2.0, 10.0), (3.0, 7.5), 2.2, [100, 200, 300, 500, 1000], "Pile height",
    [("20 mm", 0.8), ("30 mm", 1.0), ("35 mm", 1.12), ("40 mm", 1.25)],
    ["Customized color", "Customized logo on backing"],
    ["PE + PP, 16800 Dtex", "4 tones, UV resistant", "2 × 25 m rolls", "SBR latex backing"], "5703.30", "AG")
cat("aerosol-spray-paint", ["Construction & Real Estate", "Paints & Coatings", "Spray Paint"],
    "piece", (0.40, 2.0), (0.55, 1.25), 0.45, [1200, 2400, 4800], "Color",
    [("Gloss black", 1.0), ("Matte white", 1.0), ("RAL colours", 1.05), ("Fluorescent", 1.3)],
    ["Custom label printing", "Customized color matching"],
    ["400 ml, acrylic, fast dry", "450 ml, 48 cans/carton", "400 ml, RAL, UN1950 class 2.1"], "3208.90", "SP", dg=True)
cat("green-coffee-beans", ["Food & Beverage", "Coffee", "Coffee Beans"],
    "kilogram", (3.2, 9.5), (4.0, 7.6), 1.0, [60, 300, 1000, 6000], "Grade",
    [("Robusta G1 S18", 0.85), ("Arabica S16", 1.0), ("Arabica S18", 1.12)],
    ["Private label bags"],
    ["Arabica, screen 16+, moisture ≤12.5%", "Robusta S18, wet polished", "60 kg jute bags, crop 2025/26"], "0901.11", "GCB",
    sample=(1.8, 2.6))
cat("eva-slippers", ["Shoes & Accessories", "Slippers", "EVA Slippers"],
    "pair", (0.8, 4.5), (1.05, 2.8), 0.35, [300, 500, 1000, 1200, 2000], "Size",
    [("36-37", 0.95), ("38-39", 1.0), ("40-41", 1.0), ("42-43", 1.05), ("44-45", 1.1)],
    ["Customized logo", "Customized color"],
    ["EVA, anti-slip, 3 cm sole", "one-piece molded, unisex", "bathroom / indoor"], "6402.99", "EV")
cat("garden-hose", ["Home & Garden", "Garden Supplies", "Garden Water Hoses"],
    "meter", (0.25, 1.8), (0.32, 0.95), 0.22, [500, 1000, 2000, 3000], "Diameter",
    [("1/2 inch", 1.0), ("5/8 inch", 1.25), ("3/4 inch", 1.55)],
    ["Customized color", "Customized logo on hose"],
    ["PVC, 3-layer braided, 8 bar", "1/2\", 30 m / 50 m reels", "anti-UV, flexible to -10 °C"], "3917.32", "GH")
cat("stainless-cutlery-sets", ["Home & Garden", "Kitchen & Tabletop", "Flatware", "Flatware Sets"],
    "set", (2.2, 24.0), (3.2, 11.5), 1.6, [50, 100, 200, 300, 500], "Pieces",
    [("16 pcs", 0.75), ("24 pcs", 1.0), ("30 pcs", 1.22)],
    ["Laser logo", "Customized gift box"],
    ["SUS304 18/10, mirror polish", "24 pcs, gift box", "SS410, satin finish"], "8215.20", "CT")

EXCLUDED = set("""bread-proofing-baskets cookware-sets copper-power-cable cotton-t-shirts custom-paper-boxes green-tea
hair-extensions knitted-fabric led-strip-lights phone-cases quartz-slabs running-shoes solar-panels steel-rebar
aluminum-profiles bamboo-toothbrushes cotton-yarn led-panel-lights safety-boots spc-flooring tea-sets water-bottles
aluminium-ingots ceramic-floor-tiles frozen-shrimp hydraulic-fittings packaging-tape pet-preforms socket-wrench-sets
steel-wire-rope work-gloves ceramic-mugs cotton-tshirts curtain-fabric laptop-bags lifepo4-batteries office-chairs
pvc-pipes rice solar-street-lights cosmetic-jars hand-tool-sets pet-beds pvc-flooring silicone-baking-mats
solar-modules stainless-steel-sheet wireless-earbuds""".split())

# product names per language (same order as LANGS)
PNAME = {
    "bamboo-cutting-boards": ["Bamboo Cutting Board", "竹砧板", "Tabla de cortar de bambú", "Tábua de corte de bambu",
                              "Planche à découper en bambou", "Bambus-Schneidebrett", "Tagliere in bambù",
                              "Бамбуковая разделочная доска", "Bambu kesme tahtası", "لوح تقطيع من الخيزران",
                              "बांस कटिंग बोर्ड", "Talenan bambu", "Thớt tre", "เขียงไม้ไผ่", "竹製まな板", "대나무 도마"],
    "galvanized-steel-coil": ["Galvanized Steel Coil", "镀锌钢卷", "Bobina de acero galvanizado", "Bobina de aço galvanizado",
                              "Bobine d'acier galvanisé", "Verzinktes Stahlcoil", "Coil in acciaio zincato",
                              "Оцинкованный стальной рулон", "Galvanizli çelik rulo", "لفائف الصلب المجلفن",
                              "गैल्वेनाइज्ड स्टील कॉइल", "Coil baja galvanis", "Thép cuộn mạ kẽm", "เหล็กม้วนชุบสังกะสี",
                              "溶融亜鉛めっき鋼板コイル", "아연도금 강판 코일"],
    "stretch-wrap-film": ["Stretch Wrap Film", "缠绕膜", "Film estirable", "Filme stretch", "Film étirable", "Stretchfolie",
                          "Film estensibile", "Стрейч-плёнка", "Streç film", "فيلم التغليف المطاطي", "स्ट्रेच रैप फिल्म",
                          "Plastik wrapping stretch film", "Màng PE quấn pallet", "ฟิล์มยืดพันพาเลท", "ストレッチフィルム",
                          "스트레치 랩 필름"],
    "artificial-grass": ["Artificial Grass", "人造草坪", "Césped artificial", "Grama sintética", "Gazon synthétique",
                         "Kunstrasen", "Erba sintetica", "Искусственная трава", "Suni çim", "عشب صناعي", "कृत्रिम घास",
                         "Rumput sintetis", "Cỏ nhân tạo", "หญ้าเทียม", "人工芝", "인조잔디"],
    "aerosol-spray-paint": ["Aerosol Spray Paint 400ml", "自动喷漆 400ml", "Pintura en aerosol", "Tinta spray",
                            "Peinture aérosol", "Sprühlack", "Vernice spray", "Аэрозольная краска", "Sprey boya",
                            "دهان بخاخ", "एरोसोल स्प्रे पेंट", "Cat semprot (pilok)", "Sơn xịt", "สีสเปรย์",
                            "スプレー塗料", "스프레이 페인트"],
    "green-coffee-beans": ["Green Coffee Beans", "咖啡生豆", "Café verde en grano", "Café verde em grão",
                           "Café vert en grains", "Rohkaffee", "Caffè verde in grani", "Зелёный кофе в зёрнах",
                           "Yeşil kahve çekirdeği", "حبوب البن الأخضر", "ग्रीन कॉफी बीन्स", "Biji kopi hijau (green bean)",
                           "Cà phê nhân xanh", "สารกาแฟ (เมล็ดกาแฟดิบ)", "コーヒー生豆", "커피 생두"],
    "eva-slippers": ["EVA Slippers", "EVA拖鞋", "Chanclas de EVA", "Chinelos de EVA", "Claquettes EVA", "EVA-Badelatschen",
                     "Ciabatte in EVA", "Тапочки из ЭВА", "EVA terlik", "شبشب EVA", "ईवा चप्पल", "Sandal EVA", "Dép EVA",
                     "รองเท้าแตะ EVA", "EVAサンダル", "EVA 슬리퍼"],
    "garden-hose": ["Garden Hose", "园艺水管", "Manguera de jardín", "Mangueira de jardim", "Tuyau d'arrosage",
                    "Gartenschlauch", "Tubo da giardino", "Садовый шланг", "Bahçe hortumu", "خرطوم حديقة",
                    "गार्डन होज़ पाइप", "Selang taman", "Ống nước tưới vườn", "สายยางรดน้ำ", "ガーデンホース", "정원용 호스"],
    "stainless-cutlery-sets": ["Stainless Steel Cutlery Set", "不锈钢餐具套装", "Juego de cubiertos de acero inoxidable",
                               "Faqueiro de aço inox", "Ménagère en inox", "Edelstahl-Besteckset", "Set posate in acciaio inox",
                               "Набор столовых приборов из нержавейки", "Paslanmaz çelik çatal bıçak takımı",
                               "طقم أدوات مائدة ستانلس ستيل", "स्टेनलेस स्टील कटलरी सेट", "Set sendok garpu stainless",
                               "Bộ dao muỗng nĩa inox", "ชุดช้อนส้อมสแตนเลส", "ステンレスカトラリーセット", "스테인리스 커트러리 세트"],
}
UNITW = {  # unit words per language
    "piece": ["pcs", "个", "piezas", "peças", "pièces", "Stück", "pezzi", "шт.", "adet", "قطعة", "पीस", "pcs", "cái", "ชิ้น", "個", "개"],
    "ton": ["tons", "吨", "toneladas", "toneladas", "tonnes", "Tonnen", "tonnellate", "тонн", "ton", "طن", "टन", "ton", "tấn", "ตัน", "トン", "톤"],
    "roll": ["rolls", "卷", "rollos", "rolos", "rouleaux", "Rollen", "rotoli", "рулонов", "rulo", "لفة", "रोल", "roll", "cuộn", "ม้วน", "本", "롤"],
    "square meter": ["m²", "平方米", "m²", "m²", "m²", "m²", "m²", "м²", "m²", "متر مربع", "वर्ग मीटर", "m²", "m²", "ตร.ม.", "㎡", "㎡"],
    "kilogram": ["kg", "公斤", "kg", "kg", "kg", "kg", "kg", "кг", "kg", "كجم", "किलो", "kg", "kg", "กก.", "kg", "kg"],
    "pair": ["pairs", "双", "pares", "pares", "paires", "Paar", "paia", "пар", "çift", "زوج", "जोड़ी", "pasang", "đôi", "คู่", "足", "켤레"],
    "meter": ["m", "米", "metros", "metros", "mètres", "Meter", "metri", "м", "metre", "متر", "मीटर", "meter", "mét", "เมตร", "m", "m"],
    "set": ["sets", "套", "juegos", "jogos", "sets", "Sets", "set", "наборов", "takım", "طقم", "सेट", "set", "bộ", "ชุด", "セット", "세트"],
}
PORTS = {"en": "Ningbo", "zh": "宁波", "es": "Ningbo", "pt": "Ningbo", "fr": "Ningbo", "de": "Ningbo", "it": "Ningbo",
         "ru": "Нинбо", "tr": "Ningbo", "ar": "نينغبو", "hi": "निंगबो", "id": "Ningbo", "vi": "Ninh Ba", "th": "หนิงโป",
         "ja": "寧波", "ko": "닝보"}
PORTS2 = {"en": "Qingdao", "zh": "青岛", "es": "Qingdao", "pt": "Qingdao", "fr": "Qingdao", "de": "Qingdao", "it": "Qingdao",
          "ru": "Циндао", "tr": "Qingdao", "ar": "تشينغداو", "hi": "चिंगदाओ", "id": "Qingdao", "vi": "Thanh Đảo", "th": "ชิงเต่า",
          "ja": "青島", "ko": "칭다오"}
# background description templates; ⟦…⟧ is the MOQ sentence (dropped or replaced by recipes)
DESC = {
    "en": "{name}. {spec}. ⟦MOQ {moq} {u}.⟧ Lead time {lead} days. Loading port {port}. Trade Assurance / T/T / L/C accepted.",
    "zh": "{name}，{spec}。⟦起订量{moq}{u}，⟧交期{lead}天，{port}港出货，支持信用保障。",
    "es": "{name}. {spec}. ⟦Pedido mínimo {moq} {u}.⟧ Plazo de entrega {lead} días. Puerto: {port}. Aceptamos Trade Assurance.",
    "pt": "{name}. {spec}. ⟦Pedido mínimo: {moq} {u}.⟧ Prazo de produção {lead} dias. Porto de {port}. Aceitamos Trade Assurance.",
    "fr": "{name}. {spec}. ⟦Quantité minimum : {moq} {u}.⟧ Délai : {lead} jours. Port : {port}. Paiement sécurisé Trade Assurance.",
    "de": "{name}. {spec}. ⟦Mindestbestellmenge: {moq} {u}.⟧ Lieferzeit {lead} Tage. Verladehafen {port}. Trade Assurance möglich.",
    "it": "{name}. {spec}. ⟦Ordine minimo {moq} {u}.⟧ Tempi di consegna {lead} giorni. Porto di {port}. Trade Assurance accettata.",
    "ru": "{name}. {spec}. ⟦Минимальный заказ {moq} {u}.⟧ Срок изготовления {lead} дней. Порт отгрузки {port}. Работаем через Trade Assurance.",
    "tr": "{name}. {spec}. ⟦Minimum sipariş {moq} {u}.⟧ Teslim süresi {lead} gün. Yükleme limanı {port}. Trade Assurance kabul edilir.",
    "ar": "{name}. {spec}. ⟦الحد الأدنى للطلب {moq} {u}.⟧ مدة التسليم {lead} يوم. ميناء الشحن {port}. نقبل الضمان التجاري.",
    "hi": "{name}। {spec}। ⟦न्यूनतम ऑर्डर {moq} {u}।⟧ डिलीवरी समय {lead} दिन। पोर्ट: {port}। Trade Assurance उपलब्ध।",
    "id": "{name}. {spec}. ⟦Minimal order {moq} {u}.⟧ Waktu produksi {lead} hari. Pelabuhan {port}. Bisa Trade Assurance.",
    "vi": "{name}. {spec}. ⟦Đơn tối thiểu {moq} {u}.⟧ Thời gian sản xuất {lead} ngày. Cảng {port}. Hỗ trợ Trade Assurance.",
    "th": "{name} {spec} ⟦สั่งขั้นต่ำ {moq} {u}⟧ ระยะเวลาผลิต {lead} วัน ท่าเรือ{port} รองรับ Trade Assurance",
    "ja": "{name}。{spec}。⟦最低ロット{moq}{u}。⟧納期{lead}日。出荷港：{port}。Trade Assurance対応。",
    "ko": "{name}. {spec}. ⟦최소 주문 수량 {moq}{u}.⟧ 납기 {lead}일. 선적항 {port}. Trade Assurance 지원.",
}

# ----------------------------------------------------------------------------------------------
# message banks, written per language (not translated from one template)
# placeholders: {P} product, {U} unit, {Q} qty, {MOQ}, {PR} price, {PR2} lower price, {D} days,
# {PH} phone intl, {LOC} local phone, {W} digits as words, {MX} words/digits mixed, {SP} spaced digits,
# {DOT} dotted groups, {DASH} dashed digits, {FW} full-width digits, {NV} native digits, {EMJ} keycaps,
# {A}{B}{C} split chunks, {H} handle, {E} e-mail user, {ER} reversed user, {EFW} full-width user,
# {COMPANY}, {WEB}, {NAME}, {SH} short code, {DIG} intl digits, {QQ}, {TID}, tracking {TRU}{TRN}{TRN9..12}{TRC},
# {CONT}, {ON} order no., {HS}, {HSAR}, {MD}{MD2} model nos., {PRAR}{QAR}{PRHI}{QHI}{PRTH}{QTH}{PRFW}{QFW}
# ----------------------------------------------------------------------------------------------
B = {}
B["en"] = dict(
    bo=["Hi, what's your best price for {Q} {U} of {P}?", "hello, do you have {P} in stock? need urgent",
        "Can u send me the catalog + price list pls", "We are distributor in Nigeria, interested in {P}. MOQ?"],
    sb=["Hello dear, for {Q} {U} the price is {PR} USD/{U}, FOB Ningbo. Lead time about {D} days 😊",
        "Yes we have stock, can ship within 5 days after payment.",
        "Sure, I just uploaded the catalog here in the chat (PDF, 12 pages).", "MOQ is {MOQ} {U}, mixed models ok."],
    bf=["ok noted", "can u do better price? other supplier is cheaper", "let me check with my boss and come back"],
    sf=["Best I can do is {PR2} USD, already factory price 🙏", "No problem, take your time. Any question just msg me here."],
    why="why? other suppliers accept TA without problem",
    off=[("plain WhatsApp number (seed example 1 shape)", False, "text", "Hello friend, pls add my WhatsApp {PH} for more details and real pics 👍", False),
         ("leetspeak app name + spaced digits", True, "text", "for faster reply ping me on wh@ts@pp -> {SP}", False),
         ("app named by description (blue paper plane = Telegram)", True, "text", "We can continue on the app with the blue paper plane ✈️ my user is @{H}", False),
         ("reversed e-mail", True, "text", "pls send your PO to moc.liamg@{ER} (just read it backwards 😉)", False),
         ("hxxp link with bracketed shortener", True, "text", "full price list + my direct contact here: hxxps://bit[.]ly/{SH}  copy to browser", False),
         ("QR code in a product photo", True, "text", "Scan the QR code on the 3rd product photo to add me, easier to send videos there", False),
         ("signature block with WA/WeChat/Skype", False, "signature", "Best regards,\n{NAME} Zhou | Sales Manager\n{COMPANY} Co., Ltd.\nMob/WA/WeChat: {PH}\nSkype: live:.cid.{H}", False),
         ("asks buyer for imo/WhatsApp number unprompted", True, "text", "do u have wats app or imo? send me ur number I call u now", False),
         ("PayPal outside the platform for a discount", True, "text", "Alibaba charge us 5% fee... if you pay to my PayPal directly I give you extra 5% discount 💰 same same", True),
         ("remove-the-spaces instruction, viber", True, "text", "system hides numbers here so: {SP}  (delete the spaces) viber or whatsapp both ok", False),
         ("handle without naming an app", True, "text", "my ID: {H} , add me and say you are from alibaba 😊", False),
         ("let's talk privately, special price not shown here", True, "text", "let's talk privately, I have special price that I can't show on here. tell me where I can reach you", False)],
    split=("number split over three messages, buyer turn in between", ["my whts is {A}", "{B}", "{C} pls text me there 🙏"], "?", 0, [0]),
    tab=["Can we pay through Trade Assurance?", "I only pay with alibaba trade assurance, pls send the link"],
    ta=[("'TA not supported for this item', only T/T to company account", True, "Sorry, TA is not supported for this item. We only take T/T to our company account.", False),
        ("TA with +8% on the price", True, "if you insist on trade assurance, price will be +8% because platform take commission", False),
        ("'TA limit is full this month'", False, "Dear, our TA limit is full this month 😓 pls pay by bank transfer, I will send you the PI", True),
        ("30% deposit outside, rest via TA", True, "We can do 30% deposit to our account outside, the balance 70% via TA ok?", True),
        ("TA only above 10,000 USD", True, "TA only for orders above 10,000 USD, below that pls T/T directly, sorry", False)],
    ask="Do you have WhatsApp? easier for me on mobile",
    give="Sure, my WhatsApp is {PH}. We can also keep talking here, both fine 🙂",
    ord=("Payment done for order {ON}, pls confirm", "Received, thank you! Pls send receiver's phone number and email for the DHL customs clearance."),
    track="Goods picked up today. UPS tracking 1Z{TRU}, ETA 5–7 days.",
    hn=[("HS code with digits", OFF, "text", [], "HS code for this item is {HS}. We can provide Form E for lower duty."),
        ("model numbers", OFF, "text", [], "Model {MD} is the one in photo 2, {MD2} is the bigger size. Both in stock."),
        ("video call on the platform itself", OFF, "text", [], "We can do a video call here on Alibaba chat to show you the factory, just tell me a time 🙂"),
        ("seller names WhatsApp only to refuse it", OFF, "text", [], "Sorry dear, I can't share WhatsApp first, platform rule 😅 let's keep it here, I reply fast"),
        ("company website, neutral (ambiguous)", OFF, "text", [OFF], "You can also see our test reports on our company website {WEB}"),
        ("auto-reply without contact details", OFF, "auto_reply", [], "[Auto reply] Thanks for your message! We are offline now (GMT+8) and will reply here within 8 hours.")],
    taok=[("accepts TA and drafts the order", "Sure, TA is no problem. I will draft the TA order now, pls confirm the address 👍", []),
          ("refuses a discount but accepts TA", "Sorry can't go lower than {PR}, but of course we accept Trade Assurance at no extra cost.", []),
          ("card fee charged by the platform itself (ambiguous)", "TA ok. If you pay by card, Alibaba.com Pay charges its own processing fee (~2.95%), T/T inside TA has no fee.", [TA])],
    x=[dict(cat=None, msgs=[("buyer", "text", "none", "my whatsapp is +234 803 555 0142, send me the price there", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "none", "Thanks! I'll send the quotation here on Alibaba so we have everything on record 👍 {PR} USD/{U} for {Q} {U}.", [], [], "hard negative for offplatform_contact: buyer volunteered a number, seller keeps the chat on the platform")]),
       dict(cat=None, msgs=[("buyer", "text", "none", "Can you share your email? I want to send our company docs. Also what's the price for 1x40HQ?", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "none", "For 1x40HQ the price is {PR} USD/{U}, lead time {D} days.", [], [], "clean: background answer"),
                            ("buyer", "text", "none", "ok good", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "none", "And our email: {E}@{WEB0} 🙂", [], [], "hard negative for offplatform_contact: buyer asked for the e-mail two turns earlier")]),
       dict(cat="bamboo-cutting-boards", msgs=[("buyer", "text", "none", "does the board have a phone stand?", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "none", "Yes, the slot at the back holds a phone or tablet, customers use it for recipe videos or WhatsApp video calls while cooking 😄", [], [], "hard negative for offplatform_contact: WhatsApp named as a product use, no contact")]),
       dict(cat="aerosol-spray-paint", msgs=[("buyer", "text", "none", "which colours sell best for road marking?", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "none", "Signal red RAL 3001, signal yellow RAL 1003 and traffic white. For line marking we also have the 750 ml inverted can.", [], [], "hard negative for offplatform_contact: 'signal' and 'line' as colour/product words")])],
)
B["zh"] = dict(
    bo=["你好，{P}{Q}{U}什么价格？", "有现货吗？急用", "麻烦发一下产品目录和报价单", "可以做OEM吗？要印我们的logo"],
    sb=["您好亲，{Q}{U}的话单价{PR}美金，FOB宁波，交期大概{D}天😊", "有现货的，付款后3-5天发货", "目录已经在这里发您了（PDF），请查收", "起订量{MOQ}{U}，可以混款"],
    bf=["好的收到", "价格能再优惠点吗？别家便宜", "我跟老板商量一下"],
    sf=["最低{PR2}美金了，已经是工厂价🙏", "没问题，有问题随时在这里找我"],
    why="为什么？别的供应商都可以走信保",
    off=[("'vx' slang for WeChat + bare handle", True, "text", "亲，价格细节加个vx聊吧：{H}，发实拍图方便", False),
         ("'薇❤' homophone + full-width digits", True, "text", "加薇❤：{FW} 备注阿里", False),
         ("digits spelled in Chinese (幺 for 1)", True, "text", "手机微信同号：{W}，直接打给我😊", False),
         ("'绿泡泡' (green bubble = WeChat), search my name", True, "text", "这里回复不及时，绿泡泡搜我名字 {H} 就行", False),
         ("'企鹅号' (penguin = QQ)", True, "text", "企鹅号 {QQ} ，文件大的话那边发", False),
         ("contact in profile picture", True, "text", "联系方式在我头像上，扫一下就能加我", False),
         ("auto-reply with WeChat/WhatsApp (seed example 2 shape)", False, "auto_reply", "【自动回复】您好，我现在不在线，急事请加微信/WhatsApp：{PH}", False),
         ("platform fee too high, order offline for 5% off", True, "text", "平台手续费太高了，线下下单的话我给您便宜5个点", True),
         ("'飞机' (plane = Telegram)", True, "text", "或者飞机也可以 @{H}", False),
         ("full-width letters in app name", True, "text", "ｗｅｃｈａｔ：{H}  加我发视频", False)],
    split=("number split over three messages, last one names the app", ["我的号码分开发，平台会屏蔽：{A}", "{B}", "{C} 微信同号"], None, 0, [0, 2]),
    tab=["可以走信保吗？", "我们只通过信用保障付款"],
    ta=[("no TA for this product, only T/T to company account", True, "这个产品走不了信保，只能T/T到我们公司账户", True),
        ("TA fee borne by buyer, unit price +3%", True, "信保可以，但是手续费要您承担，单价加3%", False),
        ("'TA system under maintenance', pay to bank", False, "信保系统最近在维护，先直接打款到我们银行账户吧，一样的", True),
        ("escrow too slow, boss refuses; Western Union", True, "信保回款太慢了，老板不同意，西联或者银行转账都可以", True)],
    ask="方便加个微信吗？我手机上看消息方便",
    give="可以的，我微信号 {H}，这边阿里也一直在线😊",
    ord=("订单{ON}已付款，麻烦安排", "收到款了，谢谢！麻烦提供一下收货人电话和邮箱，DHL清关要用"),
    track="已发货，顺丰运单号 SF{TRN}，预计3天到",
    hn=[("HS code", OFF, "text", [], "这个产品海关编码是{HS}，可以提供原产地证"),
        ("'line' as production line", OFF, "text", [], "我们有6条生产线（line），日产能{Q}{U}"),
        ("refuses WeChat citing platform rule", OFF, "text", [], "不好意思，平台规定不能主动加微信，我们就在这里聊，回复很快的"),
        ("auto-reply without contact details", OFF, "auto_reply", [], "【自动回复】您好，现在是下班时间，明早9点在这里第一时间回复您")],
    taok=[("accepts TA and drafts the order", "可以走信保的，我现在起草信保订单，您确认一下收货地址", []),
          ("refuses a discount but accepts TA", "价格真的不能再低了，{PR}美金，不过信保没问题，不加钱", [])],
    x=[dict(cat=None, msgs=[("buyer", "text", "ordered", "货什么时候到？", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "shipping", "快递员派送前会打电话，方便留个WhatsApp吗？国外派送员有时候用那个联系", [], [OFF], "ambiguous: shipping stage, asks for the buyer's WhatsApp for the courier (phone would be allowed)")]),
       dict(cat="garden-hose", msgs=[("buyer", "text", "none", "有滴灌带吗？", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "none", "有的，滴灌带（drip line）16mm，每30cm一个滴头，另配快接头和三通", [], [], "hard negative for offplatform_contact: 'line' inside a product name")])],
)
B["es"] = dict(
    bo=["Hola, ¿precio de {P} para {Q} {U}?", "Buenas, ¿tienen stock? lo necesito urgente", "¿Me puede mandar catálogo y lista de precios?", "Somos distribuidores en México, ¿cuál es el pedido mínimo?"],
    sb=["Hola amigo, para {Q} {U} el precio es {PR} USD/{U}, FOB Ningbo. Entrega aprox. {D} días 😊", "Sí, hay stock, enviamos en 3-5 días después del pago.", "Claro, le envié el catálogo aquí en el chat (PDF).", "El mínimo es {MOQ} {U}, se pueden mezclar modelos."],
    bf=["ok gracias", "¿me puede mejorar el precio? tengo otra oferta más baja", "lo consulto con mi jefe"],
    sf=["Lo mejor que puedo es {PR2} USD, ya es precio de fábrica 🙏", "Sin problema, cualquier duda me escribe por aquí."],
    why="¿por qué? otros proveedores sí aceptan Trade Assurance",
    off=[("'guasap' + digits mixed with Spanish number words", True, "text", "Escríbeme al guasap mejor, el número es {MX}", False),
         ("e-mail with 'arroba' / 'punto'", True, "text", "mándame tu pedido a {E} arroba gmail punto com y te respondo rápido", False),
         ("plain WhatsApp for photos (seed example 4 shape)", False, "text", "Para más fotos y videos agrégame al WhatsApp {PH}", False),
         ("search my name on Facebook", True, "text", "búscame en Facebook como '{NAME} {COMPANY}', ahí te paso todo", False),
         ("'wsp' + keycap emoji digits", True, "text", "wsp 👉 {EMJ}", False),
         ("7% off for ordering outside the platform", True, "text", "si hacemos el pedido por fuera de la plataforma te hago un 7% de descuento, Alibaba cobra mucha comisión", True),
         ("asks the buyer's mobile unprompted", False, "text", "¿Me pasas tu número de celular? te llamo y lo cerramos hoy", False),
         ("misspelled 'telegrm' + handle", True, "text", "tambien estoy en telegrm: @{H}", False)],
    split=("'wasa' number split, buyer turn in between", ["mi wasa es +{CC} {A}", "{B}", "{C}"], "perdón?", 0, [0]),
    tab=["¿Podemos pagar con Trade Assurance?", "Solo compro con Garantía Comercial de Alibaba"],
    ta=[("TA 'not available for this product', transfer only", True, "Lo siento, la Garantía Comercial no está disponible para este producto. Solo transferencia a nuestra cuenta.", True),
        ("TA +6% surcharge", True, "Con Trade Assurance el precio sube un 6%, por la comisión. Por transferencia directa se queda igual.", False),
        ("TA quota full this month, Western Union", False, "Este mes ya llenamos el cupo de Trade Assurance 😓 mejor pago por Western Union", True),
        ("30% advance outside Alibaba", True, "30% de anticipo a nuestra cuenta fuera de Alibaba y el 70% por Trade Assurance, ¿ok?", True)],
    ask="¿Tienes WhatsApp? es más fácil para mí",
    give="Claro, mi WhatsApp es {PH}. También seguimos por aquí sin problema 🙂",
    ord=("Ya pagué el pedido {ON}", "¡Recibido, gracias! Por favor envíeme el teléfono y correo del destinatario para el despacho de aduana de DHL."),
    track="La mercancía ya salió. Número de seguimiento FedEx {TRN12}, llega en 6-8 días.",
    hn=[("dimensions, weights, quantities", OFF, "text", [], "Medidas de la caja: 60 x 40 x 35 cm, peso bruto 18,5 kg, {QC} {U} por contenedor de 40'."),
        ("video call on the platform", OFF, "text", [], "Podemos hacer videollamada aquí mismo en Alibaba para mostrarle la fábrica."),
        ("sea vs air freight talk", OFF, "text", [], "Por mar tarda unos 35 días a Manzanillo, por aéreo 7 días pero cuesta 4 veces más."),
        ("company website (ambiguous)", OFF, "text", [OFF], "En nuestra web oficial {WEB} puede ver los certificados.")],
    taok=[("accepts TA", "Claro que sí, Trade Assurance sin problema. Le preparo la orden ahora.", []),
          ("refuses a discount but accepts TA", "No puedo bajar más de {PR} USD, lo siento. Pero Trade Assurance sí, sin costo extra.", [])],
    x=[dict(cat=None, msgs=[("buyer", "text", "none", "mándame la cotización a mi WhatsApp +52 55 4120 7788 por favor", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "none", "Ok, le escribo por WhatsApp ahora mismo 👍", [], [OFF], "ambiguous: seller follows the buyer's own number and request")])],
)
B["pt"] = dict(
    bo=["Olá, qual o preço de {P} para {Q} {U}?", "Bom dia, tem pronta entrega?", "Pode me mandar o catálogo?", "Sou revendedor em São Paulo, qual o pedido mínimo?"],
    sb=["Olá! Para {Q} {U} fica {PR} USD/{U}, FOB Ningbo, prazo uns {D} dias 😊", "Temos em estoque sim, despachamos em 3 a 5 dias após o pagamento.", "Claro, mandei o catálogo aqui no chat (PDF).", "Pedido mínimo {MOQ} {U}, pode misturar modelos."],
    bf=["blz, obrigado", "consegue melhorar o preço?", "vou ver com meu sócio"],
    sf=["Consigo {PR2} USD, é o mínimo mesmo 🙏", "Tranquilo, qualquer dúvida me chama aqui."],
    why="por quê? outros fornecedores aceitam Trade Assurance",
    off=[("'zap' slang + dotted digits", True, "text", "me chama no zap que te mando os vídeos: {DOT}", False),
         ("number in the last product photo", True, "text", "meu número tá na última foto do anúncio 😉 chama lá", False),
         ("plain WhatsApp", False, "text", "Adiciona meu WhatsApp {PH} para mais detalhes", False),
         ("'whats' + digits as Portuguese words", True, "text", "whats: {W}", False),
         ("Pix / direct transfer 5% cheaper", True, "text", "se pagar por fora (Pix ou transferência direta) faço 5% mais barato, a plataforma cobra taxa alta", True),
         ("Instagram handle, 'manda direct'", True, "text", "segue a gente no insta @{H} e manda direct, lá respondo na hora", False),
         ("e-mail with '(arroba)' '(ponto)'", True, "text", "manda o pedido pro meu email: {E} (arroba) hotmail (ponto) com", False),
         ("auto-reply with 'zap' number", True, "auto_reply", "[Resposta automática] Estou fora agora. Urgente? zap {LOC}", False)],
    split=("number dictated in three messages, app named at the end", ["anota aí: {A}", "{B}", "{C} esse é meu zap"], None, 0, [2]),
    tab=["Dá pra pagar pelo Trade Assurance?", "Prefiro pagar pelo Trade Assurance, pode mandar o link?"],
    ta=[("TA +5% fee", True, "Pelo Trade Assurance tem que somar 5% de taxa no valor, tudo bem?", False),
        ("no TA for this product, company account only", True, "Infelizmente não trabalhamos com Trade Assurance nesse produto, só depósito na conta da empresa.", True),
        ("TA freight +180 USD", True, "Se for pelo Trade Assurance o frete fica US$ 180 a mais.", False),
        ("TA system 'in maintenance'", False, "o sistema do Trade Assurance está em manutenção, melhor pagar via transferência bancária agora.", True)],
    ask="Você tem WhatsApp? Fica mais fácil pra mim",
    give="Tenho sim, é {PH}. Mas aqui também respondo rápido 🙂",
    ord=("Paguei o pedido {ON}", "Recebido, obrigado! Me passa o telefone e o e-mail do destinatário para o desembaraço na alfândega?"),
    track="Código de rastreio {TRC}, já saiu de Guangzhou.",
    hn=[("NCM/HS code", OFF, "text", [], "O NCM/HS do produto é {HS}."),
        ("office hours on the platform chat", OFF, "text", [], "Nossa equipe fica online das 8h às 18h (horário de Brasília) aqui no chat do Alibaba."),
        ("logistics partners named", OFF, "text", [], "Trabalhamos com Maersk e MSC, saída de Ningbo toda semana."),
        ("refuses to share contact, platform rule", OFF, "text", [], "Desculpa, pelas regras do Alibaba não posso passar contato externo, mas fico online aqui o dia todo.")],
    taok=[("accepts TA", "Pode sim! Vou criar o pedido no Trade Assurance agora.", []),
          ("sample paid via TA too", "Amostra também pode ser pelo Trade Assurance, sem problema.", [])],
)
B["fr"] = dict(
    bo=["Bonjour, quel est votre prix pour {Q} {U} de {P} ?", "Vous avez du stock ?", "Pouvez-vous m'envoyer votre catalogue ?", "Nous sommes importateurs au Maroc, quelle est la quantité minimum ?"],
    sb=["Bonjour, pour {Q} {U} le prix est de {PR} USD/{U}, FOB Ningbo. Délai env. {D} jours 😊", "Oui, en stock, expédition sous 3 à 5 jours après paiement.", "Je viens de vous envoyer le catalogue ici dans le chat (PDF).", "Minimum {MOQ} {U}, modèles mélangés possibles."],
    bf=["d'accord merci", "vous pouvez faire un meilleur prix ?", "je vois avec mon associé"],
    sf=["Mon meilleur prix : {PR2} USD, c'est déjà prix usine 🙏", "Pas de souci, n'hésitez pas à m'écrire ici."],
    why="pourquoi ? les autres fournisseurs acceptent Trade Assurance",
    off=[("'la petite appli verte' + spaced digits", True, "text", "on peut continuer sur la petite appli verte 📱 mon numéro : {SP}", False),
         ("e-mail with 'arobase' / 'point'", True, "text", "envoyez-moi le bon de commande à {E} arobase outlook point fr", False),
         ("plain WhatsApp", False, "text", "Ajoutez-moi sur WhatsApp au {PH} pour les photos réelles.", False),
         ("digits as French words", True, "text", "mon numéro (WA) : {W}", False),
         ("Signal, number on profile photo", True, "text", "Je suis aussi sur Signal, même numéro que sur ma photo de profil", False),
         ("Cyrillic homoglyphs in 'WhatsApp' + dotted digits", True, "text", "écrivez-moi sur WhаtsАpp {DOT}", False),
         ("order outside the platform, fewer fees", True, "text", "On peut faire la commande hors plateforme, c'est plus simple et moins de frais pour vous", True),
         ("asks the buyer's WhatsApp unprompted (seed example 5 shape)", False, "text", "Vous avez un numéro WhatsApp ? Je vous appelle tout de suite", False)],
    split=("'WA' number split, buyer turn after part 2", ["WA : {A}", "{B}", "{C}"], "pardon ?", 1, [0]),
    tab=["On peut passer par Trade Assurance ?", "Je paie uniquement via Trade Assurance"],
    ta=[("TA 'not possible for this product'", True, "Désolé, Trade Assurance n'est pas possible pour ce produit, seulement virement sur notre compte.", True),
        ("TA +7% on price", True, "Avec Trade Assurance il faut ajouter 7% au prix, à cause des frais.", False),
        ("escrow too slow, boss prefers direct transfer", False, "Le séquestre prend trop de temps, notre patron préfère le virement direct. Merci de votre compréhension.", True),
        ("30% deposit outside Alibaba", True, "Acompte 30% par virement hors Alibaba, le reste par Trade Assurance, d'accord ?", True)],
    ask="Vous avez WhatsApp ? c'est plus pratique pour moi",
    give="Oui bien sûr, mon WhatsApp : {PH}. On peut aussi continuer ici 🙂",
    ord=("J'ai payé la commande {ON}", "Bien reçu, merci ! Pouvez-vous me donner le téléphone et l'e-mail du destinataire pour le dédouanement DHL ?"),
    track="Numéro de suivi DHL : {TRN10}, livraison prévue sous 5 jours.",
    hn=[("vessel dates", OFF, "text", [], "Le conteneur part de Ningbo le 12, arrivée au Havre vers le 20 du mois prochain."),
        ("carton dimensions and counts", OFF, "text", [], "Dimensions du carton : 52 × 38 × 30 cm, 12 kg, 1 200 cartons par 40'HC."),
        ("'write to us here on Alibaba'", OFF, "text", [], "Pour toute question, écrivez-nous directement ici sur la messagerie Alibaba, on répond en moins de 2 h."),
        ("company website (ambiguous)", OFF, "text", [OFF], "Les certificats sont aussi sur notre site officiel {WEB}.")],
    taok=[("accepts TA", "Avec plaisir, Trade Assurance sans problème. Je prépare la commande.", []),
          ("refuses a discount but accepts TA", "Je ne peux pas baisser davantage, {PR} USD c'est le minimum, mais Trade Assurance oui, sans supplément.", [])],
)
B["de"] = dict(
    bo=["Hallo, was kostet {P} bei {Q} {U}?", "Haben Sie das auf Lager?", "Können Sie mir einen Katalog schicken?", "Wir sind Großhändler in Österreich, was ist die Mindestmenge?"],
    sb=["Hallo, bei {Q} {U} liegt der Preis bei {PR} USD/{U}, FOB Ningbo. Lieferzeit ca. {D} Tage.", "Ja, auf Lager, Versand 3–5 Tage nach Zahlung.", "Katalog habe ich Ihnen hier im Chat geschickt (PDF).", "Mindestmenge {MOQ} {U}, Modelle mischbar."],
    bf=["ok danke", "geht preislich noch was?", "ich spreche mit meinem Chef"],
    sf=["Mehr als {PR2} USD geht leider nicht, das ist schon Fabrikpreis.", "Kein Problem, bei Fragen einfach hier schreiben."],
    why="Warum? Andere Lieferanten akzeptieren Trade Assurance problemlos.",
    off=[("Threema ID", True, "text", "Schreiben Sie mir lieber über Threema, ID: {TID}", False),
         ("e-mail with 'ät' / 'Punkt'", True, "text", "Anfrage bitte an {E} ät gmx Punkt de", False),
         ("plain phone call, price on the phone (corpus-style)", False, "text", "Rufen Sie mich einfach an: {PH}, dann klären wir den Preis am Telefon.", False),
         ("misspelled 'telegrm' + bare handle", True, "text", "bin auch auf telegrm → {H}", False),
         ("'WA' + dashed digits", True, "text", "WA: {DASH}", False),
         ("transfer to private account, 4% off", True, "text", "Wenn Sie direkt auf mein Privatkonto überweisen, spare ich die Plattformgebühr und gebe Ihnen 4 % Rabatt.", True),
         ("signature with phone/WhatsApp and private e-mail", False, "signature", "Mit freundlichen Grüßen\n{NAME} Weber, Vertrieb\nTel./WhatsApp: {PH}\nE-Mail: {E}@web.de", False),
         ("number in the profile picture", True, "text", "Meine Nummer steht im Profilbild, einfach abtippen 😉", False)],
    split=("number in parts because 'it is censored here'", ["Nummer wird hier zensiert, deshalb in Teilen: {A}", "{B}", "{C}  (WhatsApp)"], None, 0, [0, 2]),
    tab=["Können wir über Trade Assurance bezahlen?", "Zahlung nur über Trade Assurance, bitte."],
    ta=[("flat refusal of TA, prepayment only", False, "Trade Assurance machen wir grundsätzlich nicht. Nur Vorkasse per Überweisung.", True),
        ("TA +5% fees for the buyer", True, "Über Trade Assurance kommen 5 % Gebühren dazu, die müssten Sie übernehmen.", False),
        ("TA limit exhausted this month", True, "Unser Trade-Assurance-Limit ist diesen Monat ausgeschöpft, bitte per Banküberweisung zahlen.", True),
        ("TA +120 USD freight", True, "Mit Trade Assurance berechnen wir 120 USD mehr Fracht.", False)],
    ask="Haben Sie eine Handynummer? Ich würde Sie gern kurz anrufen.",
    give="Gern, Sie erreichen mich unter {PH}. Hier im Chat bin ich auch erreichbar.",
    ord=("Bestellung {ON} ist bezahlt.", "Danke, Zahlung ist eingegangen! Bitte senden Sie mir Telefonnummer und E-Mail des Empfängers für die Zollabfertigung."),
    track="Sendungsnummer DHL {TRN10}, Zustellung voraussichtlich Donnerstag.",
    hn=[("container number", OFF, "text", [], "Container MSKU{CONT} ist verladen, ETA Hamburg KW 27."),
        ("customs tariff number", OFF, "text", [], "Zolltarifnummer {HS}, Ursprungszeugnis liegt bei."),
        ("'we only communicate via Alibaba'", OFF, "text", [], "Wir kommunizieren nur über Alibaba, so haben Sie alles dokumentiert."),
        ("signature without contact details", OFF, "signature", [], "Mit freundlichen Grüßen\nLena Hoffmann\nExport Sales | Trade Assurance supported")],
    taok=[("accepts TA", "Trade Assurance ist selbstverständlich möglich, ich erstelle die Bestellung.", []),
          ("declines L/C, offers TA", "Ein Akkreditiv lohnt sich bei der Menge nicht, aber Trade Assurance oder Überweisung über Alibaba.com Pay geht.", [])],
)
B["it"] = dict(
    bo=["Buongiorno, prezzo per {Q} {U} di {P}?", "Avete disponibilità a magazzino?", "Mi mandate il catalogo?", "Siamo grossisti a Milano, qual è l'ordine minimo?"],
    sb=["Buongiorno, per {Q} {U} il prezzo è {PR} USD/{U}, FOB Ningbo, consegna circa {D} giorni 😊", "Sì, disponibile, spediamo in 3-5 giorni dal pagamento.", "Le ho mandato il catalogo qui in chat (PDF).", "Minimo {MOQ} {U}, si possono mischiare i modelli."],
    bf=["ok grazie", "si può fare un prezzo migliore?", "ne parlo con il titolare"],
    sf=["Il massimo che posso fare è {PR2} USD 🙏", "Nessun problema, per qualsiasi cosa mi scriva qui."],
    why="perché? altri fornitori accettano la Trade Assurance",
    off=[("'uazzap' + spaced digits", True, "text", "mi scriva su uazzap, così le mando i video: {SP}", False),
         ("e-mail with 'chiocciola' / 'punto'", True, "text", "mi mandi l'ordine a {E} chiocciola libero punto it", False),
         ("plain WhatsApp", False, "text", "Mi aggiunga su WhatsApp {PH}, rispondo subito", False),
         ("Italian number words mixed with digits, Telegram", True, "text", "numero: {MX} (anche telegram)", False),
         ("'sk-ype' hyphenated", True, "text", "possiamo sentirci su sk-ype, utente {H}", False),
         ("6% less if closed outside Alibaba", True, "text", "se chiudiamo fuori da Alibaba le faccio il 6% in meno, commissioni troppo alte", True),
         ("auto-reply: search the company on Telegram", True, "auto_reply", "[Risposta automatica] Al momento non sono disponibile. Per urgenze cercate {COMPANY} su Telegram.", False),
         ("crypto (USDT) wallet 'in private'", True, "text", "accettiamo anche USDT, le mando il wallet in privato", True)],
    split=("'il mio WA' then the digits", ["il mio WA", "{A} {B}", "{C} grazie"], None, 0, [0]),
    tab=["Possiamo usare la Trade Assurance?", "Pago solo con Trade Assurance"],
    ta=[("TA 'not available for this item'", True, "Purtroppo per questo articolo la Trade Assurance non è disponibile, solo bonifico sul nostro conto.", True),
        ("TA +5% on price", True, "Con Trade Assurance il prezzo aumenta del 5%, capisce, le commissioni...", False),
        ("TA holds the money too long", False, "La Trade Assurance blocca i soldi troppo a lungo, preferiamo bonifico diretto.", True),
        ("TA 'in maintenance this week'", True, "Il sistema Trade Assurance è in manutenzione questa settimana, paghi pure con bonifico, è uguale.", True)],
    ask="Ha un numero WhatsApp? Per me è più comodo",
    give="Certo: {PH}. Possiamo comunque continuare anche qui 🙂",
    ord=("Ho pagato l'ordine {ON}", "Ricevuto, grazie! Mi può dare telefono ed e-mail del destinatario per lo sdoganamento?"),
    track="Tracking TNT {TRN9}, consegna prevista lunedì.",
    hn=[("'linee di produzione'", OFF, "text", [], "Abbiamo 4 linee di produzione, capacità {Q} {U} al mese."),
        ("sea vs air freight", OFF, "text", [], "Via mare sono circa 30 giorni fino a Genova, via aerea 5 giorni ma costa molto di più."),
        ("refuses external contact, platform rule", OFF, "text", [], "Mi spiace, per regolamento Alibaba non posso dare contatti esterni, continuiamo qui."),
        ("model numbers", OFF, "text", [], "Il codice articolo {MD} è quello della foto 2, il {MD2} è la versione grande.")],
    taok=[("accepts TA", "Certo, Trade Assurance va benissimo. Preparo l'ordine adesso.", []),
          ("refuses a discount but accepts TA", "Sotto {PR} USD non posso scendere, ma la Trade Assurance sì, senza costi aggiuntivi.", [])],
)
B["ru"] = dict(
    bo=["Здравствуйте, какая цена на {P} за {Q} {U}?", "Есть в наличии?", "Пришлите каталог, пожалуйста", "Мы оптовики из Казахстана, какой минимальный заказ?"],
    sb=["Здравствуйте! При {Q} {U} цена {PR} USD/{U}, FOB Нинбо, срок около {D} дней 😊", "Да, в наличии, отгрузка 3–5 дней после оплаты.", "Каталог отправил вам здесь в чате (PDF).", "Минимум {MOQ} {U}, можно разные модели."],
    bf=["ок спасибо", "а дешевле можно?", "посоветуюсь с руководством"],
    sf=["Лучшая цена {PR2} USD, это уже заводская 🙏", "Без проблем, пишите здесь в любое время."],
    why="почему? другие поставщики работают через Trade Assurance",
    off=[("'телега' slang for Telegram + handle", True, "text", "пишите в телегу, там быстрее: @{H}", False),
         ("'вотсап' + digits as Russian words", True, "text", "вотсап: {W}", False),
         ("plain phone call", False, "text", "Позвоните мне: {PH}, обсудим цену.", False),
         ("e-mail with 'собака' / 'точка'", True, "text", "почта {E} собака yandex точка ru, скиньте реквизиты", False),
         ("dotted app name + dotted digits", True, "text", "В.А.Т.С.А.П {DOT}", False),
         ("search the company on VK", True, "text", "найдите нас ВКонтакте по названию компании, там весь прайс и связь", False),
         ("pay to a Sberbank card, no platform fee", True, "text", "можно оплатить переводом на карту Сбербанка, без комиссии площадки", True),
         ("asks buyer's phone unprompted", False, "text", "Оставьте ваш номер телефона, я перезвоню", False)],
    split=("'ватсап +7' then digits 'because it is blocked'", ["ватсап +7", "{A}", "(не пропускает) {B} {C}"], None, 0, [0]),
    tab=["Можно оплатить через Trade Assurance?", "Оплата только через Trade Assurance"],
    ta=[("TA 'does not cover this product'", True, "К сожалению, Trade Assurance на этот товар не распространяется, только предоплата на наш счёт.", True),
        ("TA +6% to price", True, "Через Trade Assurance + 6% к цене, комиссия площадки.", False),
        ("TA limit exhausted", False, "Лимит Trade Assurance на этот месяц исчерпан, оплатите, пожалуйста, банковским переводом.", True),
        ("30% prepayment directly to us", True, "30% предоплата напрямую нам, остаток через Trade Assurance — так можно.", True)],
    ask="У вас есть Telegram? Мне так удобнее",
    give="Да, мой Telegram @{H}. Здесь тоже отвечаю быстро 🙂",
    ord=("Заказ {ON} оплатил", "Оплату получили, спасибо! Пришлите телефон и e-mail получателя для таможенного оформления."),
    track="Трек-номер СДЭК {TRN10}, доставка 12–15 дней.",
    hn=[("ТН ВЭД code", OFF, "text", [], "Код ТН ВЭД {HS}, сертификат ЕАС есть."),
        ("'we solve everything here in the Alibaba chat'", OFF, "text", [], "Все вопросы решаем здесь, в чате Alibaba, так надёжнее для вас."),
        ("box size and weight", OFF, "text", [], "Размер коробки 60×40×35 см, вес брутто 18,5 кг, {QC} {U} в 40-футовом контейнере.")],
    taok=[("accepts TA", "Конечно, Trade Assurance без проблем, сейчас оформлю заказ.", []),
          ("refuses a discount but accepts TA", "Ниже {PR} USD не могу, извините. Но Trade Assurance — пожалуйста, без доплат.", []),
          ("'телеграфный перевод' (T/T) inside TA", "Оплата: T/T (телеграфный перевод) через Alibaba.com Pay в рамках Trade Assurance.", [])],
    x=[dict(cat=None, msgs=[("buyer", "text", "none", "Дайте вашу почту, пришлю реквизиты компании", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "none", "почта {E}@mail.ru, но лучше сразу в вотсап {PH} — там быстрее", [], [OFF], "ambiguous: buyer asked for e-mail, seller adds and pushes WhatsApp")])],
)
B["tr"] = dict(
    bo=["Merhaba, {Q} {U} {P} fiyatı nedir?", "Stokta var mı?", "Katalog gönderebilir misiniz?", "İstanbul'da toptancıyız, minimum sipariş ne kadar?"],
    sb=["Merhaba, {Q} {U} için fiyat {PR} USD/{U}, FOB Ningbo. Teslim süresi yaklaşık {D} gün 😊", "Evet stokta var, ödemeden sonra 3-5 günde yükleriz.", "Kataloğu buradan sohbete gönderdim (PDF).", "Minimum {MOQ} {U}, modeller karışık olabilir."],
    bf=["tamam teşekkürler", "fiyatta biraz daha indirim olur mu?", "ortağımla konuşayım"],
    sf=["En iyi fiyat {PR2} USD, zaten fabrika fiyatı 🙏", "Sorun değil, sorunuz olursa buradan yazın."],
    why="neden? diğer tedarikçiler Trade Assurance kabul ediyor",
    off=[("'vatsap' + keycap digits", True, "text", "vatsaptan yazın hocam, daha hızlı döneriz: {EMJ}", False),
         ("'wp hattımız' + Turkish words mixed with digits", True, "text", "wp hattımız: {MX}", False),
         ("plain WhatsApp", False, "text", "Detaylar için WhatsApp: {PH}", False),
         ("number in profile picture", True, "text", "numaram profil resminde var, oradan ulaşın", False),
         ("IBAN transfer 5% off, commission too high", True, "text", "havale/EFT ile direkt IBAN'a öderseniz %5 indirim yapalım, platform komisyonu çok yüksek", True),
         ("Instagram DM handle", True, "text", "instagramdan DM atın: {H}", False),
         ("e-mail with [at] [dot]", True, "text", "siparişi mail atın: {E} [at] yandex [dot] com", False),
         ("auto-reply with WhatsApp", False, "auto_reply", "[Otomatik yanıt] Şu an müsait değilim. Acil durumlar için WhatsApp: {PH}", False)],
    split=("'numara:' then digits, buyer turn, 'wp' at the end", ["numara: {A}", "{B}", "{C} wp"], "anlamadım", 1, [0, 2]),
    tab=["Trade Assurance ile ödeyebilir miyiz?", "Sadece Trade Assurance ile ödeme yapıyorum"],
    ta=[("flat 'we don't work with TA'", False, "Trade Assurance ile çalışmıyoruz, sadece banka havalesi.", True),
        ("TA commission 5% added to price", True, "Trade Assurance olursa komisyon %5 sizden, fiyata ekleriz.", False),
        ("TA freight +150 USD", True, "Trade Assurance'la gönderim olursa navlun 150 dolar artar.", False),
        ("'system in maintenance'", True, "Sistem bakımda, Trade Assurance siparişi oluşturamıyorum, banka transferi yapın lütfen.", True)],
    ask="WhatsApp numaranız var mı? Benim için daha kolay",
    give="Tabii, WhatsApp: {PH}. Buradan da yazışabiliriz 🙂",
    ord=("{ON} numaralı siparişi ödedim", "Ödeme geldi, teşekkürler! Gümrük için alıcının telefon ve e-posta adresini gönderir misiniz?"),
    track="Takip numarası (Aras Kargo) {TRN12}, yarın teslim.",
    hn=[("GTİP code", OFF, "text", [], "GTİP kodu {HS}, menşe şahadetnamesi var."),
        ("'üretim hattımız' (production line)", OFF, "text", [], "Üretim hattımız 3 vardiya çalışıyor, aylık {Q} {U}."),
        ("refuses external contact, platform rule", OFF, "text", [], "Kusura bakmayın, Alibaba kuralları gereği dışarıdan iletişim bilgisi veremiyorum, buradan devam edelim."),
        ("port and carrier", OFF, "text", [], "Mersin limanına MSC ile gönderiyoruz, 28-32 gün.")],
    taok=[("accepts TA", "Tabii ki, Trade Assurance ile sipariş oluşturuyorum, adresi onaylar mısınız?", []),
          ("refuses a discount but accepts TA", "Fiyatı {PR} USD altına düşemiyoruz ama Trade Assurance olur, ek ücret yok.", [])],
)
B["ar"] = dict(
    bo=["مرحبا، كم سعر {P} لكمية {Q} {U}؟", "هل البضاعة متوفرة؟", "ممكن ترسل الكتالوج؟", "نحن موزعون في السعودية، ما هو الحد الأدنى للطلب؟"],
    sb=["أهلاً، سعر {Q} {U} هو {PR} دولار/{U}، فوب نينغبو، مدة التسليم حوالي {D} يوم 😊", "نعم متوفر، نشحن خلال ٣-٥ أيام بعد الدفع.", "أرسلت لك الكتالوج هنا في المحادثة (PDF).", "الحد الأدنى {MOQ} {U}، ممكن خلط الموديلات."],
    bf=["تمام شكراً", "ممكن سعر أفضل؟", "أشاور المدير وأرجع لك"],
    sf=["آخر سعر {PR2} دولار، هذا سعر المصنع 🙏", "ولا يهمك، أي سؤال راسلني هنا."],
    why="ليش؟ الموردين الثانيين يقبلون الضمان التجاري",
    off=[("Arabic-Indic digits, 'الواتس'", True, "text", "راسلني على الواتس {NV}", False),
         ("'واتس' + number in the last product picture", True, "text", "كلمني واتس أسرع، الرقم في صورة المنتج الأخيرة", False),
         ("plain WhatsApp", False, "text", "للتفاصيل أضفني على واتساب {PH}", False),
         ("digits as Arabic words", True, "text", "رقمي: {W}", False),
         ("Botim / imo, number in profile", True, "text", "تقدر تتصل فيني على بوتيم أو ايمو نفس الرقم اللي في البروفايل", False),
         ("Western Union directly for 5% off", True, "text", "ممكن تدفع ويسترن يونيون مباشرة وأعطيك خصم ٥٪", True),
         ("signature with WhatsApp/WeChat", False, "signature", "مع التحية\nأحمد | مدير المبيعات\nواتساب/وي شات: {PH}", False),
         ("Snapchat handle", True, "text", "ضيفني سناب: {H} 👻", False)],
    split=("'واتس' then digits, buyer turn", ["واتس", "{A}", "{B}{C}"], "ايش؟", 1, [0]),
    tab=["ممكن ندفع عن طريق الضمان التجاري؟", "أنا أدفع فقط عبر Trade Assurance"],
    ta=[("TA 'not supported for this product'", True, "للأسف هذا المنتج لا يدعم الضمان التجاري (Trade Assurance)، فقط تحويل بنكي لحساب الشركة.", True),
        ("TA +7% price", True, "إذا تبغى Trade Assurance السعر يزيد ٧٪ بسبب عمولة المنصة.", False),
        ("TA limit full this month", False, "حد الضمان التجاري عندنا مكتمل هذا الشهر، حوّل على البنك أحسن.", True),
        ("escrow too slow, boss refuses", True, "الضمان التجاري يأخذ وقت طويل عشان نستلم الفلوس، المدير رافض. ويسترن يونيون أو تحويل بنكي.", True)],
    ask="عندك واتساب؟ أسهل لي",
    give="أكيد، واتساب {PH}. ونقدر نكمل هنا بعد 🙂",
    ord=("دفعت الطلب رقم {ON}", "استلمنا الدفعة، شكراً! أرسل لنا رقم جوال وإيميل المستلم عشان التخليص الجمركي."),
    track="رقم التتبع أرامكس {TRN10}، الوصول خلال ٧ أيام.",
    hn=[("HS code in Arabic-Indic digits", OFF, "text", [], "رمز النظام المنسق {HSAR}، وشهادة المنشأ متوفرة."),
        ("price and quantity in Arabic-Indic digits", OFF, "text", [], "السعر {PRAR} دولار للـ{U} لكمية {QAR} {U}، العرض صالح ١٥ يوم."),
        ("'we talk here on Alibaba only'", OFF, "text", [], "نتواصل هنا على علي بابا فقط، نرد بسرعة إن شاء الله."),
        ("sea vs air freight", OFF, "text", [], "الشحن البحري لجدة حوالي ٢٥ يوم، الجوي ٥ أيام بس أغلى.")],
    taok=[("accepts TA", "أكيد، نسوي الطلب عبر Trade Assurance، أرسل لي العنوان للتأكيد.", []),
          ("refuses a discount but accepts TA", "ما نقدر ننزل عن {PR} دولار، بس الضمان التجاري عادي بدون أي رسوم إضافية.", [])],
)
B["hi"] = dict(
    bo=["नमस्ते, {P} का {Q} {U} के लिए रेट क्या है?", "स्टॉक में है क्या?", "कैटलॉग भेज दीजिए", "हम दिल्ली में होलसेलर हैं, MOQ क्या है?"],
    sb=["नमस्ते जी, {Q} {U} के लिए रेट {PR} USD/{U} है, FOB निंगबो, डिलीवरी लगभग {D} दिन 😊", "जी हाँ, स्टॉक में है, पेमेंट के 3-5 दिन में भेज देंगे।", "कैटलॉग यहीं चैट में भेज दिया है (PDF)।", "MOQ {MOQ} {U} है, मॉडल मिक्स कर सकते हैं।"],
    bf=["ठीक है धन्यवाद", "थोड़ा कम हो सकता है क्या?", "बॉस से बात करके बताता हूँ"],
    sf=["सबसे कम {PR2} USD, यह फैक्ट्री रेट है 🙏", "कोई बात नहीं, कुछ भी पूछना हो तो यहीं मैसेज करें।"],
    why="क्यों? बाकी सप्लायर तो Trade Assurance लेते हैं",
    off=[("Devanagari digits", True, "text", "व्हाट्सएप करो: {NV}", False),
         ("Hinglish 'WA pe baat', dotted digits", True, "text", "sir WA pe baat karte hain, yahan reply late hota hai. number: {DOT}", False),
         ("plain WhatsApp", False, "text", "ज़्यादा जानकारी के लिए मेरा WhatsApp नंबर {PH} है", False),
         ("digits as Hindi words", True, "text", "मेरा नंबर लिखो: {W}", False),
         ("direct UPI / bank 4% off", True, "text", "direct UPI/bank se pay karo toh 4% discount dunga, platform ka charge bachega", True),
         ("search our Telegram channel", True, "text", "हमारा टेलीग्राम चैनल सर्च करें: {COMPANY} Official, वहाँ रोज़ रेट अपडेट", False),
         ("e-mail with 'at the rate' / 'dot'", True, "text", "quotation mail karunga, mera email hai {E} at the rate gmail dot com, apna bhi bhejo", False),
         ("asks buyer's phone unprompted", False, "text", "Sir aapka phone number dijiye, main abhi call karta hoon", False)],
    split=("'mera no.' then digits, app named at the end", ["mera no.", "{A} {B}", "{C} ☝️ whatsapp"], None, 0, [0, 2]),
    tab=["क्या Trade Assurance से पेमेंट कर सकते हैं?", "मैं सिर्फ़ Trade Assurance से पेमेंट करूँगा"],
    ta=[("TA 'not available on this product'", True, "इस प्रोडक्ट पर Trade Assurance नहीं मिलेगा सर, सिर्फ़ कंपनी अकाउंट में T/T।", True),
        ("TA +8% rate", True, "Trade Assurance से लेना है तो रेट 8% बढ़ेगा, प्लेटफ़ॉर्म कमीशन लेता है।", False),
        ("TA 'in maintenance', bank transfer", False, "Trade Assurance system abhi maintenance mein hai, bank transfer kar do, same hi hai.", True),
        ("30% advance directly to our bank", True, "30% एडवांस सीधे हमारे बैंक में, बाकी Trade Assurance से — ठीक है?", True)],
    ask="आपका WhatsApp नंबर मिल सकता है? मुझे आसानी होगी",
    give="ज़रूर, WhatsApp {PH} है। यहाँ भी बात कर सकते हैं 🙂",
    ord=("ऑर्डर {ON} का पेमेंट कर दिया", "पेमेंट मिल गया, धन्यवाद! कस्टम क्लियरेंस के लिए रिसीवर का फ़ोन नंबर और ईमेल भेज दीजिए।"),
    track="ट्रैकिंग नंबर (Blue Dart) {TRN11}, 4 दिन में डिलीवरी।",
    hn=[("price/quantity in Devanagari digits", OFF, "text", [], "रेट USD में है: {PRHI} डॉलर प्रति {U}, {QHI} {U} पर।"),
        ("HSN code", OFF, "text", [], "HSN कोड {HS} है, इनवॉइस में लिखा रहेगा।"),
        ("'we talk here on Alibaba chat'", OFF, "text", [], "सर हम यहीं Alibaba chat पर बात करेंगे, जल्दी जवाब देंगे।"),
        ("model numbers", OFF, "text", [], "मॉडल नंबर {MD} फोटो वाला है, {MD2} बड़ा साइज़ है।")],
    taok=[("accepts TA", "बिल्कुल सर, Trade Assurance ऑर्डर अभी बना देता हूँ, एड्रेस कन्फ़र्म कर दीजिए।", []),
          ("refuses a discount but accepts TA", "रेट {PR} USD से कम नहीं होगा सर, पर Trade Assurance बिना किसी एक्स्ट्रा चार्ज के ठीक है।", [])],
)
B["id"] = dict(
    bo=["Halo kak, harga {P} untuk {Q} {U} berapa?", "Ready stok gak?", "Boleh minta katalog?", "Kami distributor di Surabaya, minimal order berapa?"],
    sb=["Halo kak, untuk {Q} {U} harganya {PR} USD/{U}, FOB Ningbo, produksi sekitar {D} hari 😊", "Ready kak, kirim 3-5 hari setelah pembayaran.", "Katalog sudah saya kirim di chat ini ya (PDF).", "Minimal order {MOQ} {U}, boleh campur model."],
    bf=["oke makasih", "bisa kurang gak harganya?", "saya diskusi dulu sama bos"],
    sf=["Paling murah {PR2} USD kak, sudah harga pabrik 🙏", "Siap kak, kalau ada pertanyaan chat di sini aja."],
    why="kenapa? supplier lain bisa pakai Trade Assurance",
    off=[("digits as Indonesian words ('kosong' for 0)", True, "text", "WA aja kak: {W}", False),
         ("wa(.)me link with bracketed dot", True, "text", "klik aja wa(.)me/{DIG} biar cepet", False),
         ("plain WhatsApp", False, "text", "Info lebih lanjut hubungi WhatsApp {PH}", False),
         ("search our shop on Shopee/Tokopedia", True, "text", "cari nama toko kami di Shopee/Tokped: {COMPANY}, chat di sana bisa nego", False),
         ("transfer to personal BCA account, 3% cheaper", True, "text", "transfer langsung ke rekening BCA saya aja kak, lebih murah 3%, gak kena potongan platform", True),
         ("'add line' + ID", True, "text", "add line ya kak, id: {H}", False),
         ("number in profile photo", True, "text", "nomor ada di foto profil ya kak 😊", False),
         ("auto-reply 'fast respon WA'", True, "auto_reply", "[Balasan otomatis] Maaf sedang offline. Fast respon WA {LOC}", False)],
    split=("'nomor saya' then digits, buyer turn", ["nomor saya kak", "{A}", "{B} {C}"], "nomor apa kak?", 0, [0]),
    tab=["Bisa bayar pakai Trade Assurance?", "Saya cuma mau bayar lewat Trade Assurance kak"],
    ta=[("TA 'not possible for this product'", True, "Maaf kak, produk ini gak bisa pakai Trade Assurance, cuma transfer ke rekening perusahaan.", True),
        ("TA +5% price", True, "Kalau pakai Trade Assurance harga naik 5% ya kak, potongan platform.", False),
        ("TA quota full this month", False, "Kuota Trade Assurance kami bulan ini sudah penuh kak, bayar transfer bank aja ya.", True),
        ("TA ok but shipping +100 USD", True, "Bisa TA tapi ongkir tambah 100 USD ya.", False)],
    ask="Kak, ada nomor WA? biar gampang",
    give="Ada kak, WA {PH}. Di sini juga tetap bisa ya 🙂",
    ord=("Pesanan {ON} sudah saya bayar", "Sudah masuk kak, terima kasih! Minta nomor HP dan email penerima untuk bea cukai ya."),
    track="No. resi J&T Express {TRN12}, estimasi 3 hari.",
    hn=[("HS code", OFF, "text", [], "Kode HS {HS}, ada Form E untuk bebas bea."),
        ("'chat here per Alibaba rules'", OFF, "text", [], "Kita ngobrol di sini aja kak sesuai aturan Alibaba, fast respon kok."),
        ("carton size and load", OFF, "text", [], "Ukuran karton 60x40x35 cm, berat 18,5 kg, muat {QC} {U} per kontainer 40ft."),
        ("'line produksi'", OFF, "text", [], "Kami punya 5 line produksi, kapasitas {Q} {U} per bulan.")],
    taok=[("accepts TA", "Bisa kak, saya buatkan order Trade Assurance sekarang ya.", []),
          ("refuses a discount but accepts TA", "Harga gak bisa di bawah {PR} USD kak, tapi Trade Assurance bisa, tanpa biaya tambahan.", [])],
)
B["vi"] = dict(
    bo=["Chào shop, giá {P} cho {Q} {U} bao nhiêu?", "Có hàng sẵn không ạ?", "Gửi mình catalog với", "Bên mình là đại lý ở Hà Nội, đơn tối thiểu bao nhiêu?"],
    sb=["Chào anh/chị, {Q} {U} giá {PR} USD/{U}, FOB Ninh Ba, thời gian giao khoảng {D} ngày 😊", "Dạ có hàng sẵn, giao trong 3-5 ngày sau khi thanh toán.", "Em đã gửi catalog ở đây rồi ạ (PDF).", "Đơn tối thiểu {MOQ} {U}, được trộn mẫu ạ."],
    bf=["ok cảm ơn", "giảm giá thêm được không?", "để mình hỏi sếp"],
    sf=["Giá tốt nhất {PR2} USD rồi ạ, giá xưởng 🙏", "Dạ không sao, có gì anh/chị cứ nhắn ở đây."],
    why="sao vậy? nhà cung cấp khác vẫn nhận Trade Assurance mà",
    off=[("Zalo + digits as Vietnamese words", True, "text", "anh/chị kết bạn zalo em nhé: {W}", False),
         ("'z.a.l.o' dotted + dotted digits", True, "text", "nhắn z.a.l.o cho nhanh: {DOT}", False),
         ("plain Zalo/WhatsApp", False, "text", "Zalo/WhatsApp: {PH} để xem video thực tế", False),
         ("search our fanpage on 'face'", True, "text", "tìm fanpage {COMPANY} trên face rồi inbox em, bên đó có giá sỉ", False),
         ("transfer to personal Vietcombank account, 4% off", True, "text", "chuyển khoản thẳng vào tài khoản Vietcombank của em thì em bớt 4%, khỏi mất phí sàn", True),
         ("Viber, number in avatar", True, "text", "có viber không ạ? số em trong ảnh đại diện", False),
         ("e-mail with spaces to remove", True, "text", "gửi đơn qua mail: {E} @ gmail . com (viết liền)", False),
         ("asks buyer's phone unprompted", False, "text", "Anh/chị cho em xin số điện thoại, em gọi tư vấn luôn ạ", False)],
    split=("'số em:' then digits, app named at the end", ["số em:", "{A}", "{B} {C} zalo"], None, 0, [0, 2]),
    tab=["Thanh toán qua Trade Assurance được không?", "Mình chỉ thanh toán qua Trade Assurance thôi"],
    ta=[("TA 'not supported for this product'", True, "Dạ sản phẩm này không hỗ trợ Trade Assurance ạ, chỉ chuyển khoản T/T vào tài khoản công ty.", True),
        ("TA +6% fee", True, "Nếu đi Trade Assurance thì cộng thêm 6% phí ạ.", False),
        ("TA holds money too long, boss refuses", False, "Trade Assurance giữ tiền lâu quá, sếp em không đồng ý, anh chuyển khoản ngân hàng giúp em.", True),
        ("30% deposit directly to us", True, "Cọc 30% chuyển thẳng cho bên em, 70% còn lại qua Trade Assurance được không ạ?", True)],
    ask="Shop có Zalo không? mình tiện nhắn hơn",
    give="Dạ có, Zalo em {PH}. Nhắn ở đây em cũng trả lời nhanh ạ 🙂",
    ord=("Mình đã thanh toán đơn {ON}", "Dạ em nhận được rồi, cảm ơn anh! Anh gửi em số điện thoại và email người nhận để làm thủ tục hải quan nhé."),
    track="Mã vận đơn Viettel Post {TRN12}, dự kiến 2 ngày.",
    hn=[("HS code", OFF, "text", [], "Mã HS {HS}, có C/O form E."),
        ("'let's talk on Alibaba'", OFF, "text", [], "Mình trao đổi trên Alibaba luôn anh nhé, em online cả ngày."),
        ("sea vs air", OFF, "text", [], "Đi biển về Cát Lái khoảng 7 ngày, đi air 2 ngày nhưng đắt gấp 4."),
        ("carton size and container load", OFF, "text", [], "Thùng 60x40x35 cm, 18,5 kg, cont 40' chứa được {QC} {U}.")],
    taok=[("accepts TA", "Dạ được ạ, em tạo đơn Trade Assurance ngay, anh xác nhận địa chỉ giúp em.", []),
          ("refuses a discount but accepts TA", "Giá {PR} USD là thấp nhất rồi ạ, nhưng Trade Assurance thì hoàn toàn được, không thu thêm.", [])],
)
B["th"] = dict(
    bo=["สวัสดีค่ะ {P} {Q} {U} ราคาเท่าไหร่คะ", "มีของพร้อมส่งไหมครับ", "ขอแคตตาล็อกหน่อยค่ะ", "เราเป็นตัวแทนจำหน่ายที่กรุงเทพ สั่งขั้นต่ำเท่าไหร่ครับ"],
    sb=["สวัสดีค่ะ {Q} {U} ราคา {PR} USD/{U} FOB หนิงโป ผลิตประมาณ {D} วันค่ะ 😊", "มีของพร้อมส่งค่ะ ส่งภายใน 3-5 วันหลังชำระเงิน", "ส่งแคตตาล็อกในแชทนี้ให้แล้วนะคะ (PDF)", "ขั้นต่ำ {MOQ} {U} คละแบบได้ค่ะ"],
    bf=["โอเคค่ะ ขอบคุณ", "ลดได้อีกไหมครับ", "ขอปรึกษาหัวหน้าก่อนนะคะ"],
    sf=["ราคาต่ำสุด {PR2} USD แล้วค่ะ ราคาโรงงาน 🙏", "ได้เลยค่ะ มีคำถามทักมาที่นี่ได้เลย"],
    why="ทำไมคะ ซัพพลายเออร์เจ้าอื่นรับ Trade Assurance นะ",
    off=[("Thai digits, 'แอดไลน์'", True, "text", "แอดไลน์มาคุยกันค่ะ เบอร์ {NV}", False),
         ("LINE@ ID", True, "text", "ไลน์ไอดี @{H} (มี @ ด้วยนะคะ)", False),
         ("plain LINE/WhatsApp", False, "text", "ติดต่อ LINE/WhatsApp: {PH} ค่ะ", False),
         ("digits as Thai words", True, "text", "โทร {W}", False),
         ("QR code in the last product image", True, "text", "สแกนคิวอาร์ในรูปสินค้ารูปสุดท้ายได้เลยค่ะ คุยง่ายกว่า", False),
         ("transfer to KBank account 3% off", True, "text", "โอนตรงเข้าบัญชีกสิกรลดให้อีก 3% ค่ะ ไม่ต้องเสียค่าธรรมเนียมแพลตฟอร์ม", True),
         ("Facebook page inbox", True, "text", "ทักแชทเพจเฟซบุ๊ก {COMPANY} ได้เลยค่ะ ตอบไวกว่า", False),
         ("signature with LINE ID and phone", False, "signature", "ขอบคุณค่ะ\nคุณมาลี ฝ่ายขาย\nLINE: {H}  โทร {LOC}", False)],
    split=("'ไลน์' then digits, buyer turn", ["ไลน์", "{A}", "{B}{C}"], "อะไรนะคะ", 1, [0]),
    tab=["ชำระผ่าน Trade Assurance ได้ไหมคะ", "ขอจ่ายผ่าน Trade Assurance เท่านั้นครับ"],
    ta=[("TA 'cannot be used for this product'", True, "สินค้านี้ใช้ Trade Assurance ไม่ได้ค่ะ โอนเข้าบัญชีบริษัทเท่านั้น", True),
        ("TA +7%", True, "ถ้าใช้ Trade Assurance ต้องบวกเพิ่ม 7% นะคะ", False),
        ("TA limit full this month", False, "วงเงิน Trade Assurance เดือนนี้เต็มแล้วค่ะ รบกวนโอนผ่านธนาคารนะคะ", True),
        ("TA ok but shipping +90 USD", True, "ใช้ TA ได้ค่ะ แต่ค่าส่งเพิ่ม 90 USD", False)],
    ask="มีไลน์ไหมคะ สะดวกกว่า",
    give="มีค่ะ LINE ID {H} ค่ะ คุยที่นี่ต่อก็ได้นะคะ 🙂",
    ord=("ชำระเงินคำสั่งซื้อ {ON} แล้วค่ะ", "ได้รับแล้วค่ะ ขอบคุณค่ะ รบกวนขอเบอร์โทรและอีเมลผู้รับสำหรับพิธีการศุลกากรด้วยนะคะ"),
    track="เลขพัสดุ Kerry {TRN12} คาดว่าถึง 2-3 วันค่ะ",
    hn=[("price/qty in Thai digits", OFF, "text", [], "ราคา {PRTH} USD ต่อ{U} ที่ {QTH} {U} ค่ะ"),
        ("'ไลน์ผลิต' = production line, not LINE", OFF, "text", [], "โรงงานมีไลน์ผลิต 6 ไลน์ กำลังผลิต {Q} {U} ต่อเดือนค่ะ"),
        ("'chat via Alibaba'", OFF, "text", [], "คุยผ่าน Alibaba ได้เลยนะคะ แอดมินออนไลน์ทั้งวัน"),
        ("HS code", OFF, "text", [], "พิกัดศุลกากร {HS} ค่ะ มี Form E")],
    taok=[("accepts TA", "ได้ค่ะ เดี๋ยวเปิดออเดอร์ Trade Assurance ให้เลยนะคะ", []),
          ("refuses a discount but accepts TA", "ราคาลดต่ำกว่า {PR} USD ไม่ได้แล้วค่ะ แต่ Trade Assurance ได้ ไม่มีค่าใช้จ่ายเพิ่มค่ะ", [])],
)
B["ja"] = dict(
    bo=["お世話になります。{P}を{Q}{U}の場合の単価を教えてください。", "在庫はありますか？", "カタログを送っていただけますか。", "大阪の卸売業者です。最低ロットはいくつですか？"],
    sb=["お問い合わせありがとうございます。{Q}{U}の場合、単価{PR}USD/{U}、FOB寧波、納期は約{D}日です。", "在庫ございます。ご入金後3〜5日で出荷可能です。", "カタログをこちらのチャットでお送りしました（PDF）。", "最低ロットは{MOQ}{U}で、型番の混載も可能です。"],
    bf=["承知しました", "もう少しお安くなりませんか？", "社内で検討します"],
    sf=["{PR2}USDが限界です。工場直販価格です🙏", "かしこまりました。ご不明点はこちらでお気軽にどうぞ。"],
    why="なぜですか？他のサプライヤーはTrade Assurance対応ですが",
    off=[("'ライン' katakana + ID", True, "text", "詳しくはラインでお話ししましょう。ID：{H}", False),
         ("phone in kanji digits", True, "text", "携帯：{W}までお電話ください", False),
         ("plain LINE/WeChat", False, "text", "LINE/WeChat：{PH} 追加お願いします", False),
         ("full-width e-mail", True, "text", "メールはこちら→ {EFW}＠ｇｍａｉｌ．ｃｏｍ", False),
         ("search on Instagram and DM", True, "text", "インスタで「{COMPANY}」と検索してDMください", False),
         ("5% off for direct bank transfer", True, "text", "直接お振込みいただければ5％お値引きします（手数料がかからないため）", True),
         ("Chatwork ID", True, "text", "チャットワークでもやり取りできます。ID: {H}", False),
         ("auto-reply: QR code in the profile image", True, "auto_reply", "【自動返信】ただいま不在です。お急ぎの方はプロフィール画像のQRコードからご連絡ください。", False)],
    split=("'番号は' then digits, LINE named at the end", ["番号は", "{A}-{B}", "{C} です（LINE同じ）"], None, 0, [0, 2]),
    tab=["Trade Assuranceで支払えますか？", "支払いはTrade Assuranceのみでお願いします"],
    ta=[("TA 'not covered for this product'", True, "申し訳ございませんが、この商品は取引保証（Trade Assurance）の対象外です。弊社口座へのT/Tのみとなります。", True),
        ("TA +5% unit price", True, "Trade Assuranceご利用の場合、単価が5％上がります。", False),
        ("TA 'under maintenance'", False, "現在Trade Assuranceのシステムがメンテナンス中のため、銀行振込でお願いできますでしょうか。", True),
        ("30% advance directly to our account", True, "前金30％は弊社口座へ直接、残り70％はTrade Assuranceで如何でしょうか。", True)],
    ask="LINEはやっていますか？そちらの方が便利です",
    give="はい、LINE IDは {H} です。こちらでも引き続き対応いたします🙂",
    ord=("注文{ON}の支払いを完了しました", "ご入金確認いたしました。ありがとうございます！通関用に受取人様の電話番号とメールアドレスをお知らせください。"),
    track="佐川急便の追跡番号は{TRN12}です。明後日到着予定です。",
    hn=[("price/qty in full-width digits", OFF, "text", [], "単価は{PRFW}USD、{QFW}{U}以上の場合です。"),
        ("model numbers", OFF, "text", [], "型番{MD}が写真の商品で、{MD2}は大きいサイズです。"),
        ("'please ask here on Alibaba chat'", OFF, "text", [], "お問い合わせはこちらのAlibabaチャットでお願いいたします。すぐに返信いたします。"),
        ("HS code", OFF, "text", [], "HSコードは{HS}です。")],
    taok=[("accepts TA", "もちろんTrade Assuranceで対応可能です。今から注文書を作成いたします。", []),
          ("refuses a discount but accepts TA", "{PR}USD以下は難しいですが、Trade Assuranceは追加費用なしでご利用いただけます。", [])],
    x=[dict(cat="eva-slippers", msgs=[("buyer", "text", "none", "デザインの種類は？", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "none", "無地のほか、ラインストーン付きのデザインもございます。", [], [], "hard negative for offplatform_contact: 'ライン' inside ラインストーン (rhinestone)")])],
)
B["ko"] = dict(
    bo=["안녕하세요, {P} {Q}{U} 가격이 얼마인가요?", "재고 있나요?", "카탈로그 보내주실 수 있나요?", "부산에서 도매하는 업체입니다. 최소 주문 수량이 어떻게 되나요?"],
    sb=["안녕하세요! {Q}{U} 기준 단가 {PR} USD/{U}, FOB 닝보, 납기 약 {D}일입니다 😊", "네 재고 있습니다. 결제 후 3~5일 내 출고됩니다.", "카탈로그 여기 채팅으로 보내드렸습니다 (PDF).", "최소 주문 {MOQ}{U}이고 모델 혼합 가능합니다."],
    bf=["네 감사합니다", "조금 더 깎아주실 수 있나요?", "대표님께 여쭤보고 연락드릴게요"],
    sf=["최저가 {PR2} USD입니다. 공장 직거래 가격이에요 🙏", "네 천천히 보시고 궁금한 점은 여기로 연락 주세요."],
    why="왜요? 다른 업체들은 Trade Assurance 다 되던데요",
    off=[("'카톡' + ID", True, "text", "자세한 건 카톡으로 얘기해요~ 아이디: {H}", False),
         ("digits as Korean words (공일공)", True, "text", "폰번호 {W} 문자 주세요", False),
         ("plain KakaoTalk/WhatsApp", False, "text", "카카오톡/왓츠앱 {PH} 추가해 주세요", False),
         ("open-chat link with bracketed dot", True, "text", "오픈채팅방 링크: open.kakao(.)com/o/{SH} 들어오세요", False),
         ("direct account transfer 5% off", True, "text", "계좌로 직접 입금하시면 수수료 빼고 5% 할인해 드려요", True),
         ("search on Naver Band", True, "text", "네이버 밴드에서 '{COMPANY}' 검색하시면 실시간 재고 보실 수 있어요", False),
         ("e-mail with '골뱅이' / '닷'", True, "text", "메일: {E} 골뱅이 naver 닷 com", False),
         ("asks buyer's contact unprompted", False, "text", "연락처 남겨주시면 바로 전화드릴게요", False)],
    split=("'카톡 ㄱㄱ' then digits", ["카톡 ㄱㄱ", "{A}", "{B} {C}"], None, 0, [0]),
    tab=["Trade Assurance로 결제 가능한가요?", "저희는 Trade Assurance로만 결제합니다"],
    ta=[("TA 'not applicable to this product'", True, "죄송하지만 이 제품은 Trade Assurance 적용이 안 됩니다. 회사 계좌 T/T만 가능합니다.", True),
        ("TA +6% unit price", True, "Trade Assurance로 하시면 단가 6% 올라갑니다.", False),
        ("TA limit full this month", False, "이번 달 Trade Assurance 한도가 다 찼어요. 은행 송금으로 부탁드립니다.", True),
        ("TA settles too slowly, boss refuses", True, "Trade Assurance는 정산이 너무 늦어서 사장님이 안 된다고 하세요. 송금으로 해주세요.", True)],
    ask="카톡 있으세요? 그게 편해서요",
    give="네, 카톡 아이디 {H}입니다. 여기서도 계속 답변드릴게요 🙂",
    ord=("주문 {ON} 결제했습니다", "입금 확인했습니다, 감사합니다! 통관용으로 수령인 전화번호와 이메일 부탁드립니다."),
    track="CJ대한통운 송장번호 {TRN12}입니다. 모레 도착 예정이에요.",
    hn=[("customs ID (P-number) explanation", OFF, "text", [], "개인통관고유부호는 수입자분이 준비해 주셔야 합니다 (P로 시작하는 번호)."),
        ("'ask via Alibaba chat'", OFF, "text", [], "문의는 알리바바 채팅으로 주시면 빠르게 답변드립니다."),
        ("HS code", OFF, "text", [], "HS 코드 {HS}입니다."),
        ("box size, container load", OFF, "text", [], "박스 규격 60x40x35cm, 18.5kg, 40피트 컨테이너에 {QC}{U} 적재됩니다.")],
    taok=[("accepts TA", "네 Trade Assurance 가능합니다. 지금 주문서 만들어 드릴게요.", []),
          ("refuses a discount but accepts TA", "{PR} USD 이하로는 어렵지만 Trade Assurance는 추가 비용 없이 가능합니다.", [])],
    x=[dict(cat="green-coffee-beans", msgs=[("buyer", "text", "none", "브라질 세하도 생두 맛이 어때요?", [], [], "buyer message (never a violation)"),
                            ("seller", "text", "none", "카카오, 견과류 노트가 있고 산미가 낮아요. 블렌딩 베이스로 좋습니다.", [], [], "hard negative for offplatform_contact: '카카오' = cacao tasting note, not KakaoTalk")])],
)
for _l in LANGS:
    assert _l in B, _l

# ----------------------------------------------------------------------------------------------
# personas: phone numbers, handles, e-mails (all invented)
# ----------------------------------------------------------------------------------------------
PHONE_STYLE = {"en": "cn", "zh": "cn", "es": "cn", "fr": "cn", "pt": "br", "de": "de", "it": "it", "ru": "ru", "tr": "tr",
               "ar": "ae", "hi": "in", "id": "id", "vi": "vn", "th": "th", "ja": "jp", "ko": "kr"}
WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "zh": list("零幺二三四五六七八九"),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "hi": "शून्य एक दो तीन चार पाँच छह सात आठ नौ".split(),
    "id": "kosong satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(),
    "ja": list("〇一二三四五六七八九"),
    "ko": list("공일이삼사오육칠팔구"),
}
STAFF = {"en": ["kevin", "lucy", "amy", "jack", "coco", "tina", "frank", "cindy"], "zh": ["leo", "sunny", "grace", "eric", "vivian", "jason"],
         "es": ["nancy", "bella", "lily", "tony"], "fr": ["alice", "ivy", "ken"], "pt": ["rafael", "camila", "thiago"],
         "de": ["jonas", "lena", "felix"], "it": ["marco", "giulia", "luca"], "ru": ["dmitry", "olga", "sergey"],
         "tr": ["emre", "zeynep", "burak"], "ar": ["ahmed", "omar", "layla"], "hi": ["rahul", "priya", "amit"],
         "id": ["dewi", "budi", "sari"], "vi": ["linh", "tuan", "hoa"], "th": ["malee", "somchai", "nok"],
         "ja": ["sato", "yuki", "tanaka"], "ko": ["minji", "jihoon", "sora"]}
BRANDS = ["Hengxin", "Lvyuan", "Jiahe", "Sunwin", "Oceanbridge", "Goldleaf", "Huaxing", "Yongsheng", "Brightway", "Kaida",
          "Ruifeng", "Topsun", "Evergreen", "Dexin", "Mingda", "Fortune Star", "Haiyue", "Baishun", "Tianrun", "Greenfield"]
CATWORD = {"bamboo-cutting-boards": "home", "galvanized-steel-coil": "steel", "stretch-wrap-film": "pack",
           "artificial-grass": "turf", "aerosol-spray-paint": "paint", "green-coffee-beans": "coffee",
           "eva-slippers": "shoes", "garden-hose": "garden", "stainless-cutlery-sets": "kitchen"}


def rdig(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def make_phone(rng, style):
    d = lambda n: rdig(rng, n)
    if style == "cn":
        m = "1" + rng.choice("3456789") + d(1); a, b = d(4), d(4)
        return "86", "+86 {} {} {}".format(m, a, b), "{} {} {}".format(m, a, b)
    if style == "br":
        ddd = rng.choice(["11", "21", "31", "41", "47"]); a = "9" + d(4); b = d(4)
        return "55", "+55 {} {}-{}".format(ddd, a, b), "({}) {}-{}".format(ddd, a, b)
    if style == "de":
        p = "15" + rng.choice("1279"); r = d(7)
        return "49", "+49 {} {}".format(p, r), "0{} {}".format(p, r)
    if style == "it":
        p = "3" + d(2); a, b = d(3), d(4)
        return "39", "+39 {} {} {}".format(p, a, b), "{} {} {}".format(p, a, b)
    if style == "ru":
        p = "9" + d(2); a, b, c = d(3), d(2), d(2)
        return "7", "+7 {} {}-{}-{}".format(p, a, b, c), "8 {} {}-{}-{}".format(p, a, b, c)
    if style == "tr":
        p = "5" + rng.choice("0345") + d(1); a, b, c = d(3), d(2), d(2)
        return "90", "+90 {} {} {} {}".format(p, a, b, c), "0{} {} {} {}".format(p, a, b, c)
    if style == "ae":
        p = "5" + rng.choice("024568"); a, b = d(3), d(4)
        return "971", "+971 {} {} {}".format(p, a, b), "0{} {} {}".format(p, a, b)
    if style == "in":
        p = rng.choice("6789") + d(4); q = d(5)
        return "91", "+91 {} {}".format(p, q), "{} {}".format(p, q)
    if style == "id":
        p = "8" + rng.choice(["12", "13", "21", "52", "57", "77", "95"]); a, b = d(4), d(4)
        return "62", "+62 {}-{}-{}".format(p, a, b), "0{}-{}-{}".format(p, a, b)
    if style == "vn":
        p = rng.choice(["9", "3", "8"]) + d(1); a, b = d(3), d(4)
        return "84", "+84 {} {} {}".format(p, a, b), "0{} {} {}".format(p, a, b)
    if style == "th":
        p = rng.choice("689") + d(1); a, b = d(3), d(4)
        return "66", "+66 {} {} {}".format(p, a, b), "0{}-{}-{}".format(p, a, b)
    if style == "jp":
        p = rng.choice(["90", "80", "70"]); a, b = d(4), d(4)
        return "81", "+81 {}-{}-{}".format(p, a, b), "0{}-{}-{}".format(p, a, b)
    if style == "kr":
        a, b = d(4), d(4)
        return "82", "+82 10-{}-{}".format(a, b), "010-{}-{}".format(a, b)
    raise ValueError(style)


def words_of(loc, lang):
    groups = re.findall(r"\d+", loc)
    wl = WORDS[lang]
    if lang in ("zh", "ja", "ko"):
        return "-".join("".join(wl[int(c)] for c in g) for g in groups)
    return ("، " if lang == "ar" else ", ").join(" ".join(wl[int(c)] for c in g) for g in groups)


def mixed_of(loc, lang, rng):
    wl = WORDS[lang]
    toks = [(wl[int(c)] if rng.random() < 0.5 else c) for c in re.sub(r"\D", "", loc)]
    return " ".join(toks)


def spaced_of(dig, rng):
    v = rng.randrange(4)
    if v == 0:
        return " ".join(dig)
    if v == 1:
        return " . ".join(dig)
    if v == 2:
        out, i = [], 0
        while i < len(dig):
            k = rng.choice([1, 2, 3]); out.append(dig[i:i + k]); i += k
        return " ".join(out)
    return " - ".join(dig)


class Ctx:
    """Lazily computed placeholder values for one conversation."""

    def __init__(self, rng, lang, merchant, listing):
        self.rng, self.lang, self.m, self.l = rng, lang, merchant, listing
        self.v = {}
        self.cc, self.intl, self.loc = make_phone(rng, PHONE_STYLE[lang])
        self.nsn = re.sub(r"\D", "", self.intl)[len(self.cc):]
        self.locd = re.sub(r"\D", "", self.loc)
        mi = int(merchant.split("-")[1])
        self.brand = BRANDS[mi % len(BRANDS)]
        self.slug = self.brand.lower().replace(" ", "")
        self.name = rng.choice(STAFF[lang])
        self.handle = self.name + rng.choice(["_", ".", "", "-"]) + self.slug[:rng.choice([3, 4, 5])] + rdig(rng, rng.choice([2, 3, 4]), True)
        self.euser = self.name + rng.choice([".", "_", ""]) + rng.choice([self.slug, "sales", "trade", rdig(rng, 3, True)])
        c = len(self.nsn) // 3
        self.split3 = (self.nsn[:c], self.nsn[c:2 * c], self.nsn[2 * c:])

    def get(self, k):
        if k in self.v:
            return self.v[k]
        r, lang, l = self.rng, self.lang, self.l
        cid = l["category_id"]; c = CATS[cid]; li = LANGS.index(lang)
        price = l["_ref_price"]
        q = l["moq"] * r.choice([1, 2, 5, 10])
        val = {
            "P": lambda: PNAME[cid][li], "U": lambda: UNITW[c["unit"]][li], "Q": lambda: fmt_int(q, lang),
            "MOQ": lambda: fmt_int(l["moq"], lang), "QC": lambda: fmt_int(nice(l["moq"] * r.choice([20, 40, 60])), lang), "PR": lambda: price_str(price, lang),
            "PR2": lambda: price_str(mprice(price * 0.96), lang), "D": lambda: str(r.randrange(15, 41)),
            "PH": lambda: self.intl, "LOC": lambda: self.loc, "W": lambda: words_of(self.loc, lang),
            "MX": lambda: mixed_of(self.loc, lang, r), "SP": lambda: spaced_of(self.locd, r),
            "DOT": lambda: ".".join(re.findall(r"\d+", self.loc)), "DASH": lambda: "-".join(self.locd),
            "FW": lambda: to_fullwidth(self.loc), "NV": lambda: to_native(self.loc, lang),
            "EMJ": lambda: "".join(d + "\ufe0f\u20e3" for d in self.locd),
            "A": lambda: self.split3[0], "B": lambda: self.split3[1], "C": lambda: self.split3[2],
            "CC": lambda: self.cc, "H": lambda: self.handle, "E": lambda: self.euser, "ER": lambda: self.euser[::-1],
            "EFW": lambda: to_fullwidth(self.euser), "COMPANY": lambda: self.brand,
            "WEB": lambda: "www.{}-{}.com".format(self.slug, CATWORD[cid]), "WEB0": lambda: "{}-{}.com".format(self.slug, CATWORD[cid]),
            "NAME": lambda: self.name.capitalize(),
            "SH": lambda: "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7)),
            "DIG": lambda: self.cc + self.nsn, "QQ": lambda: rdig(r, r.choice([9, 10]), True),
            "TID": lambda: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(8)),
            "TRU": lambda: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + rdig(r, 10),
            "TRN": lambda: rdig(r, 12, True), "TRN9": lambda: rdig(r, 9, True), "TRN10": lambda: rdig(r, 10, True),
            "TRN11": lambda: rdig(r, 11, True), "TRN12": lambda: rdig(r, 12, True),
            "TRC": lambda: "LX" + rdig(r, 9) + "CN", "CONT": lambda: rdig(r, 7), "ON": lambda: rdig(r, 16, True),
            "HS": lambda: c["hs"], "HSAR": lambda: to_native(c["hs"], "ar"),
            "MD": lambda: "{}-{}".format(c["model"], rdig(r, 4, True)), "MD2": lambda: "{}-{}".format(c["model"], rdig(r, 4, True)),
            "PRAR": lambda: to_native(price_str(price, "en"), "ar"), "QAR": lambda: to_native(str(q), "ar"),
            "PRHI": lambda: to_native(price_str(price, "en"), "hi"), "QHI": lambda: to_native(str(q), "hi"),
            "PRTH": lambda: to_native(price_str(price, "en"), "th"), "QTH": lambda: to_native(fmt_int(q, "en"), "th"),
            "PRFW": lambda: to_fullwidth(price_str(price, "en")), "QFW": lambda: to_fullwidth(fmt_int(q, "en")),
        }[k]()
        self.v[k] = val
        return val

    def fill(self, text):
        return re.sub(r"\{([A-Z][A-Z0-9]*)\}", lambda m: self.get(m.group(1)), text)


def mprice(x):
    if x >= 100:
        return float(round(x))
    if x >= 1:
        return round(x, 2)
    return round(x, 3)


# ----------------------------------------------------------------------------------------------
# listings
# ----------------------------------------------------------------------------------------------
def norm_ship(cid, qty):
    """What shipping `qty` units of the category normally costs (method, fee)."""
    c = CATS[cid]
    w = qty * c["wkg"]
    if cid == "galvanized-steel-coil":
        return "Sea freight (bulk / container)", qty * 58.0
    if c["dg"]:
        return "Sea freight LCL (DG cargo)", 260 + 0.35 * w
    if w <= 30:
        return "Express (DHL/FedEx)", 22 + 7.2 * w
    if w <= 2500:
        return "Sea freight (LCL)", 150 + 0.28 * w
    return "Sea freight (FCL)", math.ceil(w / 21000) * 1650 + 0.004 * w


def fmt_moq_text(n, lang, rng):
    s = fmt_int(n, lang)
    if lang in NATIVE and rng.random() < 0.4:
        s = to_native(s, lang)
    elif lang in ("zh", "ja") and rng.random() < 0.3:
        s = to_fullwidth(s)
    return s


def make_desc(cid, lang, moq, rng, moq_text="auto"):
    c = CATS[cid]; li = LANGS.index(lang)
    t = DESC[lang]
    if moq_text == "auto":
        keep = rng.random() < 0.7
        inner = re.search(r"⟦(.*?)⟧", t).group(1) if keep else ""
    elif moq_text is None:
        inner = ""
    else:
        inner = moq_text
    t = re.sub(r"⟦.*?⟧", lambda m: inner, t)
    t = re.sub(r"\s+", " ", t).strip()
    port = PORTS[lang] if rng.random() < 0.6 else PORTS2[lang]
    return t.format(name=PNAME[cid][li], spec=rng.choice(c["specs"]), moq=fmt_moq_text(moq, lang, rng),
                    u=UNITW[c["unit"]][li], lead=rng.randrange(7, 36), port=port)


def mk_sku(i, name, price, attr):
    return {"sku_id": "S{}".format(i + 1), "name": name, "unit_price": price, "attributes": {attr: name}}


def build_listing(cid, lang, rng, kind="background", code=None, note="", tiers=None, moq=None, skus=None,
                  price_range="auto", shipping=None, custom="auto", sample="auto", desc_moq="auto", desc_extra=None,
                  title_extra=None, extra_allow=(), meta=None, free_ship=False):
    c = CATS[cid]; li = LANGS.index(lang)
    base = rng.uniform(*c["typ"])
    if kind == "background":
        moq = rng.choice(c["moqs"])
        tiered = rng.random() < 0.72
        if tiered:
            n = rng.choice([2, 3, 3, 4])
            tiers, q, p = [], moq, base
            for _ in range(n):
                tiers.append((q, mprice(p)))
                q = nice(q * rng.choice([3, 5, 10])); p = max(p * rng.uniform(0.93, 0.975), c["band"][0] * 1.04)
            skus = []
            if rng.random() < 0.55:
                k = rng.randrange(2, min(4, len(c["variants"])) + 1)
                st = rng.randrange(0, len(c["variants"]) - k + 1)
                skus = [(nm, mprice(base * mu)) for nm, mu in c["variants"][st:st + k]]
        else:
            tiers = []
            k = rng.randrange(3, min(4, len(c["variants"])) + 1)
            st = rng.randrange(0, len(c["variants"]) - k + 1)
            skus = [(nm, mprice(base * mu)) for nm, mu in c["variants"][st:st + k]]
    else:
        tiers = list(tiers or [])
        skus = list(skus or [])
        if moq is None:
            moq = tiers[0][0] if tiers else rng.choice(c["moqs"])
    if price_range == "auto":
        price_range = ({"min": min(p for _, p in skus), "max": max(p for _, p in skus)} if (not tiers and skus) else None)
    elif price_range is not None:
        price_range = {"min": price_range[0], "max": price_range[1]}
    if shipping is None:
        sq = (meta or {}).get("real", moq) if (meta or {}).get("real", 0) < 10 ** 6 else moq
        m, fee = norm_ship(cid, sq)
        shipping = [(m, round(fee * rng.uniform(0.88, 1.15), 2), sq)]
        if kind == "background" and moq * c["wkg"] <= 400 and not c["dg"] and rng.random() < 0.4:
            m2, fee2 = "Air freight", round((60 + 3.1 * moq * c["wkg"]) * rng.uniform(0.9, 1.1), 2)
            shipping.append((m2, fee2, moq))
        if free_ship:
            shipping = [("Express (free shipping promotion)", 0.0, moq)] + shipping
    if custom == "auto":
        custom = []
        for opt in c["custom"]:
            if rng.random() < 0.45:
                custom.append((opt, nice(moq * rng.choice([2, 3, 5, 10]))))
    if sample == "auto":
        ref = tiers[0][1] if tiers else (skus[0][1] if skus else base)
        sample = (mprice(ref * rng.uniform(*c["sample"])) if (c["sample"] and rng.random() < 0.6 and ref < 50) else None)
    desc = make_desc(cid, lang, moq, rng, desc_moq)
    if desc_extra:
        desc = desc + " " + desc_extra
    title = PNAME[cid][li] + " " + (title_extra if title_extra else rng.choice(c["specs"]))
    ref_price = tiers[0][1] if tiers else (skus[0][1] if skus else base)
    L = collections.OrderedDict()
    L["schema"] = "listing.v1"; L["event_id"] = None; L["op"] = "upsert"; L["listing_id"] = None
    L["version"] = rng.randrange(1, 7); L["merchant_id"] = None; L["category_id"] = cid
    L["category_path"] = list(c["path"]); L["title"] = title; L["description"] = desc; L["currency"] = "USD"
    L["unit"] = c["unit"]; L["moq"] = moq
    L["price_tiers"] = [{"min_qty": q, "unit_price": p} for q, p in tiers]
    L["price_range"] = price_range
    L["skus"] = [mk_sku(i, nm, p, c["attr"]) for i, (nm, p) in enumerate(skus)]
    L["shipping"] = [{"method": m, "fee": f, "for_qty": q} for m, f, q in shipping]
    L["customization"] = [{"option": o, "min_qty": q} for o, q in custom]
    L["sample_price"] = sample
    L["updated_at"] = None
    # label
    expect = [code] if (kind == "violation") else []
    allow = []
    if kind == "violation":
        lo, hi = c["band"]
        prices = [p for _, p in tiers] + [p for _, p in skus] + ([price_range["min"], price_range["max"]] if price_range else [])
        if code != "off_market_price" and any(p <= lo / 2.5 or p >= hi * 2.5 for p in prices):
            allow.append("off_market_price")
        if code == "abused_sku" and price_range and not tiers:
            allow.append("fake_price_tier")
        if code == "fake_price_tier" and price_range and not tiers:
            allow.append("abused_sku")
    for a in extra_allow:
        if a not in allow and a not in expect:
            allow.append(a)
    if kind == "background":
        lnote = "background: clean listing of the category lang={}".format(lang)
    elif kind == "violation":
        lnote = "{}: {} lang={}".format(code, note, lang)
    else:
        lnote = "hard negative for {}: {} lang={}".format(code, note, lang)
    return dict(ev=L, expect=expect, allow=allow, note=lnote, kind=kind, code=code, lang=lang, tactic=note,
                meta=meta or {}, ref_price=ref_price)

CB, GI, SF, AG, SP, CF, EV, GH, CT = ("bamboo-cutting-boards", "galvanized-steel-coil", "stretch-wrap-film", "artificial-grass",
                                      "aerosol-spray-paint", "green-coffee-beans", "eva-slippers", "garden-hose",
                                      "stainless-cutlery-sets")
SPECIALS = []


def V(code, cid, lang, note, **kw):
    SPECIALS.append(("violation", code, cid, lang, note, kw))


def H(code, cid, lang, note, **kw):
    SPECIALS.append(("hard_negative", code, cid, lang, note, kw))


# --- fake_price_tier: bait tiers at every position, decimal shifts, absurd quantities, range ends
V("fake_price_tier", CB, "en", "bait last tier 0.21 after 4.20/3.95/3.70 (4 tiers)", tiers=[(200, 4.20), (1000, 3.95), (5000, 3.70), (20000, 0.21)])
V("fake_price_tier", EV, "zh", "3-tier ladder ending at 0.09 per pair (others 1.72-1.85)", tiers=[(500, 1.85), (2000, 1.72), (10000, 0.09)])
V("fake_price_tier", AG, "es", "bait in the MIDDLE tier: 0.35 between 5.60 and 5.10", tiers=[(100, 5.60), (500, 0.35), (2000, 5.10)])
V("fake_price_tier", CF, "pt", "bait in the FIRST tier: 0.45/kg at 60 kg, then 6.40 and 6.10", tiers=[(60, 0.45), (300, 6.40), (1000, 6.10)])
V("fake_price_tier", CT, "fr", "two tiers: 8.90, then 0.10 at 99,999 sets", tiers=[(100, 8.90), (99999, 0.10)])
V("fake_price_tier", SF, "de", "decimal-shift tier: 6.80, 6.50, then 0.62", tiers=[(100, 6.80), (500, 6.50), (2000, 0.62)])
V("fake_price_tier", GI, "it", "decimal-shift tier on steel: 785, 760, then 79 per ton", tiers=[(25, 785.0), (100, 760.0), (500, 79.0)])
V("fake_price_tier", GH, "ru", "0.01/m tier at an absurd 1,000,000 m", tiers=[(500, 0.62), (2000, 0.58), (1000000, 0.01)])
V("fake_price_tier", SP, "tr", "4-tier ladder 1.05/0.98/0.93 then 0.05 per can", tiers=[(1200, 1.05), (4800, 0.98), (12000, 0.93), (48000, 0.05)])
V("fake_price_tier", CB, "ar", "second of four tiers is 0.30 among 5.50/5.10/4.90", tiers=[(100, 5.50), (500, 0.30), (1000, 5.10), (3000, 4.90)])
V("fake_price_tier", AG, "hi", "range-priced: price_range min 0.05 while every SKU is 5.40-7.20",
  skus=[("20 mm", 5.40), ("30 mm", 6.30), ("40 mm", 7.20)], price_range=(0.05, 7.20), moq=200)
V("fake_price_tier", GI, "id", "range-priced steel: range starts at 8 USD/ton, SKUs 775-812",
  skus=[("0.3 mm", 812.0), ("0.5 mm", 790.0), ("0.8 mm", 775.0)], price_range=(8.0, 812.0), moq=25)
V("fake_price_tier", CF, "vi", "container tier 0.49/kg after 5.20 and 4.90", tiers=[(1000, 5.20), (5000, 4.90), (19200, 0.49)])
V("fake_price_tier", CT, "th", "middle tier 0.64 between 6.40 and 6.00", tiers=[(50, 6.40), (200, 0.64), (1000, 6.00)])
V("fake_price_tier", SP, "ja", "9,600-can tier at 0.09 after 1.20 and 1.12", tiers=[(480, 1.20), (2400, 1.12), (9600, 0.09)])
V("fake_price_tier", SF, "ko", "bait 4th of 5 tiers (0.66) inside a 7.20-6.30 ladder", tiers=[(100, 7.20), (500, 6.90), (2000, 6.60), (5000, 0.66), (10000, 6.30)])
H("fake_price_tier", CB, "en", "laser engraving set-up amortised: 9.80 -> 5.40 -> 3.90", tiers=[(50, 9.80), (500, 5.40), (3000, 3.90)],
  custom=[("Laser engraved logo", 50)], desc_extra="Price includes laser engraving; the engraving set-up (plate + jig) is spread over the order.")
H("fake_price_tier", CT, "de", "single gift-boxed set for shops vs wholesale: 14.50 -> 7.80 -> 6.20", tiers=[(1, 14.50), (100, 7.80), (1000, 6.20)],
  desc_extra="Einzelset im Geschenkkarton (Muster für Händler); ab 100 Sets Großhandelspreis.")
H("fake_price_tier", AG, "fr", "cut-to-size vs full rolls: 9.50 -> 5.20 -> 4.40", tiers=[(1, 9.50), (50, 5.20), (500, 4.40)],
  desc_extra="Découpe sur mesure pour les petites quantités ; rouleaux entiers 2 × 25 m dès 50 m².")
H("fake_price_tier", CF, "id", "1 kg vacuum sample pack vs 60 kg bag vs container: 16.00 -> 6.90 -> 5.60", tiers=[(1, 16.00), (60, 6.90), (19200, 5.60)],
  desc_extra="1 kg sample pack (vakum); karung goni 60 kg; 1 kontainer = 320 karung.")
H("fake_price_tier", SP, "zh", "custom colour matching, small batch carries mixing/line-cleaning cost: 3.20 -> 1.15 -> 0.82",
  tiers=[(100, 3.20), (1000, 1.15), (10000, 0.82)], desc_extra="定制调色，小批量含调色和洗线费用。")
H("fake_price_tier", GI, "ru", "1 t from stock with slitting vs mill-direct project lots: 920 -> 760 -> 705", tiers=[(1, 920.0), (25, 760.0), (500, 705.0)],
  desc_extra="1 т — со склада, с порезкой; от 25 т — прямые поставки с завода.")
H("fake_price_tier", EV, "ko", "new mould cost in small lots: 6.50 -> 2.40 -> 1.90", tiers=[(300, 6.50), (3000, 2.40), (10000, 1.90)],
  desc_extra="소량 주문은 신규 금형 제작 비용 포함, 3,000켤레부터 일반 단가.")

# --- off_market_price: unit confusion, placeholders, far below / far above the band
V("off_market_price", GI, "en", "65 USD/ton (band 600-950) on every tier", tiers=[(25, 65.0), (100, 62.0)])
V("off_market_price", CB, "zh", "999 placeholder price per board", tiers=[(100, 999.0)], skus=[("36x25 cm", 999.0), ("40x30 cm", 999.0)])
V("off_market_price", CF, "es", "per-ton price (4,350) published per kilogram", tiers=[(1000, 4350.0), (5000, 4200.0)])
V("off_market_price", EV, "pt", "0.05 per pair, all tiers", tiers=[(500, 0.05), (3000, 0.048)])
V("off_market_price", AG, "fr", "0.18 per m² (band 2-10)", tiers=[(200, 0.18), (1000, 0.17)])
V("off_market_price", CT, "de", "349 per basic 24-piece set (band 2.20-24)", tiers=[(50, 349.0), (200, 339.0)])
V("off_market_price", SP, "it", "0.03 per 400 ml can", tiers=[(1200, 0.03), (4800, 0.028)])
V("off_market_price", GH, "ru", "12.50 per metre of 1/2\" PVC hose (band 0.25-1.80)", tiers=[(500, 12.50), (2000, 12.00)])
V("off_market_price", SF, "tr", "0.19 per hand roll", tiers=[(100, 0.19), (500, 0.18)])
V("off_market_price", CF, "ar", "0.08 per kg of green coffee", tiers=[(300, 0.08), (1000, 0.075)])
V("off_market_price", EV, "hi", "45 per pair of plain EVA slippers", tiers=[(300, 45.0), (1000, 43.0)])
V("off_market_price", GI, "id", "range-priced 8,600-9,100 per ton (10x band)", skus=[("0.4 mm", 9100.0), ("0.6 mm", 8850.0), ("1.0 mm", 8600.0)], moq=25)
V("off_market_price", CB, "vi", "0.06 per board", tiers=[(500, 0.06), (2000, 0.055)])
V("off_market_price", AG, "th", "88 per m² of 30 mm landscape grass", tiers=[(100, 88.0), (500, 85.0)])
V("off_market_price", CT, "ja", "0.10 per 24-piece set", tiers=[(100, 0.10), (1000, 0.09)])
V("off_market_price", SP, "ko", "19.90 per standard acrylic can (band 0.40-2.00)", tiers=[(480, 19.90), (2400, 18.90)])
H("off_market_price", CF, "en", "Panama Geisha competition micro-lot at 22/kg, stated as specialty", tiers=[(60, 22.0), (300, 21.0)],
  desc_extra="Panama Geisha, washed, SCA 89+, competition micro-lot, only 20 bags.")
H("off_market_price", GI, "zh", "secondary / prime-rejected coil at 520/ton, disclosed", tiers=[(25, 520.0), (100, 505.0)],
  desc_extra="次品卷（二级品），表面有轻微划伤，适合低端用途，不退换。")
H("off_market_price", CT, "de", "72-piece premium set in walnut case at 52/set", tiers=[(20, 52.0), (100, 49.0)],
  title_extra="72-tlg. Premium im Nussbaumkoffer", desc_extra="72 Teile, 18/10, PVD-beschichtet, im Walnussholzkoffer.")
H("off_market_price", EV, "es", "clearance B-grade stock at 0.42/pair, disclosed", tiers=[(1000, 0.42), (5000, 0.40)],
  desc_extra="Stock de liquidación, tallas mezcladas, segunda calidad.")
H("off_market_price", AG, "fr", "FIFA-quality 60 mm football turf with shock pad at 14.80/m²", tiers=[(500, 14.80), (2000, 13.90)],
  desc_extra="Gazon de football 60 mm, certifié FIFA Quality, avec sous-couche amortissante.")
H("off_market_price", SF, "ja", "machine jumbo roll 500 mm x 1500 m (~16 kg) at 23/roll", tiers=[(20, 23.0), (100, 21.5)],
  title_extra="機械巻き用ジャンボロール 500mm×1500m", desc_extra="機械巻き用、1本約16kg。")
H("off_market_price", SP, "ko", "800 °C high-temperature silicone paint at 3.90/can", tiers=[(480, 3.90), (2400, 3.60)],
  desc_extra="내열 800℃ 머플러·난로용 특수 실리콘 수지 도료.")


def shp(cid, qty, fee, method=None):
    return [(method or norm_ship(cid, qty)[0], fee, qty)]


# --- inflated_shipping: low price, shipping far above what the quantity costs to ship
V("inflated_shipping", AG, "en", "seed-style: 100 m² at 1.20 with 22,899,929.67 shipping", tiers=[(100, 1.20), (1000, 1.10)],
  shipping=shp(AG, 100, 22899929.67, "Seller's Shipping Method 5"))
V("inflated_shipping", CB, "zh", "0.50/board, 3,880 LCL freight for 100 boards (~90 kg)", tiers=[(100, 0.50), (1000, 0.45)], shipping=shp(CB, 100, 3880.0))
V("inflated_shipping", EV, "es", "0.30/pair, express 2,600 for 100 pairs (35 kg)", tiers=[(100, 0.30), (1000, 0.28)], shipping=shp(EV, 100, 2600.0, "Express"))
V("inflated_shipping", CF, "pt", "1.10/kg, 2,980 freight for one 60 kg bag", tiers=[(60, 1.10), (600, 1.00)], shipping=shp(CF, 60, 2980.0))
V("inflated_shipping", SP, "fr", "0.12/can, 2,450 for one carton of 48 cans", tiers=[(48, 0.12), (480, 0.11)], shipping=shp(SP, 48, 2450.0, "Express"))
V("inflated_shipping", GH, "de", "0.05/m, DHL 1,900 for 100 m (22 kg)", tiers=[(100, 0.05), (1000, 0.045)], shipping=shp(GH, 100, 1900.0, "DHL Express"))
V("inflated_shipping", CT, "it", "0.80/set, 3,600 air freight for 50 sets", tiers=[(50, 0.80), (500, 0.75)], shipping=shp(CT, 50, 3600.0, "Air freight"))
V("inflated_shipping", SF, "ru", "0.90/roll, 4,200 LCL for 100 rolls", tiers=[(100, 0.90), (1000, 0.85)], shipping=shp(SF, 100, 4200.0))
V("inflated_shipping", GI, "tr", "120/ton, 48,000 sea freight for 25 t", tiers=[(25, 120.0), (100, 115.0)], shipping=shp(GI, 25, 48000.0))
V("inflated_shipping", AG, "ar", "0.90/m², 9,500 LCL for 200 m²", tiers=[(200, 0.90), (1000, 0.85)], shipping=shp(AG, 200, 9500.0))
V("inflated_shipping", EV, "hi", "0.25/pair, 14,999 freight for 500 pairs", tiers=[(500, 0.25), (2000, 0.23)], shipping=shp(EV, 500, 14999.0))
V("inflated_shipping", CF, "id", "0.80/kg, 'ongkir' 3,400 for 100 kg", tiers=[(100, 0.80), (1000, 0.75)], shipping=shp(CF, 100, 3400.0, "Ekspedisi laut (LCL)"))
V("inflated_shipping", CT, "vi", "0.90/set, 1,800 for 20 sets", tiers=[(20, 0.90), (200, 0.85)], shipping=shp(CT, 20, 1800.0, "Express"))
V("inflated_shipping", GH, "th", "0.06/m, 2,600 for 200 m", tiers=[(200, 0.06), (2000, 0.055)], shipping=shp(GH, 200, 2600.0))
V("inflated_shipping", CB, "ja", "0.30/board, 980 express for 10 boards", tiers=[(10, 0.30), (100, 0.28)], shipping=shp(CB, 10, 980.0, "Express (EMS)"))
V("inflated_shipping", SF, "ko", "'무료배송' in text, 1.50/roll with 2,899 shipping for 10 rolls", tiers=[(10, 1.50), (100, 1.40)],
  shipping=shp(SF, 10, 2899.0, "Express"), desc_extra="무료배송 이벤트!")
H("inflated_shipping", SP, "en", "dangerous goods (UN1950 class 2.1) LCL with DG declaration: 720 for 240 cans", tiers=[(240, 0.85), (1200, 0.80)],
  shipping=shp(SP, 240, 720.0, "Sea freight LCL (DG class 2.1, incl. DG declaration & DG packing)"),
  desc_extra="Aerosols ship as dangerous goods (UN1950, class 2.1): no express, DG surcharge applies to small lots.")
H("inflated_shipping", AG, "it", "oversize 4 m-wide rolls, LCL + inland trucking to Kampala: 980 for 100 m²", tiers=[(100, 5.20), (500, 4.90)],
  shipping=shp(AG, 100, 980.0, "LCL + inland trucking to Kampala (oversize 4 m rolls)"), desc_extra="Rotoli larghi 4 m (fuori sagoma).")
H("inflated_shipping", CF, "de", "1 kg sample by DHL at 48 (minimum express charge)", tiers=[(1, 7.50), (60, 6.80)], shipping=shp(CF, 1, 48.0, "DHL Express (sample)"))
H("inflated_shipping", GI, "ru", "25 t by rail to Almaty, door delivery: 3,900", tiers=[(25, 745.0), (100, 730.0)], shipping=shp(GI, 25, 3900.0, "Ж/д до Алматы (до двери)"))
H("inflated_shipping", CB, "pt", "1 board by express at 32 vs goods 3.50", tiers=[(1, 3.50), (100, 2.90)], shipping=shp(CB, 1, 32.0, "Express (DHL)"))
H("inflated_shipping", GH, "tr", "one 50 m reel by FedEx at 95", tiers=[(50, 0.60), (1000, 0.48)], shipping=shp(GH, 50, 95.0, "Express (FedEx)"))
H("inflated_shipping", CT, "vi", "air freight door-to-door 880 for 100 sets (160 kg)", tiers=[(100, 6.50), (500, 6.10)], shipping=shp(CT, 100, 880.0, "Air freight (door to door)"))

# --- abused_sku: decoy variants
V("abused_sku", CB, "en", "seed-style decoys: oil bottle 0.30, hook 0.05, thank-you card 0.01, gift bag 0.08",
  skus=[("30x20 cm", 4.10), ("40x30 cm", 5.20), ("Oil bottle 50ml", 0.30), ("Hanging hook", 0.05), ("Thank you card", 0.01), ("Gift bag", 0.08)], moq=200)
V("abused_sku", EV, "zh", "'补差价链接' price-difference SKU at 0.10", skus=[("36-37", 1.60), ("38-39", 1.65), ("40-41", 1.70), ("补差价链接 price difference", 0.10)], moq=500)
V("abused_sku", AG, "es", "A4 sample SKU at 0.01 per m²", skus=[("30 mm", 4.20), ("35 mm", 4.90), ("40 mm", 5.60), ("Muestra A4", 0.01)], moq=200)
V("abused_sku", CF, "pt", "'100 g sample' SKU at 0.35 in a per-kg listing", skus=[("Arábica S16 (saca 60 kg)", 6.20), ("Arábica S18", 6.90), ("Amostra 100 g", 0.35)], moq=300)
V("abused_sku", GI, "fr", "'1 kg' SKU at 0.85 in a per-ton listing", skus=[("0,5 mm", 780.0), ("0,8 mm", 765.0), ("1 kg (échantillon)", 0.85)], moq=25)
V("abused_sku", GH, "de", "connector-only SKU at 0.09 per metre", skus=[("1/2 Zoll", 0.55), ("3/4 Zoll", 0.85), ("Schlauchkupplung (nur Verbinder)", 0.09)], moq=1000)
V("abused_sku", CT, "it", "single teaspoon SKU at 0.12 in a set listing", skus=[("16 pezzi", 4.40), ("24 pezzi", 5.80), ("30 pezzi", 7.20), ("cucchiaino singolo", 0.12)], moq=100)
V("abused_sku", SF, "ru", "empty core tube SKU at 0.05", skus=[("500 мм × 300 м", 5.20), ("500 мм × 400 м", 6.20), ("втулка без плёнки", 0.05)], moq=100)
V("abused_sku", SP, "tr", "cap-only 0.01 and empty-can 0.03 SKUs", skus=[("Siyah", 0.78), ("Beyaz", 0.78), ("Metalik", 0.95), ("sadece kapak", 0.01), ("boş kutu", 0.03)], moq=1200)
V("abused_sku", EV, "ar", "'contact us for price' SKU at 0.01", skus=[("38-39", 1.90), ("40-41", 1.95), ("تواصل معنا للسعر", 0.01)], moq=500)
V("abused_sku", GI, "hi", "high-side decoy: 'full container 25 MT' SKU at 19,250 in a per-ton listing",
  skus=[("0.4 mm", 790.0), ("0.6 mm", 775.0), ("Full container 25 MT", 19250.0)], moq=25)
V("abused_sku", AG, "id", "shipping-link SKU ('link ongkir') at 0.10", skus=[("25 mm", 3.80), ("35 mm", 4.60), ("Ongkir / link ongkos kirim", 0.10)], moq=100)
V("abused_sku", CF, "vi", "shipping-fee payment link SKU at 0.50/kg", skus=[("Robusta S18", 3.90), ("Arabica Cầu Đất", 6.80), ("Phí ship (link thanh toán phí vận chuyển)", 0.50)], moq=300)
V("abused_sku", CB, "th", "high-side decoy: 'made to order, ask us' SKU at 999", skus=[("เขียงเล็ก 30x20", 3.20), ("เขียงกลาง 36x25", 4.10), ("สินค้าสั่งทำ ติดต่อสอบถาม", 999.0)], moq=100)
V("abused_sku", SP, "ja", "nozzle-only SKU at 0.02", skus=[("黒", 0.90), ("白", 0.90), ("ノズルのみ", 0.02)], moq=480)
V("abused_sku", SF, "ko", "'1 m sample' SKU at 0.01 per roll", skus=[("500mm×300m", 5.80), ("500mm×400m", 7.10), ("샘플 1m", 0.01)], moq=100)
H("abused_sku", GH, "en", "diameters 1/2\" 0.32 to 1\" 1.05 (3.3x, real material difference)", skus=[("1/2 inch", 0.32), ("3/4 inch", 0.58), ("1 inch", 1.05)], moq=1000)
H("abused_sku", CT, "de", "16-piece 3.90 to 72-piece in wooden case 19.50 (set size)", skus=[("16-tlg.", 3.90), ("24-tlg.", 5.60), ("72-tlg. im Holzkoffer", 19.50)], moq=50)
H("abused_sku", AG, "es", "pile height 10 mm 2.30 to 50 mm 8.90", skus=[("10 mm", 2.30), ("20 mm", 3.60), ("35 mm", 5.80), ("50 mm", 8.90)], moq=200)
H("abused_sku", EV, "tr", "kids 0.95, adults 1.65, XXL 2.10", skus=[("Çocuk 24-35", 0.95), ("Yetişkin 36-45", 1.65), ("XXL 46-48", 2.10)], moq=500)
H("abused_sku", SF, "ru", "hand rolls 300 m 3.90 / 500 m 6.20 and machine roll 1500 m 17.80", skus=[("ручной 300 м", 3.90), ("ручной 500 м", 6.20), ("машинный 1500 м", 17.80)], moq=100)
H("abused_sku", CF, "id", "grades from Robusta G4 asalan 3.40 to Arabica Gayo peaberry 9.20",
  skus=[("Robusta G4 asalan", 3.40), ("Robusta G1", 4.20), ("Arabica Gayo G1", 7.60), ("Arabica Gayo Peaberry", 9.20)], moq=300)
H("abused_sku", CB, "zh", "sizes 20x15 1.55 to 60x40 3 cm butcher block 11.80", skus=[("20x15 小号", 1.55), ("30x20", 2.20), ("40x30", 3.90), ("60x40 加厚3cm", 11.80)], moq=200)
H("abused_sku", SP, "ja", "standard 0.62, fluorescent 0.95, chrome-effect 1.85, 600 °C heat-resistant 1.95",
  skus=[("標準色", 0.62), ("蛍光色", 0.95), ("メッキ調", 1.85), ("耐熱600℃", 1.95)], moq=1200)

# --- false_moq: MOQ field contradicted by description (every language, number words, native digits, packs),
#     by the tiers, or by an absurd customisation minimum
V("false_moq", EV, "en", "moq field 2, description 'MOQ: 3000 pairs per colour'", moq=2, tiers=[(2, 1.45), (3000, 1.30), (10000, 1.22)],
  desc_moq="MOQ: 3000 pairs per colour (sizes can be mixed).", meta=dict(real=3000))
V("false_moq", CB, "zh", "moq 1, description '起订量五千个' (number word)", moq=1, tiers=[(1, 3.20), (5000, 2.95)], desc_moq="起订量五千个，可混款，", meta=dict(real=5000))
V("false_moq", GI, "es", "moq 1 t, description: minimum one 20' container (about 25 t)", moq=1, tiers=[(1, 780.0), (100, 755.0)],
  desc_moq="Pedido mínimo: 1 contenedor de 20' (aprox. 25 toneladas).", meta=dict(real=25))
V("false_moq", CT, "pt", "moq 1, description 'pedido mínimo de 5 mil jogos'", moq=1, tiers=[(1, 4.80), (10000, 4.50)],
  desc_moq="Pedido mínimo de 5 mil jogos por modelo.", meta=dict(real=5000))
V("false_moq", AG, "fr", "moq 1 m², description 'minimum 1 000 m² (4 rouleaux de 2 × 125 m)'", moq=1, tiers=[(1, 4.10), (2000, 3.80)],
  desc_moq="Minimum de commande : 1 000 m² (4 rouleaux de 2 × 125 m).", meta=dict(real=1000))
V("false_moq", SF, "de", "moq 1 roll, description 'Mindestbestellmenge: 2.000 Rollen'", moq=1, tiers=[(1, 5.40), (5000, 5.10)],
  desc_moq="Mindestbestellmenge: 2.000 Rollen (auch gemischt).", meta=dict(real=2000))
V("false_moq", GH, "it", "moq 1 m, description '3 pallet da 40 rotoli da 50 m' (= 6,000 m)", moq=1, tiers=[(1, 0.52), (10000, 0.48)],
  desc_moq="Ordine minimo: 3 pallet da 40 rotoli da 50 m.", meta=dict(real=6000))
V("false_moq", CF, "ru", "moq 1 kg, description: one 20' container (320 bags x 60 kg)", moq=1, tiers=[(1, 5.90), (19200, 5.60)],
  desc_moq="Минимальная партия — один 20-футовый контейнер (320 мешков по 60 кг).", meta=dict(real=19200))
V("false_moq", SP, "tr", "moq 1, description '20 koli (koli içi 48 adet)' (= 960 cans)", moq=1, tiers=[(1, 0.85), (5000, 0.79)],
  desc_moq="Minimum sipariş 20 koli (koli içi 48 adet).", meta=dict(real=960))
V("false_moq", EV, "ar", "moq 1, description in Arabic-Indic digits: ١٢٠٠ pairs per colour", moq=1, tiers=[(1, 1.70), (5000, 1.55)],
  desc_moq="الحد الأدنى للطلب ١٢٠٠ زوج لكل لون.", meta=dict(real=1200))
V("false_moq", CB, "hi", "moq 2, description in Devanagari digits: १००० pieces per size", moq=2, tiers=[(2, 3.60), (3000, 3.30)],
  desc_moq="न्यूनतम ऑर्डर: १००० पीस प्रति साइज़।", meta=dict(real=1000))
V("false_moq", GH, "th", "moq 1, description in Thai digits: ๒,๐๐๐ m per colour", moq=1, tiers=[(1, 0.45), (5000, 0.41)],
  desc_moq="สั่งขั้นต่ำ ๒,๐๐๐ เมตร ต่อสี", meta=dict(real=2000))
V("false_moq", CT, "ja", "moq 1, description in full-width digits: ３００セット", moq=1, tiers=[(1, 6.20), (1000, 5.80)],
  desc_moq="最低ロット：３００セット（化粧箱入り）。", meta=dict(real=300))
V("false_moq", AG, "ko", "moq 1, description '최소 주문 수량: 500㎡ (롤 단위)'", moq=1, tiers=[(1, 4.60), (1000, 4.30)],
  desc_moq="최소 주문 수량: 500㎡ (롤 단위 판매).", meta=dict(real=500))
V("false_moq", CF, "vi", "moq 1 kg, description 'một tấn' (one ton, number word)", moq=1, tiers=[(1, 4.30), (5000, 4.10)],
  desc_moq="Đơn hàng tối thiểu một tấn, đóng bao 60 kg.", meta=dict(real=1000))
V("false_moq", SP, "id", "moq 1, description '2 ribu pcs' (number word)", moq=1, tiers=[(1, 0.70), (10000, 0.66)],
  desc_moq="Minimal order 2 ribu pcs, bisa campur warna.", meta=dict(real=2000))
V("false_moq", CB, "fr", "moq field 1 but the first price tier starts at 500", moq=1, tiers=[(500, 3.10), (2000, 2.90), (10000, 2.70)], desc_moq=None, meta=dict(real=500))
V("false_moq", GI, "de", "moq field 1 t but tiers start at 25 t", moq=1, tiers=[(25, 770.0), (100, 750.0)], desc_moq=None, meta=dict(real=25))
V("false_moq", EV, "es", "customised-logo minimum of 50,000,000 pairs (seed shape)", moq=500, tiers=[(500, 1.40), (3000, 1.32)],
  custom=[("Customized logo", 50000000)], meta=dict(real=50000000, custom=True))
V("false_moq", CT, "it", "moq 1, description gives a range 'ordine minimo 500-1000 set'", moq=1, tiers=[(1, 5.90), (2000, 5.50)],
  desc_moq="Ordine minimo 500-1000 set a seconda del modello.", meta=dict(real=500))
H("false_moq", CB, "en", "stock MOQ 100, custom logo from 3,000 disclosed in the customisation offer", moq=100, tiers=[(100, 3.40), (1000, 3.15)],
  custom=[("Laser engraved logo", 3000)], desc_moq="Stock designs MOQ 100 pcs; custom logo / laser engraving from 3,000 pcs.", meta=dict(real=100))
H("false_moq", SP, "zh", "sample 1 can, bulk MOQ 1200 stated consistently", moq=1200, tiers=[(1200, 0.92), (4800, 0.86)], sample=3.5,
  desc_moq="样品1罐起，大货起订量1200罐，", meta=dict(real=1200))
H("false_moq", EV, "ar", "MOQ 500 in Arabic-Indic digits, equal to the field", moq=500, tiers=[(500, 1.75), (3000, 1.62)],
  desc_moq="الحد الأدنى للطلب ٥٠٠ زوج.", meta=dict(real=500))
H("false_moq", SF, "th", "MOQ 100 rolls in Thai digits, equal to the field", moq=100, tiers=[(100, 5.30), (1000, 5.00)],
  desc_moq="สั่งขั้นต่ำ ๑๐๐ ม้วน", meta=dict(real=100))
H("false_moq", AG, "de", "MOQ 1,000 m²; a container-capacity figure (4,500 m²) also appears", moq=1000, tiers=[(1000, 3.90), (4500, 3.70)],
  desc_moq="Mindestmenge 1.000 m². Ladekapazität ca. 4.500 m² pro 40'HC.", meta=dict(real=1000))
H("false_moq", EV, "es", "clearance stock: no minimum, 18.000 pairs available", moq=1, tiers=[(1, 0.95), (1000, 0.90)],
  desc_moq="Liquidación de stock: 18.000 pares disponibles, sin pedido mínimo.", meta=dict(real=1))
H("false_moq", SP, "ja", "MOQ one carton = 48 cans (full-width), field 48", moq=48, tiers=[(48, 1.10), (480, 1.02)],
  desc_moq="最低ロット：１ケース（４８本入り）。", meta=dict(real=48), shipping=shp(SP, 48, 285.0))
H("false_moq", CF, "ko", "MOQ one 60 kg bag, field 60", moq=60, tiers=[(60, 6.10), (300, 5.85)], desc_moq="최소 주문: 1포대 (60kg).", meta=dict(real=60))

# ----------------------------------------------------------------------------------------------
# assemble listings
# ----------------------------------------------------------------------------------------------
MERCHANTS = ["SM-{}".format(4001 + i) for i in range(90)]
REPEAT_OFF_A, REPEAT_OFF_B, REPEAT_TA = "SM-4007", "SM-4031", "SM-4052"
T0 = datetime.datetime(2026, 5, 1, 0, 0, 0)
FREE_SHIP_BG = {(0, 3), (6, 5), (8, 2)}


def build_listings(rng):
    items = []
    for ci, cid in enumerate(CATS):
        for i in range(17):
            lang = LANGS[(ci * 7 + i) % 16]
            items.append(build_listing(cid, lang, rng, free_ship=(ci, i) in FREE_SHIP_BG))
    for kind, code, cid, lang, note, kw in SPECIALS:
        items.append(build_listing(cid, lang, rng, kind=kind, code=code, note=note, **kw))
    rng.shuffle(items)
    t = T0
    for n, it in enumerate(items):
        lid = "SL-{}".format(100001 + n)
        ev = it["ev"]
        ev["listing_id"] = lid
        ev["event_id"] = eid("listing", lid)
        ev["merchant_id"] = MERCHANTS[rng.randrange(len(MERCHANTS))]
        t += datetime.timedelta(minutes=rng.randrange(40, 160), seconds=rng.randrange(60))
        ev["updated_at"] = ts(t)
    # the three repeat offenders must own background listings (complaints need one)
    bgs = [it for it in items if it["kind"] == "background"]
    for k, m in enumerate([REPEAT_OFF_A, REPEAT_OFF_B, REPEAT_TA]):
        for it in bgs[k * 5: k * 5 + 2]:
            it["ev"]["merchant_id"] = m
    return items


# ----------------------------------------------------------------------------------------------
# conversations
# ----------------------------------------------------------------------------------------------
def M(sender, text, expect=(), allow=(), note=None, kind="text", stage="none", meta=None, gap=None):
    return dict(sender=sender, text=text, expect=list(expect), allow=list(allow), note=note, kind=kind, stage=stage,
                meta=meta or {}, gap=gap)


def conv_specs(lang, rng):
    b = B[lang]
    pk = lambda lst: lst[rng.randrange(len(lst))]
    BUY = lambda t, stage="none": M("buyer", t, note="buyer message (never a violation)", stage=stage)
    SBG = lambda t: M("seller", t, note="clean: background answer")
    convs = []

    def qa():
        i = rng.randrange(len(b["bo"]))
        return [BUY(b["bo"][i]), SBG(b["sb"][i])]
    # off-platform contact
    offs = b["off"]
    groups = [[o] for o in offs[:4]] + [offs[k:k + 2] for k in range(4, len(offs), 2)]
    for gi, g in enumerate(groups):
        q = qa()
        ms = [q[0]]
        for j, (tac, evas, kind, text, allow_ta) in enumerate(g):
            if kind == "signature":
                ms.append(q[1] if j == 0 else SBG(pk(b["sb"])))
            ms.append(M("seller", text, [OFF], [TA] if allow_ta else [], kind=kind,
                        note="offplatform_contact: {} ({})".format(tac, "evasive" if evas else "plain"),
                        meta=dict(code=OFF, tactic=tac, evasive=evas), gap="sig" if kind == "signature" else None))
            if j < len(g) - 1:
                ms.append(BUY(pk(b["bf"])))
        merchant = None
        if gi < 4 and lang in ("en", "zh", "pt"):
            merchant = REPEAT_OFF_A
        elif gi < 4 and lang in ("ru", "tr", "ar"):
            merchant = REPEAT_OFF_B
        convs.append(dict(kind="off", merchant=merchant, cat=None, msgs=ms))
    tac, frags, inter, after, exp_idx = b["split"]
    ms = [BUY(pk(b["bo"]))]
    for k, f in enumerate(frags):
        if k in exp_idx:
            ms.append(M("seller", f, [OFF], note="offplatform_contact: {}; part {}/{} carries the intent (evasive)".format(tac, k + 1, len(frags)),
                        meta=dict(code=OFF, tactic="split: " + tac, evasive=True), gap="frag" if k else None))
        else:
            ms.append(M("seller", f, [], [OFF], note="offplatform (fragment): part {}/{} of a split number; flagging it alone is optional".format(k + 1, len(frags)),
                        gap="frag" if k else None))
        if inter and k == after:
            ms.append(BUY(inter))
    convs.append(dict(kind="off", merchant=None, cat=None, msgs=ms))
    # Trade Assurance refusals
    tas = b["ta"]

    def tam(t):
        tac, prompted, text, allow_off = t
        return M("seller", text, [TA], [OFF] if allow_off else [],
                 note="trade_assurance_refusal: {} ({})".format(tac, "after the buyer asked for TA" if prompted else "unprompted"),
                 meta=dict(code=TA, tactic=tac))
    q = qa()
    c0 = ([q[0], BUY(b["tab"][0])] if tas[0][1] else q) + [tam(tas[0])]
    convs.append(dict(kind="ta", merchant=REPEAT_TA if lang in ("en", "de", "fr", "it", "ja", "ko") else None, cat=None, msgs=c0))
    c1 = [BUY(pk(b["bo"]))] + ([BUY(b["tab"][1])] if tas[1][1] else []) + [tam(tas[1])]
    convs.append(dict(kind="ta", merchant=None, cat=None, msgs=c1))
    q = qa()
    c2 = ([q[0], BUY(b["tab"][0])] if tas[2][1] else q) + [tam(tas[2]), BUY(b["why"]), tam(tas[3])]
    convs.append(dict(kind="ta", merchant=None, cat=None, msgs=c2))
    for t in tas[4:]:
        convs.append(dict(kind="ta", merchant=None, cat=None, msgs=[BUY(b["tab"][1]), tam(t)]))
    # hard negatives

    def hnm(h):
        tac, target, kind, allow, text = h
        note = ("ambiguous: " + tac) if allow else "hard negative for {}: {}".format(target, tac)
        return M("seller", text, [], allow, note=note, kind=kind, meta=dict(hn=target, tactic=tac))

    def tok(t):
        tac, text, allow = t
        note = ("ambiguous (Trade Assurance): " + tac) if allow else "hard negative for trade_assurance_refusal: " + tac
        return M("seller", text, [], allow, note=note, meta=dict(hn=TA, tactic=tac))
    ms = [*qa(), BUY(b["ask"]),
          M("seller", b["give"], note="hard negative for offplatform_contact: buyer asked for the contact first, seller answers",
            meta=dict(hn=OFF, tactic="buyer asked first, seller gives the contact"))]
    convs.append(dict(kind="hn", merchant=None, cat=None, msgs=ms))
    ob, osl = b["ord"]
    convs.append(dict(kind="hn", merchant=None, cat=None, msgs=[
        BUY(ob, "ordered"),
        M("seller", osl, stage="ordered", note="hard negative for offplatform_contact: order exists; asks consignee phone/e-mail for customs",
          meta=dict(hn=OFF, tactic="order-stage request for phone/e-mail (allowed by the rules)")),
        BUY(b["bf"][0], "ordered"),
        M("seller", b["track"], stage="shipping", note="hard negative for offplatform_contact: tracking number during shipping",
          meta=dict(hn=OFF, tactic="tracking number (long digit string)"))]))
    hn, tk = b["hn"], b["taok"]
    ms = [BUY(pk(b["bo"])), hnm(hn[0]), BUY(pk(b["bf"])), hnm(hn[1])]
    for h in hn[3:]:
        ms += [BUY(pk(b["bf"])), hnm(h)]
    convs.append(dict(kind="hn", merchant=None, cat=None, msgs=ms))
    convs.append(dict(kind="hn", merchant=None, cat=None, msgs=[*qa(), BUY(b["tab"][0]), tok(tk[0])]))
    convs.append(dict(kind="hn", merchant=None, cat=None, msgs=[BUY(pk(b["bo"])), hnm(hn[2]), BUY(b["bf"][1]), tok(tk[1])]))
    for t in tk[2:]:
        convs.append(dict(kind="hn", merchant=None, cat=None, msgs=[BUY(pk(b["bo"])), BUY(b["tab"][1]), tok(t)]))
    for x in b.get("x", []):
        ms = []
        for sender, kind, stage, text, exp, alw, note in x["msgs"]:
            meta = {}
            if sender == "seller" and note.startswith("hard negative for "):
                meta = dict(hn=note.split(":")[0][len("hard negative for "):], tactic=note.split(": ", 1)[1])
            ms.append(M(sender, text, exp, alw, note=note, kind=kind, stage=stage, meta=meta))
        convs.append(dict(kind="x", merchant=None, cat=x["cat"], msgs=ms))
    # plain background
    if lang in ("es", "fr", "it", "vi", "ko"):
        convs.append(dict(kind="bg", merchant=None, cat=None, msgs=[*qa(), BUY(b["bf"][1]), SBG(b["sf"][0])]))
    for c in convs:
        c["lang"] = lang
    return convs


def build_conversations(rng, items):
    bg_by_merchant = collections.defaultdict(list)
    for it in items:
        if it["kind"] == "background":
            bg_by_merchant[it["ev"]["merchant_id"]].append(it)
    mlist = sorted(bg_by_merchant)
    by_cat = collections.defaultdict(list)
    for m in mlist:
        for it in bg_by_merchant[m]:
            if m not in by_cat[it["ev"]["category_id"]]:
                by_cat[it["ev"]["category_id"]].append(m)
    allc = []
    for lang in LANGS:
        allc.extend(conv_specs(lang, rng))
    out = []
    for c in allc:
        if c["cat"]:
            m = by_cat[c["cat"]][rng.randrange(len(by_cat[c["cat"]]))]
            cands = [it for it in bg_by_merchant[m] if it["ev"]["category_id"] == c["cat"]]
        else:
            m = c["merchant"] or mlist[rng.randrange(len(mlist))]
            cands = bg_by_merchant[m]
        lst = cands[rng.randrange(len(cands))]
        ref = dict(category_id=lst["ev"]["category_id"], moq=lst["ev"]["moq"], _ref_price=lst["ref_price"])
        ctx = Ctx(rng, c["lang"], m, ref)
        buyer = "SB-{}".format(6001 + rng.randrange(260))
        has_sig = any(x["kind"] == "signature" for x in c["msgs"])
        has_auto = any(x["kind"] == "auto_reply" for x in c["msgs"])
        if has_sig:
            channel = "inquiry"
        elif has_auto:
            channel = "chat"
        else:
            r = rng.random()
            channel = "chat" if r < 0.72 else "inquiry" if r < 0.86 else "rfq" if r < 0.94 else "site_message"
        t = T0 + datetime.timedelta(days=5, seconds=rng.randrange(0, 50 * 86400))
        msgs = []
        prev = None
        for x in c["msgs"]:
            if prev is not None:
                if x["kind"] == "auto_reply":
                    d = rng.randrange(2, 10)
                elif x["gap"] == "frag":
                    d = rng.randrange(4, 41)
                elif x["gap"] == "sig":
                    d = rng.randrange(10, 61)
                elif x["sender"] == "seller" and prev == "buyer":
                    d = rng.randrange(60, 45 * 60)
                elif x["sender"] == "buyer":
                    d = rng.randrange(120, 120 * 60)
                else:
                    d = rng.randrange(60, 20 * 60)
                t = t + datetime.timedelta(seconds=d)
            prev = x["sender"]
            msgs.append(dict(x, text=ctx.fill(x["text"]), sent_at=t))
        out.append(dict(lang=c["lang"], kind=c["kind"], merchant=m, buyer=buyer, channel=channel, msgs=msgs,
                        listing=lst["ev"]["listing_id"]))
    out.sort(key=lambda c: (c["msgs"][0]["sent_at"], c["lang"]))
    return out


# ----------------------------------------------------------------------------------------------
# orders and complaints
# ----------------------------------------------------------------------------------------------
ORDER_RECIPES = [
    # (expect, allow, note, function(quoted) -> charged, listing selector)
    (True, "charged 3x the quoted freight", lambda q: round(q * 3, 2), "bg"),
    (True, "charged 12% above the quote", lambda q: round(q * 1.12, 2), "bg"),
    (True, "free shipping quoted, 48.00 charged", lambda q: 48.0, "free"),
    (True, "decimal shift: charged 10x the quote", lambda q: round(q * 10, 2), "bg"),
    (True, "flat 45.00 'remote area surcharge' added", lambda q: round(q + 45, 2), "bg"),
    (True, "charged the CNY figure as USD (x7.1)", lambda q: round(q * 7.1, 2), "bg"),
    (True, "+1.20 over the quote (above rounding)", lambda q: round(q + 1.2, 2), "bg"),
    (True, "double-charged freight (2x)", lambda q: round(q * 2, 2), "bg"),
    (True, "'peak season' +18%", lambda q: round(q * 1.18, 2), "bg"),
    (True, "switched to air freight without consent (4.2x)", lambda q: round(q * 4.2, 2), "bg"),
    (True, "recounted cartons, +35%", lambda q: round(q * 1.35, 2), "bg"),
    (True, "'fuel surcharge' +9%", lambda q: round(q * 1.09, 2), "bg"),
    (True, "another shipment's freight (310.00) added on top", lambda q: round(q + 310, 2), "bg"),
    (False, "clean: charged exactly the quote", lambda q: q, "bg"),
    (False, "clean: charged exactly the quote", lambda q: q, "bg"),
    (False, "clean: charged exactly the quote", lambda q: q, "bg"),
    (False, "clean: charged exactly the quote", lambda q: q, "bg"),
    (False, "clean: charged exactly the quote", lambda q: q, "bg"),
    (False, "clean: charged exactly the quote", lambda q: q, "bg"),
    (False, "clean: 'US $20 off shipping' coupon applied", lambda q: round(max(q - 20, 0), 2), "bg"),
    (False, "clean: 15% shipping discount", lambda q: round(q * 0.85, 2), "bg"),
    (False, "clean: consolidated with another order, cheaper", lambda q: round(q * 0.7, 2), "bg"),
    (False, "clean: free shipping quoted and honoured", lambda q: 0.0, "free"),
    ("allow", "tiny +0.01 rounding difference: either way", lambda q: round(q + 0.01, 2), "bg"),
    ("allow", "tiny +0.27 currency rounding: either way", lambda q: round(q + 0.27, 2), "bg"),
    ("allow", "tiny +0.49 rounding: either way", lambda q: round(q + 0.49, 2), "bg"),
    (False, "clean order on a listing with inflated shipping: charged = the (inflated) quote; the violation is the listing's", lambda q: q, "inflated"),
    (False, "clean: large bulk freight charged exactly as quoted", lambda q: q, "coil"),
    (False, "clean: charged 0.30 below the quote (rounding down)", lambda q: round(q - 0.30, 2), "bg"),
    (False, "clean: charged exactly the quote (Trade Assurance off)", lambda q: q, "bg"),
]


def build_orders(rng, items):
    bgs = [it for it in items if it["kind"] == "background"]
    free = [it for it in bgs if it["ev"]["shipping"][0]["fee"] == 0.0]
    infl = [it for it in items if it["code"] == "inflated_shipping" and it["kind"] == "violation" and it["ev"]["shipping"][0]["fee"] < 100000]
    coil = [it for it in bgs if it["ev"]["category_id"] == GI]
    pool = [it for it in bgs if it["ev"]["shipping"][0]["fee"] > 0]
    used = set()
    orders = []
    t = datetime.datetime(2026, 6, 1, 2, 0, 0)
    recipes = list(ORDER_RECIPES)
    rng.shuffle(recipes)
    fi = 0
    for n, (exp, note, fn, sel) in enumerate(recipes):
        if sel == "free":
            it = free[fi % len(free)]; fi += 1
        else:
            src = {"bg": pool, "inflated": infl, "coil": coil}[sel]
            cands = [x for x in src if x["ev"]["listing_id"] not in used]
            it = cands[rng.randrange(len(cands))]
        used.add(it["ev"]["listing_id"])
        sh = it["ev"]["shipping"][0]
        quoted = sh["fee"]
        charged = fn(quoted)
        oid = "SO-{}".format(80001 + n)
        t += datetime.timedelta(minutes=rng.randrange(30, 600))
        O = collections.OrderedDict()
        O["schema"] = "order.v1"; O["event_id"] = eid("order", oid); O["order_id"] = oid
        O["listing_id"] = it["ev"]["listing_id"]; O["merchant_id"] = it["ev"]["merchant_id"]
        O["buyer_id"] = "SB-{}".format(6001 + rng.randrange(260)); O["quantity"] = sh["for_qty"]; O["currency"] = "USD"
        O["quoted_shipping_fee"] = quoted; O["charged_shipping_fee"] = charged
        O["trade_assurance"] = ("Trade Assurance off" not in note) and rng.random() < 0.9
        O["placed_at"] = ts(t)
        full = "{} (quoted {}, charged {}) lang={}".format(note, quoted, charged, it["lang"])
        if exp is True:
            lab = dict(expect=["shipping_overcharge"], allow=[], note="shipping_overcharge: " + full)
        elif exp == "allow":
            lab = dict(expect=[], allow=["shipping_overcharge"], note="ambiguous: " + full)
        else:
            lab = dict(expect=[], allow=[], note="hard negative for shipping_overcharge: " + full.replace("clean: ", ""))
        orders.append(dict(ev=O, label=lab, exp=exp))
    orders.sort(key=lambda o: o["ev"]["order_id"])
    return orders


def build_complaints(rng, items, convs):
    def find(kind, code, lang):
        for it in items:
            if it["kind"] == kind and it["code"] == code and it["lang"] == lang:
                return it
        raise KeyError((kind, code, lang))
    spec = [
        (find("violation", "inflated_shipping", "en"), "inflated_shipping", True, "pre_payment"),
        (find("violation", "fake_price_tier", "zh"), "fake_price_tier", True, "inquiry"),
        (find("violation", "false_moq", "ar"), "false_moq", True, "pre_payment"),
        (find("violation", "abused_sku", "en"), "abused_sku", True, "pre_payment"),
        (find("violation", "off_market_price", "ko"), "off_market_price", True, "inquiry"),
        (find("hard_negative", "inflated_shipping", "en"), "inflated_shipping", False, "pre_payment"),
        (find("hard_negative", "false_moq", "en"), "false_moq", False, "inquiry"),
        (find("hard_negative", "abused_sku", "es"), "abused_sku", False, "pre_payment"),
        (find("hard_negative", "off_market_price", "en"), "off_market_price", False, "post_payment"),
    ]
    bg_of = lambda m: sorted([it for it in items if it["kind"] == "background" and it["ev"]["merchant_id"] == m],
                             key=lambda it: it["ev"]["listing_id"])[0]
    out = []
    for m, claim in ((REPEAT_OFF_A, OFF), (REPEAT_OFF_B, OFF), (REPEAT_TA, TA)):
        spec.append((bg_of(m), claim, True, "inquiry"))
    t = datetime.datetime(2026, 7, 2, 3, 0, 0)
    for n, (it, claim, ver, stage) in enumerate(spec):
        cid = "SCP-{}".format(9001 + n)
        t += datetime.timedelta(minutes=rng.randrange(45, 900))
        C = collections.OrderedDict()
        C["schema"] = "complaint.v1"; C["event_id"] = eid("complaint", cid); C["complaint_id"] = cid
        C["merchant_id"] = it["ev"]["merchant_id"]; C["listing_id"] = it["ev"]["listing_id"]
        C["buyer_id"] = "SB-{}".format(6001 + rng.randrange(260)); C["stage"] = stage; C["claim"] = claim
        C["verified"] = ver; C["reviewed_at"] = ts(t)
        out.append(C)
    return out

# ----------------------------------------------------------------------------------------------
# generation
# ----------------------------------------------------------------------------------------------
def dumps(o):
    return json.dumps(o, ensure_ascii=False)


def generate():
    rng = random.Random(SEED)
    items = build_listings(rng)
    items.sort(key=lambda it: it["ev"]["listing_id"])
    convs = build_conversations(rng, items)
    orders = build_orders(rng, items)
    complaints = build_complaints(rng, items, convs)
    ev_lines, lab_lines, msg_meta = [], [], []
    for it in items:
        ev_lines.append(dumps(it["ev"]))
        lab_lines.append(dumps(collections.OrderedDict([("subject", "listing"), ("subject_id", it["ev"]["listing_id"]),
                                                        ("expect", it["expect"]), ("allow", it["allow"]), ("note", it["note"])])))
    for o in orders:
        ev_lines.append(dumps(o["ev"]))
        lab_lines.append(dumps(collections.OrderedDict([("subject", "order"), ("subject_id", o["ev"]["order_id"]),
                                                        ("expect", o["label"]["expect"]), ("allow", o["label"]["allow"]),
                                                        ("note", o["label"]["note"])])))
    for c in complaints:
        ev_lines.append(dumps(c))
    mn = 0
    for cn, c in enumerate(convs):
        cid = "SC-{}".format(5001 + cn)
        for x in c["msgs"]:
            mn += 1
            mid = "SMSG-{}".format(700000 + mn)
            E = collections.OrderedDict()
            E["schema"] = "message.v1"; E["event_id"] = eid("message", mid); E["message_id"] = mid
            E["conversation_id"] = cid; E["merchant_id"] = c["merchant"]; E["buyer_id"] = c["buyer"]
            E["sender"] = x["sender"]; E["channel"] = c["channel"]; E["kind"] = x["kind"]; E["text"] = x["text"]
            E["order_stage"] = x["stage"]; E["sent_at"] = ts(x["sent_at"])
            ev_lines.append(dumps(E))
            lab_lines.append(dumps(collections.OrderedDict([("subject", "message"), ("subject_id", mid), ("expect", x["expect"]),
                                                            ("allow", x["allow"]), ("note", "{} lang={}".format(x["note"], c["lang"]))])))
            msg_meta.append(dict(id=mid, lang=c["lang"], sender=x["sender"], meta=x["meta"], merchant=c["merchant"],
                                 expect=x["expect"], allow=x["allow"]))
    return "\n".join(ev_lines) + "\n", "\n".join(lab_lines) + "\n", dict(items=items, orders=orders, msg_meta=msg_meta)


# ----------------------------------------------------------------------------------------------
# validation (reads the written files back)
# ----------------------------------------------------------------------------------------------
KEYS = {
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
TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def pt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def median(xs):
    xs = sorted(xs); n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def listing_flags(L, meta):
    """Internal consistency check of the numbers behind each listing label: 'viol', 'clean' or 'grey' per code.
    These are the author's own sanity thresholds, not a detector, and were not tuned against one."""
    c = CATS[L["category_id"]]; lo, hi = c["band"]
    tiers = [(t["min_qty"], t["unit_price"]) for t in L["price_tiers"]]
    skus = [s["unit_price"] for s in L["skus"]]
    pr = L["price_range"]
    prices = [p for _, p in tiers] + skus + ([pr["min"], pr["max"]] if pr else [])
    f = {}
    # fake_price_tier
    ratios = []
    if len(tiers) >= 2:
        for i, (_, p) in enumerate(tiers):
            others = [q for j, (_, q) in enumerate(tiers) if j != i]
            ratios.append(p / median(others))
    if pr and not tiers and skus:
        ratios.append(pr["min"] / min(skus))
    f["fake_price_tier"] = "viol" if ratios and min(ratios) <= 0.15 else ("clean" if not ratios or min(ratios) >= 0.35 else "grey")
    # off_market_price
    med = median([p for _, p in tiers] or skus or prices)
    if med <= lo / 3 or med >= hi * 3:
        f["off_market_price"] = "viol"
    elif all(lo / 2.5 < p < hi * 2.5 for p in prices):
        f["off_market_price"] = "clean"
    else:
        f["off_market_price"] = "grey"
    # inflated_shipping
    rs = [s["fee"] / norm_ship(L["category_id"], s["for_qty"])[1] for s in L["shipping"]]
    ref = tiers[0][1] if tiers else (min(skus) if skus else 0)
    if rs and min(rs) >= 8 and ref <= (lo + hi) / 2:
        f["inflated_shipping"] = "viol"
    elif not rs or max(rs) <= 6:
        f["inflated_shipping"] = "clean"
    else:
        f["inflated_shipping"] = "grey"
    # abused_sku
    if len(skus) >= 2:
        m = median(skus)
        if min(skus) / m <= 0.2 or max(skus) / m >= 5:
            f["abused_sku"] = "viol"
        elif max(skus) / min(skus) <= 13:
            f["abused_sku"] = "clean"
        else:
            f["abused_sku"] = "grey"
    else:
        f["abused_sku"] = "clean"
    # false_moq
    real = meta.get("real", L["moq"])
    if meta.get("custom") or real >= 5 * L["moq"] or (tiers and tiers[0][0] > L["moq"]):
        f["false_moq"] = "viol"
    elif real == L["moq"] and (not tiers or tiers[0][0] == L["moq"]) and all(cu["min_qty"] <= 1000 * max(L["moq"], 10) for cu in L["customization"]):
        f["false_moq"] = "clean"
    else:
        f["false_moq"] = "grey"
    return f


def validate(paths, info):
    errs = []
    E = lambda m: errs.append(m)
    events = [json.loads(l) for l in open(paths["events"], encoding="utf-8")]
    labels = [json.loads(l) for l in open(paths["labels"], encoding="utf-8")]
    n = len(events)
    if not (1000 <= n <= 1250):
        E("event count {} outside 1000-1250".format(n))
    seen_eid, listings, orders, msgs = set(), {}, {}, {}
    order_seen = []
    for e in events:
        s = e.get("schema")
        if s not in KEYS:
            E("unknown schema {}".format(s)); continue
        if list(e.keys()) != KEYS[s]:
            E("{} {}: field names/order differ".format(s, e.get("event_id")))
        if not str(e["event_id"]).startswith("b6-") or e["event_id"] in seen_eid:
            E("bad/duplicate event_id {}".format(e["event_id"]))
        seen_eid.add(e["event_id"])
        order_seen.append(s)
        tfield = {"listing.v1": "updated_at", "order.v1": "placed_at", "complaint.v1": "reviewed_at", "message.v1": "sent_at"}[s]
        if not TS_RE.match(e[tfield]):
            E("bad time {}".format(e[tfield]))
        else:
            pt(e[tfield])
        if not e["merchant_id"].startswith("SM-"):
            E("merchant id prefix " + e["merchant_id"])
        if s == "listing.v1":
            lid = e["listing_id"]
            if not lid.startswith("SL-") or lid in listings:
                E("listing id " + lid)
            listings[lid] = e
            if e["op"] != "upsert" or e["currency"] != "USD" or not isinstance(e["version"], int) or e["version"] < 1:
                E("listing enums " + lid)
            if e["category_id"] not in CATS or e["category_id"] in EXCLUDED:
                E("category " + e["category_id"])
            elif e["unit"] != CATS[e["category_id"]]["unit"]:
                E("unit mismatch " + lid)
            if not isinstance(e["moq"], int) or e["moq"] < 1:
                E("moq " + lid)
            mq = [t["min_qty"] for t in e["price_tiers"]]
            if any(b <= a for a, b in zip(mq, mq[1:])):
                E("tiers not strictly ascending " + lid)
            if any(list(t.keys()) != ["min_qty", "unit_price"] or t["unit_price"] <= 0 for t in e["price_tiers"]):
                E("tier shape " + lid)
            if e["price_range"] is not None and (list(e["price_range"].keys()) != ["min", "max"] or e["price_range"]["min"] > e["price_range"]["max"]):
                E("price_range " + lid)
            if not e["price_tiers"] and e["price_range"] is None:
                E("no price at all " + lid)
            ids = [k["sku_id"] for k in e["skus"]]
            if len(set(ids)) != len(ids) or any(list(k.keys()) != ["sku_id", "name", "unit_price", "attributes"] for k in e["skus"]):
                E("sku shape " + lid)
            if any(list(x.keys()) != ["method", "fee", "for_qty"] or x["fee"] < 0 or x["for_qty"] < 1 for x in e["shipping"]) or not e["shipping"]:
                E("shipping shape " + lid)
            if any(list(x.keys()) != ["option", "min_qty"] or x["min_qty"] < 1 for x in e["customization"]):
                E("customization shape " + lid)
            if e["sample_price"] is not None and e["sample_price"] <= 0:
                E("sample " + lid)
        elif s == "order.v1":
            if not e["order_id"].startswith("SO-") or not e["buyer_id"].startswith("SB-"):
                E("order ids " + e["order_id"])
            L = listings.get(e["listing_id"])
            if not L:
                E("order on unknown listing " + e["order_id"])
            elif L["merchant_id"] != e["merchant_id"]:
                E("order merchant mismatch " + e["order_id"])
            elif pt(e["placed_at"]) <= pt(L["updated_at"]):
                E("order before listing " + e["order_id"])
            if not isinstance(e["trade_assurance"], bool) or e["currency"] != "USD" or e["quantity"] < 1:
                E("order enums " + e["order_id"])
            orders[e["order_id"]] = e
        elif s == "complaint.v1":
            if not e["complaint_id"].startswith("SCP-") or not e["buyer_id"].startswith("SB-"):
                E("complaint ids")
            L = listings.get(e["listing_id"])
            if not L or L["merchant_id"] != e["merchant_id"]:
                E("complaint listing/merchant " + e["complaint_id"])
            if e["stage"] not in ("inquiry", "pre_payment", "post_payment") or e["claim"] not in CODES or not isinstance(e["verified"], bool):
                E("complaint enums " + e["complaint_id"])
        else:
            mid = e["message_id"]
            if not mid.startswith("SMSG-") or mid in msgs or not e["conversation_id"].startswith("SC-") or not e["buyer_id"].startswith("SB-"):
                E("message ids " + mid)
            msgs[mid] = e
            if e["sender"] not in ("seller", "buyer") or e["channel"] not in ("chat", "inquiry", "rfq", "site_message") \
                    or e["kind"] not in ("text", "auto_reply", "signature") or e["order_stage"] not in ("none", "ordered", "shipping"):
                E("message enums " + mid)
            if e["sender"] == "buyer" and e["kind"] != "text":
                E("buyer auto_reply/signature " + mid)
            if re.search(r"\{[A-Z][A-Z0-9]*\}", e["text"]) or not e["text"].strip():
                E("unfilled placeholder " + mid)
    # file order: listings, orders, complaints, messages
    rank = {"listing.v1": 0, "order.v1": 1, "complaint.v1": 2, "message.v1": 3}
    if any(rank[a] > rank[b] for a, b in zip(order_seen, order_seen[1:])):
        E("events not grouped listing/order/complaint/message")
    # conversations
    conv_order, conv_msgs = [], collections.OrderedDict()
    for e in events:
        if e["schema"] != "message.v1":
            continue
        cid = e["conversation_id"]
        if cid in conv_msgs and conv_order[-1] != cid:
            E("conversation not contiguous " + cid)
        if cid not in conv_msgs:
            conv_order.append(cid); conv_msgs[cid] = []
        conv_msgs[cid].append(e)
    first = []
    for cid, ms in conv_msgs.items():
        if len({(m["merchant_id"], m["buyer_id"]) for m in ms}) != 1:
            E("conversation parties differ " + cid)
        if len({m["channel"] for m in ms}) != 1:
            E("conversation channel differs " + cid)
        tt = [pt(m["sent_at"]) for m in ms]
        if any(b <= a for a, b in zip(tt, tt[1:])):
            E("conversation time not strictly increasing " + cid)
        first.append(tt[0])
    if any(b < a for a, b in zip(first, first[1:])):
        E("conversations not in time order")
    # labels
    lab = {}
    for l in labels:
        if list(l.keys()) != ["subject", "subject_id", "expect", "allow", "note"]:
            E("label shape " + str(l)); continue
        if l["subject_id"] in lab:
            E("duplicate label " + l["subject_id"])
        lab[l["subject_id"]] = l
        if set(l["expect"]) & set(l["allow"]) or any(c not in CODES for c in l["expect"] + l["allow"]):
            E("label codes " + l["subject_id"])
        ok = {"listing": CODES_LISTING, "order": ["shipping_overcharge"], "message": [OFF, TA]}[l["subject"]]
        if any(c not in ok for c in l["expect"] + l["allow"]):
            E("code not for subject " + l["subject_id"])
        if not re.search(r"lang=[a-z]{2}\b", l["note"]):
            E("note without lang " + l["subject_id"])
    want = [("listing", k) for k in listings] + [("order", k) for k in orders] + [("message", k) for k in msgs]
    if [(l["subject"], l["subject_id"]) for l in labels] != want:
        E("labels are not exactly one per listing/order/message in event order")
    for e in events:
        if e["schema"] == "complaint.v1" and e["complaint_id"] in lab:
            E("complaint labelled")
    for mid, m in msgs.items():
        if m["sender"] == "buyer" and (lab[mid]["expect"] or lab[mid]["allow"]):
            E("buyer message labelled as violation " + mid)
    # numbers behind listing labels
    meta_of = {it["ev"]["listing_id"]: it for it in info["items"]}
    for lid, L in listings.items():
        it = meta_of[lid]; l = lab[lid]
        fl = listing_flags(L, it["meta"])
        for code in CODES_LISTING:
            if code in l["expect"] and fl[code] != "viol":
                E("{} expects {} but numbers say {}".format(lid, code, fl[code]))
            if code not in l["expect"] and code not in l["allow"] and fl[code] != "clean":
                E("{} does not allow {} but numbers say {} ({})".format(lid, code, fl[code], l["note"]))
        if it["kind"] == "background":
            lo, hi = CATS[L["category_id"]]["band"]
            ps = [t["unit_price"] for t in L["price_tiers"]] + [k["unit_price"] for k in L["skus"]]
            if any(not (lo <= p <= hi) for p in ps):
                E("background price outside band " + lid)
    for oid, o in orders.items():
        l = lab[oid]; d = round(o["charged_shipping_fee"] - o["quoted_shipping_fee"], 2)
        if l["expect"] and not d > 0.5:
            E("order expects overcharge but diff {} {}".format(d, oid))
        if l["allow"] and not (0 < d <= 0.5):
            E("order allow but diff {} {}".format(d, oid))
        if not l["expect"] and not l["allow"] and d > 0:
            E("clean order charged above quote " + oid)
    # complaints vs labels
    off_by_m = collections.Counter(); ta_by_m = collections.Counter()
    for mid, m in msgs.items():
        if OFF in lab[mid]["expect"]:
            off_by_m[m["merchant_id"]] += 1
        if TA in lab[mid]["expect"]:
            ta_by_m[m["merchant_id"]] += 1
    ncomp = 0
    for e in events:
        if e["schema"] != "complaint.v1":
            continue
        ncomp += 1
        l = lab[e["listing_id"]]
        if e["claim"] in CODES_LISTING:
            if e["verified"] and e["claim"] not in l["expect"]:
                E("verified complaint on a listing that does not expect the claim " + e["complaint_id"])
            if not e["verified"] and (e["claim"] in l["expect"] or e["claim"] in l["allow"]):
                E("unverified complaint on a violating/allowed listing " + e["complaint_id"])
        else:
            cnt = off_by_m if e["claim"] == OFF else ta_by_m
            if e["verified"] and cnt[e["merchant_id"]] < 1:
                E("verified message complaint without messages " + e["complaint_id"])
    # minimum counts
    cnt = collections.Counter()
    for l in labels:
        for c in l["expect"]:
            cnt[(c, "viol")] += 1
        for c in l["allow"]:
            cnt[(c, "allow")] += 1
        mm = re.match(r"hard negative for (\w+)", l["note"])
        if mm:
            cnt[(mm.group(1), "hn")] += 1
    for c in CODES_LISTING:
        if cnt[(c, "viol")] < 12 or cnt[(c, "hn")] < 6:
            E("too few cases for " + c)
    if cnt[("shipping_overcharge", "viol")] < 12 or sum(1 for o in orders if not lab[o]["expect"]) < 15:
        E("too few orders")
    mm = info["msg_meta"]
    off_ev = [x for x in mm if OFF in x["expect"]]
    if len(off_ev) < 110 or sum(1 for x in off_ev if x["meta"].get("evasive")) * 3 < 2 * len(off_ev):
        E("offplatform: {} messages, {} evasive".format(len(off_ev), sum(1 for x in off_ev if x["meta"].get("evasive"))))
    if cnt[(TA, "viol")] < 60:
        E("too few TA refusals")
    seller_hn = [x for x in mm if x["sender"] == "seller" and not x["expect"] and not x["allow"] and x["meta"].get("hn")]
    if len(seller_hn) < 110:
        E("too few seller hard negatives: {}".format(len(seller_hn)))
    if max(off_by_m.values()) < 10:
        E("no repeat offender with 10+ off-platform messages")
    if not (10 <= ncomp <= 14):
        E("complaint count {}".format(ncomp))
    langs_l = collections.Counter(re.search(r"lang=(\w\w)", l["note"]).group(1) for l in labels if l["subject"] == "listing")
    langs_m = collections.Counter(x["lang"] for x in mm)
    if set(langs_l) != set(LANGS) or set(langs_m) != set(LANGS):
        E("language coverage")
    if len({L["category_id"] for L in listings.values()}) != 9:
        E("category count")
    return errs, dict(events=events, labels=labels, lab=lab, listings=listings, orders=orders, msgs=msgs, cnt=cnt,
                      off_by_m=off_by_m, ta_by_m=ta_by_m, langs_l=langs_l, langs_m=langs_m, conv=conv_msgs)


# ----------------------------------------------------------------------------------------------
# summary + README
# ----------------------------------------------------------------------------------------------
def summary(v, info):
    lab, cnt = v["lab"], v["cnt"]
    rows = []
    sch = collections.Counter(e["schema"] for e in v["events"])
    rows.append("events: {} total ({} listing, {} order, {} complaint, {} message); {} conversations".format(
        len(v["events"]), sch["listing.v1"], sch["order.v1"], sch["complaint.v1"], sch["message.v1"], len(v["conv"])))
    rows.append("{:<26} {:>10} {:>14} {:>8}".format("code", "violations", "hard negatives", "allowed"))
    for c in CODES:
        rows.append("{:<26} {:>10} {:>14} {:>8}".format(c, cnt[(c, "viol")], cnt[(c, "hn")], cnt[(c, "allow")]))
    mm = info["msg_meta"]
    off_ev = [x for x in mm if OFF in x["expect"]]
    rows.append("offplatform_contact: {} expected, {} evasive ({:.0%})".format(
        len(off_ev), sum(1 for x in off_ev if x["meta"].get("evasive")), sum(1 for x in off_ev if x["meta"].get("evasive")) / len(off_ev)))
    shn = [x for x in mm if x["sender"] == "seller" and not x["expect"] and not x["allow"] and x["meta"].get("hn")]
    rows.append("seller hard negatives (messages, expect=[] allow=[]): {} ({} offplatform, {} trade assurance); ambiguous seller messages (allow only): {}".format(
        len(shn), sum(1 for x in shn if x["meta"]["hn"] == OFF), sum(1 for x in shn if x["meta"]["hn"] == TA),
        sum(1 for x in mm if x["sender"] == "seller" and not x["expect"] and x["allow"])))
    rows.append("repeat offenders: " + ", ".join("{} off-platform={} ta-refusals={}".format(m, v["off_by_m"][m], v["ta_by_m"][m])
                                                 for m in (REPEAT_OFF_A, REPEAT_OFF_B, REPEAT_TA)))
    rows.append("{:<4} {:>8} {:>8} {:>7} {:>5} {:>4} {:>4}".format("lang", "listings", "messages", "seller", "off", "ta", "hn"))
    for lg in LANGS:
        ms = [x for x in mm if x["lang"] == lg]
        rows.append("{:<4} {:>8} {:>8} {:>7} {:>5} {:>4} {:>4}".format(
            lg, v["langs_l"][lg], len(ms), sum(1 for x in ms if x["sender"] == "seller"),
            sum(1 for x in ms if OFF in x["expect"]), sum(1 for x in ms if TA in x["expect"]),
            sum(1 for x in ms if x["sender"] == "seller" and not x["expect"] and not x["allow"] and x["meta"].get("hn"))))
    return rows


def tactic_lists(info):
    out = collections.OrderedDict((c, []) for c in CODES)
    hn = collections.OrderedDict((c, []) for c in CODES)
    for it in info["items"]:
        if it["kind"] == "violation":
            out[it["code"]].append("{} ({})".format(it["tactic"], it["lang"]))
        elif it["kind"] == "hard_negative":
            hn[it["code"]].append("{} ({})".format(it["tactic"], it["lang"]))
    for o in info["orders"]:
        n = o["label"]["note"].split(" (quoted")[0]
        n = n.replace("hard negative for shipping_overcharge: ", "").replace("shipping_overcharge: ", "")
        (out if o["exp"] is True else hn)["shipping_overcharge"].append(n)
    for x in info["msg_meta"]:
        t = x["meta"].get("tactic")
        if not t:
            continue
        if x["meta"].get("code") in (OFF, TA):
            out[x["meta"]["code"]].append(t)
        elif x["meta"].get("hn") in (OFF, TA):
            hn[x["meta"]["hn"]].append(t)
    dedup = lambda xs: list(collections.OrderedDict.fromkeys(xs))
    return {c: dedup(v) for c, v in out.items()}, {c: dedup(v) for c, v in hn.items()}


def readme(v, info, sha):
    rows = summary(v, info)
    viol, hn = tactic_lists(info)
    L = []
    A = L.append
    A("# blind6 — blind evaluation set for the listing-compliance detectors\n")
    A("A labelled, **blind** evaluation set: listings, orders, complaints and buyer–seller messages in the wire format of "
      "`/work/shared/spec/events.md`, with one label per listing, order and message in the label format of the shared corpus. "
      "It exists to measure how well detectors generalise to data they were never tuned on.\n")
    A("## How it was written\n")
    A("- Sources used, and only these: the platform briefing `/work/shared/seeds/003_e9e5361043bf53dd.txt` (false price tiers, "
      "off-market prices, inflated shipping, abused SKUs, false MOQ, shipping overcharges, off-platform contact, Trade Assurance "
      "refusals, and its two \"not a violation\" rules), the wire contract `/work/shared/spec/events.md`, and the *format* of the "
      "shared corpus (`README.md`, `events.jsonl`, `labels.jsonl`, `score.py`).")
    A("- Not read: anything else under `/work/main` (detectors, services, tests, testdata, README, benchmarks, git history), other "
      "work trees, or any other evaluation set. No detector and no Haili binary was run; nothing was tuned against a detector.")
    A("- Categories, prices, texts and tactics are new. All phone numbers, handles, e-mails, websites and companies are invented.")
    A("- Where the rulebook is ambiguous the case is labelled `allow` rather than forced either way.\n")
    A("## Files\n")
    A("| file | what it is |\n| --- | --- |")
    A("| `gen.py` | generator: Python 3, standard library only, `SEED = {}`; writes the other three files, validates them, exits 1 on any failure |".format(SEED))
    A("| `events.jsonl` | one contract event per line: all `listing.v1`, then `order.v1`, then `complaint.v1`, then `message.v1` grouped by conversation, conversations in time order |")
    A("| `labels.jsonl` | one label per listing, order and message, in event order (complaints have none) |")
    A("| `README.md` | this card (also written by `gen.py`) |\n")
    A("Regenerate: `cd /work/wt/blind6 && python3 gen.py` (byte-identical output on every run; `gen.py` also generates twice "
      "in-process and compares).\n")
    A("sha256:\n")
    A("```\n{}  events.jsonl\n{}  labels.jsonl\n{}  events.jsonl+labels.jsonl (concatenated)\n```\n".format(sha["events"], sha["labels"], sha["both"]))
    A("## Label semantics (same as the shared corpus)\n")
    A("```json\n{\"subject\": \"listing\", \"subject_id\": \"SL-100042\", \"expect\": [\"fake_price_tier\"], \"allow\": [\"off_market_price\"], \"note\": \"fake_price_tier: ... lang=es\"}\n```\n")
    A("- `expect`: codes a detector **must** report for the subject; `[]` = clean.")
    A("- `allow`: codes that may or may not be reported (neither a miss nor a false positive). Used when a second code is arguable "
      "(a bait tier or decoy SKU that is also far off the market band; a range-end bait that is also a decoy SKU; payment steering "
      "outside the platform that is both off-platform and a TA refusal) and for genuinely ambiguous cases (company website, a "
      "seller following the buyer's own number, platform card fee, split-number fragments, tiny shipping rounding < 0.50).")
    A("- Anything else reported is a false positive; matching is on (`subject`, `subject_id`, code). Score with "
      "`python3 /work/shared/corpus/score.py labels.jsonl FINDINGS.jsonl`.")
    A("- `note`: family/tactic and `lang=xx` (`background: …`, `<code>: …`, `hard negative for <code>: …`, `ambiguous: …`, "
      "`offplatform (fragment): …`, `clean: …`, `buyer message …`). Not scored.")
    A("- Buyer messages are never violations. Each listing appears once (one `upsert`, versions 1–6), so one label per `listing_id` is unambiguous.")
    A("- A split contact number: the message(s) that carry the intent (name the app or announce the number) are `expect`; bare-digit "
      "fragments are `allow`.")
    A("- Contact rules applied (from the rulebook's FAQ): a seller who gives contact details because the buyer asked first is clean; "
      "asking for e-mail/phone/fax for an order or its logistics (`order_stage` ordered/shipping, or plain delivery/payment paperwork) "
      "is clean; a seller who on its own initiative asks for the buyer's contact or gives its own (including in auto-replies and "
      "signatures) is a violation. Trade Assurance: refusing it, or attaching conditions (extra fee, higher price, more freight, "
      "part paid outside) is a violation, prompted or not; accepting it, refusing only a discount, or declining L/C while offering "
      "TA is clean.\n")
    A("## Ids\n")
    A("`SL-` listings, `SM-` merchants, `SB-` buyers, `SO-` orders, `SCP-` complaints, `SC-` conversations, `SMSG-` messages; "
      "event ids `b6-` + hash. Money is USD.\n")
    A("## Categories and market bands (USD per unit)\n")
    A("| category | unit | band | typical | background listings |\n| --- | --- | --- | --- | --- |")
    bgc = collections.Counter(it["ev"]["category_id"] for it in info["items"] if it["kind"] == "background")
    for cid, c in CATS.items():
        A("| `{}` | {} | {:g}–{:g} | {:g}–{:g} | {} |".format(cid, c["unit"], c["band"][0], c["band"][1], c["typ"][0], c["typ"][1], bgc[cid]))
    A("\nBackground listings are spread over the 16 languages; each category also has 3–5 hard negatives, so per-category price, "
      "tier, SKU-spread and shipping norms exist. Normal shipping is modelled per kg (express ≤30 kg, LCL, FCL; coil by bulk/container "
      "per ton; aerosols always as DG cargo).\n")
    A("## Counts\n")
    A("```\n" + "\n".join(rows) + "\n```\n")
    A("Complaints (unlabelled): verified ones point at listings whose label expects the claim (or, for message codes, at a "
      "background listing of a repeat-offender merchant); unverified ones point at hard negatives. Repeat offenders: `{}` and `{}` "
      "(10+ off-platform messages each) and `{}` (repeated TA refusals), so a penalty ladder (warning → −3 → −6 / TA suspension) "
      "escalates.\n".format(REPEAT_OFF_A, REPEAT_OFF_B, REPEAT_TA))
    A("## Tactics per code\n")
    for c in CODES:
        A("### `{}`\n".format(c))
        A("Violations:\n")
        for t in viol[c]:
            A("- " + t)
        A("\nHard negatives / allowed:\n")
        for t in hn[c]:
            A("- " + t)
        A("")
    return "\n".join(L) + "\n"


def main():
    ev1, lb1, info = generate()
    ev2, lb2, _ = generate()
    errs = []
    if ev1 != ev2 or lb1 != lb2:
        errs.append("generation is not deterministic")
    paths = dict(events=os.path.join(HERE, "events.jsonl"), labels=os.path.join(HERE, "labels.jsonl"))
    with open(paths["events"], "w", encoding="utf-8", newline="\n") as f:
        f.write(ev1)
    with open(paths["labels"], "w", encoding="utf-8", newline="\n") as f:
        f.write(lb1)
    verr, v = validate(paths, info)
    errs += verr
    sha = dict(events=hashlib.sha256(ev1.encode()).hexdigest(), labels=hashlib.sha256(lb1.encode()).hexdigest(),
               both=hashlib.sha256((ev1 + lb1).encode()).hexdigest())
    if not errs:
        with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(readme(v, info, sha))
    for r in summary(v, info):
        print(r)
    print("sha256 events.jsonl        ", sha["events"])
    print("sha256 labels.jsonl        ", sha["labels"])
    print("sha256 events+labels       ", sha["both"])
    if errs:
        print("\nVALIDATION FAILED ({} problems):".format(len(errs)))
        for e in errs[:80]:
            print("  -", e)
        sys.exit(1)
    print("validation: OK")


if __name__ == "__main__":
    main()
