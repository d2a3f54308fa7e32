#!/usr/bin/env python3
"""Blind evaluation set 7 for the listing-compliance detectors (Haili).

Written only from the rulebook (seeds/003_e9e5361043bf53dd.txt), the wire contract (spec/events.md)
and the *format* of the shared corpus.  Standard library only, deterministic (SEED below):
every run writes byte-identical events.jsonl and labels.jsonl, validates them and prints a summary.
Exit status 1 on any validation failure.
"""
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict, defaultdict

SEED = 20261208
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)

LANGS = ["en", "zh", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "hi", "id", "vi", "th", "ja", "ko"]
LISTING_CODES = ["fake_price_tier", "off_market_price", "inflated_shipping", "abused_sku", "false_moq"]
MSG_OFF, MSG_TA = "offplatform_contact", "trade_assurance_refusal"
ALL_CODES = LISTING_CODES + ["shipping_overcharge", MSG_OFF, MSG_TA]


def eid(kind, key):
    return "b7-" + hashlib.sha256(("%d:%s:%s" % (SEED, kind, key)).encode()).hexdigest()[:16]


def r2(x):
    """Round a price the way merchants write it."""
    if x >= 1:
        return round(x, 2)
    if x >= 0.1:
        return round(x, 3)
    return round(x, 4)


# ---------------------------------------------------------------- numbers in local styles
NATIVE = {"ar": "٠١٢٣٤٥٦٧٨٩", "hi": "०१२३४५६७८९", "th": "๐๑๒๓๔๕๖๗๘๙", "fw": "０１２３４５６７８９"}


def to_native(s, script):
    tab = NATIVE[script]
    return "".join(tab[int(c)] if c.isdigit() and c.isascii() else c for c in s)


def fmt(x, lang, dec=None, native=False):
    """Format a number in the language's own style (1,000.50 / 1.000,50 / 1 000,50 / 1,00,000)."""
    if dec is None:
        if float(x).is_integer():
            dec = 0
        elif abs(x) >= 1:
            dec = 2
        else:
            dec = 3 if round(x, 3) != round(x, 2) else 2
    s = "%.*f" % (dec, abs(x))
    ip, _, fp = s.partition(".")
    if lang == "hi":
        if len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:])
                head = head[:-2]
            if head:
                parts.insert(0, head)
            ip = ",".join(parts + [tail])
        th, dp = None, "."
    else:
        th, dp = {"de": (".", ","), "es": (".", ","), "pt": (".", ","), "it": (".", ","), "id": (".", ","),
                  "vi": (".", ","), "tr": (".", ","), "fr": ("\u202f", ","), "ru": ("\u00a0", ",")}.get(lang, (",", "."))
        if lang == "ar" and native:
            th, dp = "٬", "٫"
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = th.join(groups)
    out = ip + (dp + fp if fp else "")
    if x < 0:
        out = "-" + out
    if native:
        out = to_native(out, {"ar": "ar", "hi": "hi", "th": "th", "ja": "fw", "zh": "fw"}.get(lang, "fw"))
    return out


DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "ar": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "hi": "शून्य एक दो तीन चार पाँच छह सात आठ नौ".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(),
    "ja": "〇 一 二 三 四 五 六 七 八 九".split(),
    "ko": "공 일 이 삼 사 오 육 칠 팔 구".split(),
    "zh": "洞 幺 两 三 四 五 六 拐 八 勾".split(),   # phone/military reading: 幺=1 拐=7 勾=9 洞=0
}

UNITS = {
    "piece": dict(en="pcs", zh="个", es="piezas", pt="peças", fr="pièces", de="Stück", it="pezzi", ru="шт.", tr="adet", ar="قطعة", hi="पीस", id="pcs", vi="chiếc", th="ชิ้น", ja="個", ko="개"),
    "set": dict(en="sets", zh="套", es="juegos", pt="jogos", fr="parures", de="Sets", it="set", ru="комплектов", tr="takım", ar="طقم", hi="सेट", id="set", vi="bộ", th="ชุด", ja="セット", ko="세트"),
    "kilogram": dict(en="kg", zh="公斤", es="kg", pt="kg", fr="kg", de="kg", it="kg", ru="кг", tr="kg", ar="كغ", hi="किलो", id="kg", vi="kg", th="กก.", ja="kg", ko="kg"),
    "ton": dict(en="tons", zh="吨", es="toneladas", pt="toneladas", fr="tonnes", de="Tonnen", it="tonnellate", ru="т", tr="ton", ar="طن", hi="टन", id="ton", vi="tấn", th="ตัน", ja="トン", ko="톤"),
    "meter": dict(en="meters", zh="米", es="metros", pt="metros", fr="mètres", de="Meter", it="metri", ru="м", tr="metre", ar="متر", hi="मीटर", id="meter", vi="mét", th="เมตร", ja="メートル", ko="미터"),
    "square meter": dict(en="m²", zh="平方米", es="m²", pt="m²", fr="m²", de="m²", it="m²", ru="м²", tr="m²", ar="متر مربع", hi="वर्ग मीटर", id="m²", vi="m²", th="ตร.ม.", ja="平方メートル", ko="㎡"),
    "pair": dict(en="pairs", zh="双", es="pares", pt="pares", fr="paires", de="Paar", it="paia", ru="пар", tr="çift", ar="زوج", hi="जोड़ी", id="pasang", vi="đôi", th="คู่", ja="足", ko="켤레"),
    "roll": dict(en="rolls", zh="卷", es="rollos", pt="rolos", fr="rouleaux", de="Rollen", it="rotoli", ru="рулонов", tr="rulo", ar="لفة", hi="रोल", id="roll", vi="cuộn", th="ม้วน", ja="ロール", ko="롤"),
    "liter": dict(en="liters", zh="升", es="litros", pt="litros", fr="litres", de="Liter", it="litri", ru="л", tr="litre", ar="لتر", hi="लीटर", id="liter", vi="lít", th="ลิตร", ja="リットル", ko="리터"),
    "carton": dict(en="cartons", zh="箱", es="cajas", pt="caixas", fr="cartons", de="Kartons", it="cartoni", ru="коробок", tr="koli", ar="كرتونة", hi="कार्टन", id="karton", vi="thùng", th="ลัง", ja="ケース", ko="박스"),
}

# ---------------------------------------------------------------- categories (9, none in the excluded list)
# band = typical unit price range (USD per unit) of clean listings; ship = (method, fixed, per_unit)
CATS = OrderedDict()


def cat(cid, **kw):
    kw["id"] = cid
    CATS[cid] = kw


cat("yoga-mats", path=["Sports & Entertainment", "Fitness & Body Building", "Yoga", "Yoga Mats"], unit="piece",
    band=(3.2, 14.0),
    variants=[("TPE 6mm 183x61cm", 4.6), ("PVC 4mm 173x61cm", 3.5), ("NBR 10mm 183x61cm", 5.1),
              ("PU + natural rubber 4mm", 12.6), ("Cork + TPE 5mm", 9.3), ("Suede + rubber 1.5mm foldable", 8.1)],
    sizes=("Thickness", [("4 mm", 0.86), ("6 mm", 1.0), ("8 mm", 1.17)]),
    colors=["Purple", "Black", "Teal", "Pink", "Grey"], moqs=[20, 50, 100, 200], tq=[500, 1000, 3000, 10000],
    ship=[("Express", 30, 1.15), ("Sea freight LCL", 140, 0.30)],
    cust=[("Customized logo", (200, 500)), ("Customized packaging", (500, 1000))],
    ports=["Ningbo", "Xiamen", "Shanghai"],
    nouns=dict(en="Yoga Mat", zh="瑜伽垫", es="Esterilla de yoga", pt="Tapete de yoga", fr="Tapis de yoga", de="Yogamatte",
               it="Tappetino yoga", ru="Коврик для йоги", tr="Yoga matı", ar="سجادة يوغا", hi="योगा मैट", id="Matras yoga",
               vi="Thảm tập yoga", th="เสื่อโยคะ", ja="ヨガマット", ko="요가 매트"))
cat("bedding-sets", path=["Home & Garden", "Home Textile", "Bedding", "Bedding Sets"], unit="set", band=(10.0, 40.0),
    variants=[("Microfiber 4pcs Queen", 11.8), ("100% cotton 200TC 4pcs", 17.6), ("Egyptian cotton 400TC sateen", 31.5),
              ("Washed linen 3pcs", 36.0), ("Bamboo lyocell 4pcs", 26.8)],
    sizes=("Size", [("Twin", 0.8), ("Full", 0.9), ("Queen", 1.0), ("King", 1.14)]),
    colors=["White", "Grey", "Sage", "Navy", "Blush"], moqs=[10, 30, 50, 100], tq=[200, 500, 1000, 3000],
    ship=[("Express", 25, 4.3), ("Sea freight LCL", 160, 0.9)],
    cust=[("Customized logo", (300, 500)), ("Customized packaging", (500, 1000))],
    ports=["Shanghai", "Ningbo", "Qingdao"],
    nouns=dict(en="Bedding Set Duvet Cover", zh="四件套床上用品", es="Juego de cama", pt="Jogo de cama", fr="Parure de lit",
               de="Bettwäsche-Set", it="Set copripiumino", ru="Комплект постельного белья", tr="Nevresim takımı",
               ar="طقم مفارش سرير", hi="बेडशीट सेट", id="Set sprei", vi="Bộ chăn ga gối", th="ชุดเครื่องนอน", ja="寝具セット",
               ko="침구 세트"))
cat("copper-tubes", path=["Metallurgy, Chemicals, Rubber & Plastics", "Copper", "Copper Pipes"], unit="kilogram",
    band=(9.0, 14.5),
    variants=[("ASTM B280 ACR pancake coil", 11.2), ("C12200 straight tube 15mm", 10.6), ("Level wound coil 9.52mm", 10.3),
              ("Insulated pair coil 1/4+3/8", 13.1), ("Capillary tube 2.0mm", 12.4)],
    sizes=("Outer Diameter", [("6.35 mm (1/4\")", 1.05), ("9.52 mm (3/8\")", 1.02), ("12.7 mm (1/2\")", 1.0),
                              ("15.88 mm (5/8\")", 0.98), ("19.05 mm (3/4\")", 0.97)]),
    colors=None, moqs=[100, 200, 500, 1000], tq=[2000, 5000, 10000, 20000],
    ship=[("Sea freight LCL", 180, 0.35), ("Air express", 40, 4.6)],
    cust=[("Customized length", (1000, 3000))], ports=["Shanghai", "Ningbo", "Tianjin"],
    nouns=dict(en="Copper Tube", zh="紫铜管", es="Tubo de cobre", pt="Tubo de cobre", fr="Tube en cuivre", de="Kupferrohr",
               it="Tubo in rame", ru="Медная труба", tr="Bakır boru", ar="أنبوب نحاس", hi="कॉपर ट्यूब", id="Pipa tembaga",
               vi="Ống đồng", th="ท่อทองแดง", ja="銅管", ko="동파이프"))
cat("urea-fertilizer", path=["Agriculture", "Fertilizer", "Nitrogen Fertilizer"], unit="ton", band=(300.0, 480.0),
    variants=[("Granular 2-4mm, 50 kg bags", 386), ("Prilled 46% N, jumbo bags", 372), ("Technical / automotive grade", 455),
              ("Granular, bulk", 358)],
    sizes=("Packing", [("50 kg PP bag", 1.0), ("1 t jumbo bag", 0.98), ("Bulk", 0.95)]),
    colors=None, moqs=[25, 27, 100, 500], tq=[1000, 5000, 10000, 50000], ship=[("Sea freight", 400, 62.0)],
    cust=[("Customized bag printing", (500, 1000))], ports=["Qingdao", "Tianjin", "Lianyungang"],
    nouns=dict(en="Urea Fertilizer 46% N", zh="尿素化肥 46%", es="Urea fertilizante 46%", pt="Ureia fertilizante 46%",
               fr="Engrais urée 46 %", de="Harnstoff-Dünger 46 %", it="Fertilizzante urea 46%", ru="Карбамид (мочевина) 46%",
               tr="Üre gübresi %46", ar="سماد اليوريا 46%", hi="यूरिया उर्वरक 46%", id="Pupuk urea 46%", vi="Phân urê 46%",
               th="ปุ๋ยยูเรีย 46-0-0", ja="尿素肥料 46%", ko="요소 비료 46%"))
cat("lace-trim", path=["Apparel Accessories", "Garment Trimmings", "Lace"], unit="meter", band=(0.10, 2.4),
    variants=[("Cotton crochet lace 3cm", 0.23), ("Nylon stretch lace 5cm", 0.18), ("Chantilly eyelash lace 15cm", 1.95),
              ("Embroidered mesh lace 8cm", 0.66), ("Guipure lace 2.5cm", 0.42)],
    sizes=("Color", [("Ivory", 1.0), ("Black", 1.0), ("Champagne", 1.05)]),
    colors=["White", "Ivory", "Black", "Nude", "Red"], moqs=[100, 500, 1000, 2000], tq=[5000, 10000, 20000, 50000],
    ship=[("Express", 18, 0.012)], cust=[("Customized color", (3000, 5000))], ports=["Shenzhen", "Guangzhou"],
    nouns=dict(en="Lace Trim", zh="蕾丝花边", es="Encaje puntilla", pt="Renda de acabamento", fr="Galon dentelle",
               de="Spitzenborte", it="Pizzo bordura", ru="Кружевная тесьма", tr="Dantel şerit", ar="شريط دانتيل",
               hi="लेस ट्रिम", id="Renda pita", vi="Ren viền", th="ลูกไม้ขอบ", ja="レーストリム", ko="레이스 트림"))
cat("hdpe-geomembrane", path=["Construction & Real Estate", "Geosynthetics", "Geomembranes"], unit="square meter",
    band=(0.8, 4.5),
    variants=[("0.5mm smooth", 0.96), ("1.0mm smooth", 1.64), ("1.5mm smooth", 2.36), ("2.0mm textured", 3.5),
              ("2.5mm textured", 4.2)],
    sizes=("Width", [("5.8 m roll", 1.0), ("7 m roll", 1.02), ("8 m roll", 1.04)]),
    colors=["Black", "Green", "White"], moqs=[1000, 2000, 5000, 10000], tq=[10000, 20000, 50000, 100000],
    ship=[("Sea freight LCL", 320, 0.38)], cust=[("Customized width / thickness", (10000, 20000))],
    ports=["Qingdao", "Tianjin"],
    nouns=dict(en="HDPE Geomembrane Liner", zh="HDPE土工膜", es="Geomembrana HDPE", pt="Geomembrana PEAD",
               fr="Géomembrane PEHD", de="HDPE-Geomembran Dichtungsbahn", it="Geomembrana HDPE", ru="Геомембрана HDPE",
               tr="HDPE geomembran", ar="جيوممبرين HDPE", hi="HDPE जियोमेम्ब्रेन", id="Geomembran HDPE",
               vi="Màng chống thấm HDPE", th="แผ่น HDPE ปูบ่อ", ja="HDPE遮水シート", ko="HDPE 차수막"))
cat("wool-socks", path=["Apparel", "Socks & Hosiery", "Men's Socks"], unit="pair", band=(0.8, 3.8),
    variants=[("Merino crew socks", 2.6), ("Wool blend hiking socks", 1.85), ("Thermal wool socks", 1.2),
              ("Kids wool socks", 0.95), ("Cashmere blend socks", 3.4)],
    sizes=("Size", [("S (35-38)", 1.0), ("M (39-42)", 1.0), ("L (43-46)", 1.06)]),
    colors=["Charcoal", "Oatmeal", "Navy", "Forest", "Burgundy"], moqs=[100, 200, 500, 1000],
    tq=[2000, 5000, 10000, 50000], ship=[("Express", 20, 0.14), ("Sea freight LCL", 110, 0.03)],
    cust=[("Customized logo", (1000, 3000)), ("Customized packaging", (2000, 5000))], ports=["Ningbo", "Shanghai"],
    nouns=dict(en="Wool Socks", zh="羊毛袜", es="Calcetines de lana", pt="Meias de lã", fr="Chaussettes en laine",
               de="Wollsocken", it="Calze di lana", ru="Шерстяные носки", tr="Yün çorap", ar="جوارب صوف", hi="ऊनी मोज़े",
               id="Kaus kaki wol", vi="Tất len", th="ถุงเท้าขนแกะ", ja="ウールソックス", ko="울 양말"))
cat("thermal-paper-rolls", path=["Office & School Supplies", "Paper", "Thermal Paper"], unit="roll", band=(0.10, 0.80),
    variants=[("80x80mm 55gsm", 0.36), ("57x40mm 48gsm", 0.13), ("57x50mm BPA free", 0.16), ("80x70mm 65gsm", 0.32),
              ("110x50mm", 0.44)],
    sizes=("Core", [("12 mm core", 1.0), ("13 mm core", 1.0), ("17 mm core", 1.03)]),
    colors=None, moqs=[500, 1000, 2000, 5000], tq=[10000, 20000, 50000, 100000],
    ship=[("Sea freight LCL", 90, 0.02), ("Express", 25, 0.06)],
    cust=[("Customized printing", (5000, 10000))], ports=["Guangzhou", "Shenzhen", "Xiamen"],
    nouns=dict(en="Thermal Paper Roll", zh="热敏收银纸", es="Rollo de papel térmico", pt="Bobina de papel térmico",
               fr="Rouleau papier thermique", de="Thermopapierrolle", it="Rotolo carta termica", ru="Термолента (чековая)",
               tr="Termal kağıt rulo", ar="رول ورق حراري", hi="थर्मल पेपर रोल", id="Kertas thermal roll",
               vi="Giấy in nhiệt cuộn", th="กระดาษความร้อน", ja="感熱ロール紙", ko="감열지 롤"))
cat("olive-oil", path=["Food & Beverage", "Edible Oil", "Olive Oil"], unit="liter", band=(4.5, 12.5),
    variants=[("1 L glass bottle", 8.9), ("5 L PET", 6.4), ("Bulk flexitank", 5.1), ("Organic early harvest 500 ml", 11.4),
              ("3 L tin", 7.2)],
    sizes=("Packing", [("500 ml glass", 1.15), ("1 L glass", 1.0), ("5 L PET", 0.82)]),
    colors=None, moqs=[120, 500, 1000, 5000], tq=[5000, 10000, 24000], ship=[("Sea freight LCL", 240, 0.55)],
    cust=[("Private label", (2000, 5000))], ports=["Valencia", "Piraeus", "Izmir", "Sfax"],
    nouns=dict(en="Extra Virgin Olive Oil", zh="特级初榨橄榄油", es="Aceite de oliva virgen extra", pt="Azeite extra virgem",
               fr="Huile d'olive vierge extra", de="Natives Olivenöl extra", it="Olio extravergine di oliva",
               ru="Оливковое масло Extra Virgin", tr="Sızma zeytinyağı", ar="زيت زيتون بكر ممتاز",
               hi="एक्स्ट्रा वर्जिन ऑलिव ऑयल", id="Minyak zaitun extra virgin", vi="Dầu ô liu nguyên chất",
               th="น้ำมันมะกอกเอ็กซ์ตร้าเวอร์จิ้น", ja="エクストラバージンオリーブオイル", ko="엑스트라 버진 올리브 오일"))
CARTON_ROLLS = 50   # thermal paper sold per carton of 50 rolls in a few listings

LISTING_TXT = {
    "en": dict(wh="Wholesale", feat=["Factory direct, 100% inspected before shipment.", "OEM and ODM welcome; stable quality, export packing."], lead="Lead time: {d} days.", pay="Payment: Trade Assurance (T/T, card).", port="Port: {port}.", moq="MOQ: {n} {u}.", free="Free shipping!"),
    "zh": dict(wh="厂家批发", feat=["工厂直销，出货前全检。", "支持OEM/ODM，品质稳定，出口包装。"], lead="交货期：{d}天。", pay="付款方式：信用保障（T/T、信用卡）。", port="港口：{port}。", moq="起订量：{n}{u}。", free="包邮！"),
    "es": dict(wh="al por mayor", feat=["Directo de fábrica, inspección 100% antes del envío.", "Aceptamos OEM y ODM; calidad estable, embalaje de exportación."], lead="Plazo de entrega: {d} días.", pay="Pago: Trade Assurance (T/T, tarjeta).", port="Puerto: {port}.", moq="Pedido mínimo: {n} {u}.", free="¡Envío gratis!"),
    "pt": dict(wh="atacado", feat=["Direto da fábrica, inspeção 100% antes do embarque.", "Aceitamos OEM e ODM; qualidade estável, embalagem de exportação."], lead="Prazo de entrega: {d} dias.", pay="Pagamento: Trade Assurance (T/T, cartão).", port="Porto: {port}.", moq="Pedido mínimo: {n} {u}.", free="Frete grátis!"),
    "fr": dict(wh="en gros", feat=["Direct usine, contrôle à 100 % avant expédition.", "OEM et ODM bienvenus ; qualité stable, emballage export."], lead="Délai de livraison : {d} jours.", pay="Paiement : Trade Assurance (T/T, carte).", port="Port : {port}.", moq="Quantité minimum : {n} {u}.", free="Livraison gratuite !"),
    "de": dict(wh="Großhandel", feat=["Direkt ab Werk, 100 % Kontrolle vor Versand.", "OEM und ODM möglich; gleichbleibende Qualität, Exportverpackung."], lead="Lieferzeit: {d} Tage.", pay="Zahlung: Trade Assurance (T/T, Karte).", port="Hafen: {port}.", moq="Mindestbestellmenge: {n} {u}.", free="Kostenloser Versand!"),
    "it": dict(wh="all'ingrosso", feat=["Direttamente dalla fabbrica, controllo al 100% prima della spedizione.", "OEM e ODM benvenuti; qualità costante, imballo da esportazione."], lead="Tempi di consegna: {d} giorni.", pay="Pagamento: Trade Assurance (T/T, carta).", port="Porto: {port}.", moq="Ordine minimo: {n} {u}.", free="Spedizione gratuita!"),
    "ru": dict(wh="оптом", feat=["Напрямую с завода, 100% контроль перед отгрузкой.", "Работаем по OEM и ODM; стабильное качество, экспортная упаковка."], lead="Срок поставки: {d} дней.", pay="Оплата: Trade Assurance (T/T, карта).", port="Порт: {port}.", moq="Минимальный заказ: {n} {u}.", free="Бесплатная доставка!"),
    "tr": dict(wh="toptan", feat=["Fabrikadan direkt, sevkiyat öncesi %100 kontrol.", "OEM ve ODM yapılır; istikrarlı kalite, ihracat ambalajı."], lead="Teslim süresi: {d} gün.", pay="Ödeme: Trade Assurance (T/T, kart).", port="Liman: {port}.", moq="Minimum sipariş: {n} {u}.", free="Ücretsiz kargo!"),
    "ar": dict(wh="بالجملة", feat=["من المصنع مباشرة، فحص 100% قبل الشحن.", "نقبل OEM وODM؛ جودة ثابتة وتغليف للتصدير."], lead="مدة التسليم: {d} يوماً.", pay="الدفع: ضمان التجارة Trade Assurance (تحويل، بطاقة).", port="الميناء: {port}.", moq="الحد الأدنى للطلب: {n} {u}.", free="شحن مجاني!"),
    "hi": dict(wh="थोक", feat=["सीधे फ़ैक्टरी से, शिपमेंट से पहले 100% जाँच।", "OEM और ODM उपलब्ध; स्थिर क्वालिटी, एक्सपोर्ट पैकिंग।"], lead="डिलीवरी समय: {d} दिन।", pay="भुगतान: Trade Assurance (T/T, कार्ड)।", port="बंदरगाह: {port}।", moq="न्यूनतम ऑर्डर: {n} {u}।", free="मुफ़्त शिपिंग!"),
    "id": dict(wh="grosir", feat=["Langsung dari pabrik, cek 100% sebelum kirim.", "Terima OEM dan ODM; kualitas stabil, kemasan ekspor."], lead="Waktu produksi: {d} hari.", pay="Pembayaran: Trade Assurance (T/T, kartu).", port="Pelabuhan: {port}.", moq="Minimal order: {n} {u}.", free="Gratis ongkir!"),
    "vi": dict(wh="bán sỉ", feat=["Trực tiếp từ nhà máy, kiểm tra 100% trước khi giao.", "Nhận OEM, ODM; chất lượng ổn định, đóng gói xuất khẩu."], lead="Thời gian giao hàng: {d} ngày.", pay="Thanh toán: Trade Assurance (T/T, thẻ).", port="Cảng: {port}.", moq="Đơn tối thiểu: {n} {u}.", free="Miễn phí vận chuyển!"),
    "th": dict(wh="ขายส่ง", feat=["ส่งตรงจากโรงงาน ตรวจ 100% ก่อนส่ง", "รับทำ OEM/ODM คุณภาพสม่ำเสมอ แพ็กส่งออก"], lead="ระยะเวลาจัดส่ง: {d} วัน", pay="ชำระเงิน: Trade Assurance (T/T, บัตร)", port="ท่าเรือ: {port}", moq="สั่งขั้นต่ำ: {n} {u}", free="ส่งฟรี!"),
    "ja": dict(wh="卸売", feat=["工場直販、出荷前に全数検品。", "OEM・ODM対応、安定した品質、輸出梱包。"], lead="納期：{d}日。", pay="支払い：Trade Assurance（T/T、カード）。", port="出荷港：{port}。", moq="最小注文数量：{n}{u}。", free="送料無料！"),
    "ko": dict(wh="도매", feat=["공장 직판, 출고 전 전수 검사.", "OEM/ODM 가능, 안정적인 품질, 수출 포장."], lead="납기: {d}일.", pay="결제: Trade Assurance (T/T, 카드).", port="선적항: {port}.", moq="최소 주문 수량: {n}{u}.", free="무료 배송!"),
}

# ---------------------------------------------------------------- listings
MERCHANTS = ["TM-%d" % i for i in range(2001, 2067)]
BUYERS = ["TB-%d" % i for i in range(3001, 3301)]
REPEAT_OFF, REPEAT_TA = "TM-2001", "TM-2002"
LISTINGS = []          # dicts with private keys (_...) + label info
_lid = [100000]


def base(cid, lang, variant=None, unit=None, mode=None):
    C = CATS[cid]
    spec, vp = variant if variant is not None else rng.choice(C["variants"])
    unit = unit or C["unit"]
    per = CARTON_ROLLS if unit == "carton" else 1
    p0 = r2(vp * per * rng.uniform(0.94, 1.06))
    moqs = [10, 20, 50, 100] if unit == "carton" else C["moqs"]
    tqs = [200, 500, 1000, 2000] if unit == "carton" else C["tq"]
    moq = rng.choice(moqs)
    L = dict(_cid=cid, _lang=lang, _spec=spec, _p0=p0, _per=per, unit=unit, moq=moq, _extra=[], _title_extra="",
             _moq_in_desc=rng.random() < 0.45, _lead=rng.choice([7, 10, 12, 15, 20, 25, 30]),
             _port=rng.choice(C["ports"]), _feat=rng.randrange(2), _native=rng.random() < 0.5)
    if mode is None:
        mode = "tiers" if rng.random() < 0.7 else "range"
    if mode == "tiers":
        later = [q for q in tqs if q > moq]
        extra = sorted(rng.sample(later, k=rng.randint(1, min(3, len(later)))))
        cum, tiers = 1.0, []
        for i, q in enumerate([moq] + extra):
            if i:
                cum *= 1 - rng.uniform(0.02, 0.07)
            tiers.append({"min_qty": q, "unit_price": r2(p0 * cum)})
        L["price_tiers"], L["price_range"] = tiers, None
        if C["colors"] and rng.random() < 0.5:
            cols = rng.sample(C["colors"], rng.randint(2, min(4, len(C["colors"]))))
            L["skus"] = [{"sku_id": "S%d" % (i + 1), "name": c, "unit_price": p0, "attributes": {"Color": c}}
                         for i, c in enumerate(cols)]
        else:
            L["skus"] = []
    else:
        attr, sizes = C["sizes"]
        k = rng.randint(2, len(sizes))
        L["skus"] = [{"sku_id": "S%d" % (i + 1), "name": n, "unit_price": r2(p0 * m), "attributes": {attr: n}}
                     for i, (n, m) in enumerate(sizes[:k])]
        L["price_tiers"] = []
        ps = [s["unit_price"] for s in L["skus"]]
        L["price_range"] = {"min": min(ps), "max": max(ps)}
    L["shipping"] = []
    for j, (meth, fixed, pu) in enumerate(C["ship"]):
        if j == 0 or rng.random() < 0.4:
            L["shipping"].append({"method": meth, "fee": norm_fee(cid, j, moq, unit), "for_qty": moq})
    L["customization"] = []
    for opt, (lo, hi) in C["cust"]:
        if rng.random() < 0.5:
            mq = max(rng.choice([lo, hi]), moq * 2) if unit != "carton" else max(moq * 5, 50)
            L["customization"].append({"option": opt, "min_qty": mq})
    if C["unit"] in ("ton",) or rng.random() < 0.45:
        L["sample_price"] = None
    else:
        L["sample_price"] = r2(p0 * rng.uniform(1.5, 3.5))
    return L


def norm_fee(cid, j, qty, unit=None, jitter=True):
    meth, fixed, pu = CATS[cid]["ship"][j]
    per = CARTON_ROLLS if unit == "carton" else 1
    f = fixed + pu * per * qty
    return round(f * (rng.uniform(0.92, 1.08) if jitter else 1.0), 2)


def set_tiers(L, qtys, mults=None, prices=None, moq=None):
    prices = prices or [L["_p0"] * m for m in mults]
    L["price_tiers"] = [{"min_qty": q, "unit_price": r2(p)} for q, p in zip(qtys, prices)]
    L["price_range"] = None
    L["moq"] = qtys[0] if moq is None else moq
    for s in L["skus"]:
        s["unit_price"] = L["price_tiers"][0]["unit_price"]
    fix_ship_qty(L)


def fix_ship_qty(L, qty=None):
    qty = qty if qty is not None else L["moq"]
    for j, s in enumerate(L["shipping"]):
        s["for_qty"] = qty
        s["fee"] = norm_fee(L["_cid"], min(j, len(CATS[L["_cid"]]["ship"]) - 1), qty, L["unit"])
    for c in L["customization"]:
        c["min_qty"] = max(c["min_qty"], qty * 2)


def scale(L, f):
    L["_p0"] = r2(L["_p0"] * f)
    for t in L["price_tiers"]:
        t["unit_price"] = r2(t["unit_price"] * f)
    for s in L["skus"]:
        s["unit_price"] = r2(s["unit_price"] * f)
    if L["price_range"]:
        L["price_range"] = {"min": r2(L["price_range"]["min"] * f), "max": r2(L["price_range"]["max"] * f)}
    if L["sample_price"]:
        L["sample_price"] = r2(L["sample_price"] * f)


def set_skus(L, attr, items, range_mode=True):
    L["skus"] = [{"sku_id": "S%d" % (i + 1), "name": n, "unit_price": r2(p), "attributes": {attr: n}}
                 for i, (n, p) in enumerate(items)]
    if range_mode:
        ps = [s["unit_price"] for s in L["skus"]]
        L["price_tiers"], L["price_range"] = [], {"min": min(ps), "max": max(ps)}


def set_ship(L, opts):
    L["shipping"] = [{"method": m, "fee": round(f, 2), "for_qty": q} for m, f, q in opts]


def finish_listing(L, expect, allow, note, merchant=None):
    _lid[0] += 1
    lid = "TL-%d" % _lid[0]
    cid, lang = L["_cid"], L["_lang"]
    C, T = CATS[cid], LISTING_TXT[lang]
    u = UNITS[L["unit"]][lang]
    nat = L["_native"] and lang in ("ar", "hi", "th", "ja")
    parts = ["%s %s." % (C["nouns"][lang], L["_spec"]) if lang not in ("zh", "ja", "th") else "%s %s" % (C["nouns"][lang], L["_spec"]),
             T["feat"][L["_feat"]]]
    if L["unit"] == "carton":
        parts.append({"en": "Packed 50 rolls per carton; price per carton.", "de": "50 Rollen pro Karton; Preis pro Karton.",
                      "ko": "박스당 50롤, 박스 단가입니다.", "hi": "एक कार्टन में 50 रोल; कीमत प्रति कार्टन।",
                      "es": "50 rollos por caja; precio por caja.", "fr": "50 rouleaux par carton ; prix au carton.",
                      "zh": "每箱50卷，按箱计价。", "ja": "1ケース50ロール入り、ケース単価です。", "ru": "50 рулонов в коробке; цена за коробку.",
                      "pt": "50 rolos por caixa; preço por caixa.", "it": "50 rotoli per cartone; prezzo a cartone.",
                      "tr": "Kolide 50 rulo; fiyat koli başınadır.", "ar": "50 لفة في الكرتونة؛ السعر للكرتونة.",
                      "id": "Isi 50 roll per karton; harga per karton.", "vi": "50 cuộn mỗi thùng; giá theo thùng.",
                      "th": "ลังละ 50 ม้วน ราคาต่อลัง"}[lang])
    if L["_moq_in_desc"] and not L.get("_no_moq_desc"):
        parts.append(T["moq"].format(n=fmt(L["moq"], lang, native=nat), u=u))
    parts += L["_extra"]
    parts.append(T["lead"].format(d=fmt(L["_lead"], lang, native=nat)))
    parts.append(T["pay"])
    parts.append(T["port"].format(port=L["_port"]))
    desc = " ".join(parts)
    title = "%s %s %s%s" % (C["nouns"][lang], L["_spec"], T["wh"], L["_title_extra"])
    ev = OrderedDict()
    ev["schema"] = "listing.v1"
    ev["event_id"] = eid("listing", lid)
    ev["op"] = "upsert"
    ev["listing_id"] = lid
    ev["version"] = rng.randint(1, 6)
    ev["merchant_id"] = merchant or rng.choice(MERCHANTS)
    ev["category_id"] = cid
    ev["category_path"] = C["path"]
    ev["title"] = title
    ev["description"] = desc
    ev["currency"] = "USD"
    ev["unit"] = L["unit"]
    ev["moq"] = L["moq"]
    ev["price_tiers"] = L["price_tiers"]
    ev["price_range"] = L["price_range"]
    ev["skus"] = L["skus"]
    ev["shipping"] = L["shipping"]
    ev["customization"] = L["customization"]
    ev["sample_price"] = L["sample_price"]
    ev["updated_at"] = None
    LISTINGS.append(dict(ev=ev, expect=list(expect), allow=list(allow), note=note + "; lang=" + lang,
                         family=L.get("_family", "background"), lang=lang))
    return ev


def V(code, cid, lang, tactic, fn, allow=("off_market_price",), variant=None, unit=None, mode="tiers"):
    L = base(cid, lang, variant=variant, unit=unit, mode=mode)
    L["_family"] = code
    out = fn(L)
    al = list(out) if isinstance(out, (list, tuple)) else list(allow)
    finish_listing(L, [code], al, "%s: %s" % (code, tactic))


def H(code, cid, lang, tactic, fn, variant=None, unit=None, mode="tiers"):
    L = base(cid, lang, variant=variant, unit=unit, mode=mode)
    L["_family"] = "hn:" + code
    fn(L)
    finish_listing(L, [], [], "hard negative for %s: %s" % (code, tactic))


def vnt(cid, i):
    return CATS[cid]["variants"][i]


def build_listings():
    # ---- background: 18 clean listings per category, languages rotated so every category sees many languages
    for ci, cid in enumerate(CATS):
        for i in range(16):
            lang = LANGS[(ci * 5 + i) % 16]
            unit = "carton" if (cid == "thermal-paper-rolls" and i % 5 == 2) else None
            L = base(cid, lang, unit=unit)
            merchant = MERCHANTS[(ci * 16 + i) % len(MERCHANTS)]
            finish_listing(L, [], [], "background: clean %s listing%s" % (cid, " priced per carton of 50 rolls" if unit else ""),
                           merchant=merchant)

    # ---- fake_price_tier: violations
    F = "fake_price_tier"

    def seed_like(L):
        set_tiers(L, [50, 500, 2000, 5000], [1, .96, .92, .012])
        L["customization"] = [{"option": "Customized logo", "min_qty": 10000000}]
        return ["off_market_price", "false_moq"]
    V(F, "yoga-mats", "en", "bait at the last of 4 tiers (~1% of the others) + absurd 10,000,000 customisation minimum", seed_like, variant=vnt("yoga-mats", 0))
    V(F, "bedding-sets", "zh", "bait at the last of 3 tiers (5%)", lambda L: set_tiers(L, [10, 200, 1000], [1, .94, .05]))
    V(F, "copper-tubes", "es", "bait in the middle: 2nd of 4 tiers at 3%, ladder climbs back", lambda L: set_tiers(L, [300, 1000, 5000, 10000], [1, .03, .97, .95]))
    V(F, "urea-fertilizer", "pt", "bait at the FIRST tier: the smallest quantity is the cheapest (2%)", lambda L: set_tiers(L, [25, 100, 1000], [.02, 1, .97]))
    V(F, "lace-trim", "fr", "bait at an unreachable 99,999,999 m tier", lambda L: set_tiers(L, [500, 2000, 5000, 20000, 99999999], [1, .97, .94, .9, .004]), variant=vnt("lace-trim", 3))

    def range_bait(L):
        L["price_tiers"], L["skus"] = [], []
        L["price_range"] = {"min": 0.02, "max": r2(L["_p0"] * 1.08)}
    V(F, "hdpe-geomembrane", "de", "range-end bait: price range starts at 0.02 with no tier or SKU behind it", range_bait, variant=vnt("hdpe-geomembrane", 2))
    V(F, "wool-socks", "it", "two-tier ladder with a 92% drop at a modest 1,000 pairs", lambda L: set_tiers(L, [300, 1000], [1, .08]), variant=vnt("wool-socks", 0))
    V(F, "thermal-paper-rolls", "ru", "the last two of five tiers are bait (2%)", lambda L: set_tiers(L, [1000, 10000, 20000, 50000, 100000], [1, .95, .9, .02, .019]), variant=vnt("thermal-paper-rolls", 0))
    V(F, "olive-oil", "tr", "bait at the penultimate tier (6%), last tier back to normal", lambda L: set_tiers(L, [500, 1000, 5000, 10000], [1, .96, .06, .93]), variant=vnt("olive-oil", 1))
    V(F, "urea-fertilizer", "ar", "quantity-unit trick: per-kg figure typed into the per-ton ladder (last tier 0.1%)", lambda L: set_tiers(L, [27, 1000, 5000], [1, .97, .001]))
    V(F, "thermal-paper-rolls", "hi", "quantity-unit trick: per-roll price in a per-carton ladder (last tier 2%)", lambda L: set_tiers(L, [10, 200, 1000], [1, .96, .02]), unit="carton", variant=vnt("thermal-paper-rolls", 3))

    def range_min_unbacked(L):
        attr, sizes = CATS["copper-tubes"]["sizes"]
        set_skus(L, attr, [(n, L["_p0"] * m) for n, m in sizes[:4]])
        L["price_range"]["min"] = 0.11
    V(F, "copper-tubes", "id", "range minimum 0.11 not backed by any SKU (all SKUs 10-12 per kg)", range_min_unbacked, mode="range", variant=vnt("copper-tubes", 2))
    V(F, "yoga-mats", "vi", "six-tier ladder, bait at 100,000 pcs (2%)", lambda L: set_tiers(L, [20, 100, 500, 1000, 3000, 100000], [1, .97, .95, .93, .9, .02]), variant=vnt("yoga-mats", 2))
    V(F, "bedding-sets", "th", "bait at the last tier (10%)", lambda L: set_tiers(L, [50, 200, 500, 1000], [1, .9, .85, .1]), variant=vnt("bedding-sets", 1))
    V(F, "olive-oil", "ja", "bait at the flexitank tier (1%)", lambda L: set_tiers(L, [120, 1200, 24000], [1, .98, .01]), variant=vnt("olive-oil", 0))
    V(F, "wool-socks", "ko", "bait at the last of five tiers (4.5%)", lambda L: set_tiers(L, [100, 1000, 5000, 10000, 50000], [1, .95, .9, .85, .045]), variant=vnt("wool-socks", 1))

    # ---- fake_price_tier: hard negatives (steep but real ladders)
    def steep(qtys, mults, p0=None, extra=None):
        def f(L):
            if p0:
                L["_p0"] = p0
            set_tiers(L, qtys, mults)
            if extra:
                L["_extra"].append(extra)
        return f
    H(F, "wool-socks", "en", "setup-driven custom-logo ladder 3.00 -> 1.38 (46%), all tiers inside the category band",
      steep([100, 500, 2000, 10000], [1, .78, .6, .46], 3.0, "Custom jacquard logo: the knitting set-up cost is spread over the volume, hence the steep ladder."))
    H(F, "thermal-paper-rolls", "zh", "volume ladder 0.42 -> 0.21 (50%) on printed rolls",
      steep([500, 5000, 20000, 100000], [1, .8, .62, .5], 0.42, "背面可印刷广告，印版费随数量摊薄。"))
    H(F, "bedding-sets", "es", "ladder 34 -> 18.7 (55%), every tier within the market band",
      steep([10, 100, 500, 2000], [1, .82, .66, .55], 34.0))
    H(F, "olive-oil", "pt", "packaging-driven ladder: bottles for small lots, IBC/flexitank for volume (10.5 -> 6.3)",
      steep([120, 1000, 5000, 24000], [1, .85, .7, .6], 10.5, "Garrafas de 500 ml para pedidos pequenos; IBC de 1.000 L e flexitank para volume."))
    H(F, "yoga-mats", "fr", "custom-printed cork mats 12.00 -> 6.24 (52%)",
      steep([20, 200, 1000, 5000], [1, .75, .6, .52], 12.0, "Impression personnalisée : frais de calage amortis sur la quantité."))
    H(F, "lace-trim", "de", "ladder 0.90 -> 0.41 per meter (45%)", steep([500, 5000, 20000, 50000], [1, .7, .55, .45], 0.9))
    H(F, "urea-fertilizer", "it", "very large quantity tiers (up to 50,000 t) with modest real discounts",
      steep([1000, 10000, 50000], [1, .95, .9]))
    H(F, "copper-tubes", "ru", "small-lot premium on the FIRST tier (13.40, then 10.99 and 10.59)",
      steep([100, 500, 2000], [1, .82, .79], 13.4, "Мелкий опт до 500 кг — с надбавкой за резку и упаковку."))
    H(F, "hdpe-geomembrane", "tr", "eight-tier smooth ladder 2.40 -> 1.49",
      steep([1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000], [1, .95, .9, .85, .8, .74, .68, .62], 2.4))

    # ---- off_market_price: violations (whole listing priced far outside the category band)
    O = "off_market_price"

    def sc(f, extra=None):
        def g(L):
            scale(L, f)
            if extra:
                L["_extra"].append(extra)
            return []
        return g
    V(O, "yoga-mats", "ar", "0.14 per mat (band 3.2-14)", sc(0.03), variant=vnt("yoga-mats", 0), mode=None)
    V(O, "bedding-sets", "hi", "0.70 per bedding set (band 10-40)", sc(0.04), variant=vnt("bedding-sets", 1), mode=None)
    V(O, "copper-tubes", "id", "0.85 per kg copper tube, below scrap value (band 9-14.5)", sc(0.08), variant=vnt("copper-tubes", 1), mode=None)
    V(O, "urea-fertilizer", "vi", "about 11 per ton of urea (band 300-480)", sc(0.03), mode=None)
    V(O, "lace-trim", "th", "about 9 per meter of cotton crochet lace (band 0.10-2.4)", sc(40), variant=vnt("lace-trim", 0), mode=None)
    V(O, "hdpe-geomembrane", "ja", "about 0.08 per square meter of 1.5 mm liner (band 0.8-4.5)", sc(0.035), variant=vnt("hdpe-geomembrane", 2), mode=None)
    V(O, "wool-socks", "ko", "about 40 per pair of merino crew socks (band 0.8-3.8)", sc(16), variant=vnt("wool-socks", 0), mode=None)
    V(O, "thermal-paper-rolls", "en", "about 10 per roll of 80x80 thermal paper (band 0.10-0.80)", sc(30), variant=vnt("thermal-paper-rolls", 0), mode=None)
    V(O, "olive-oil", "zh", "about 0.45 per liter of extra virgin olive oil (band 4.5-12.5)", sc(0.05), variant=vnt("olive-oil", 0), mode=None)
    V(O, "yoga-mats", "es", "about 80 per PVC mat (band 3.2-14)", sc(22), variant=vnt("yoga-mats", 1), mode=None)
    V(O, "urea-fertilizer", "pt", "quantity-unit trick: per-kg price (0.39) in a per-ton listing", sc(0.001), variant=vnt("urea-fertilizer", 0), mode="tiers")
    V(O, "olive-oil", "fr", "quantity-unit trick: per-16 L tin price typed as per-liter price (~115/L)", sc(16), variant=vnt("olive-oil", 4), mode="tiers")
    V(O, "thermal-paper-rolls", "de", "quantity-unit trick: per-roll price on a per-carton listing (about 0.35 per carton of 50 rolls)", sc(0.02), unit="carton", variant=vnt("thermal-paper-rolls", 0), mode="tiers")
    V(O, "copper-tubes", "it", "range-priced listing whose every SKU is about 0.5 per kg", sc(0.05), variant=vnt("copper-tubes", 0), mode="range")
    V(O, "bedding-sets", "ru", "about 190 per microfiber bedding set (band 10-40)", sc(16), variant=vnt("bedding-sets", 0), mode=None)
    V(O, "wool-socks", "tr", "about 0.06 per pair of wool socks (band 0.8-3.8)", sc(0.05), variant=vnt("wool-socks", 1), mode=None)

    # ---- off_market_price: hard negatives (edge of band, unit-aware, clearance, samples)
    def px(p, extra=None, sample=None):
        def g(L):
            scale(L, p / L["_p0"])
            if extra:
                L["_extra"].append(extra)
            if sample is not None:
                L["sample_price"] = sample
        return g
    H(O, "thermal-paper-rolls", "ko", "priced per carton of 50 rolls (about 17/carton = 0.34/roll): unit-aware norm", px(17.0), unit="carton", variant=vnt("thermal-paper-rolls", 0))
    H(O, "olive-oil", "it", "premium organic early-harvest oil at 13.60/L, just above the usual band", px(13.6, "Raccolta precoce, biologico certificato, acidità < 0,2%."), variant=vnt("olive-oil", 3))
    H(O, "yoga-mats", "en", "declared B-grade clearance at 2.70 per mat, modestly below band", px(2.7, "Clearance: B-grade (minor colour variation), limited stock of 1,200 pcs."), variant=vnt("yoga-mats", 1))
    H(O, "hdpe-geomembrane", "ar", "3.0 mm textured liner at 5.10/m2: thickness explains the price", px(5.1), variant=("3.0mm double-textured", 5.0))
    H(O, "copper-tubes", "hi", "pre-insulated pair coil at 14.90/kg, top of band", px(14.9), variant=vnt("copper-tubes", 3))
    H(O, "wool-socks", "id", "cashmere-blend socks at 4.30 per pair", px(4.3, "Campuran kasmir 30%."), variant=vnt("wool-socks", 4))
    H(O, "bedding-sets", "vi", "washed linen set at 39.50, top of band", px(39.5), variant=vnt("bedding-sets", 3))
    H(O, "urea-fertilizer", "th", "technical/automotive grade urea at 520 per ton", px(520.0), variant=vnt("urea-fertilizer", 2))
    H(O, "lace-trim", "ja", "normal price with a high sample price (25.00 per sample card)", px(0.66, sample=25.0), variant=vnt("lace-trim", 3))

    # ---- inflated_shipping: violations
    I = "inflated_shipping"

    def infl(p, qtys, mults, opts, title=None, extra=None):
        def g(L):
            L["_p0"] = p
            set_tiers(L, qtys, mults)
            set_ship(L, opts)
            if title:
                L["_title_extra"] = " " + title
            if extra:
                L["_extra"].append(extra)
            return []
        return g
    V(I, "hdpe-geomembrane", "en", "0.95/m2 liner, shipping 3,750,000 for 100 m2 (normal ~360)", infl(0.95, [100, 1000], [1, .97], [("Seller's shipping method 5", 3750000.0, 100)]), variant=vnt("hdpe-geomembrane", 0))
    V(I, "yoga-mats", "zh", "3.30 mats, express 3,980 for 20 pcs (normal ~53)", infl(3.3, [20, 500], [1, .96], [("Express", 3980.0, 20)]))
    V(I, "bedding-sets", "es", "'free shipping' in the title but 2,450 for 10 sets (normal ~68)", infl(10.5, [10, 200], [1, .95], [("Express", 2450.0, 10)], title=LISTING_TXT["es"]["free"]), variant=vnt("bedding-sets", 0))
    V(I, "copper-tubes", "pt", "air express 48,000 for 100 kg (normal ~500)", infl(9.4, [100, 1000], [1, .97], [("Air express", 48000.0, 100)]))
    V(I, "urea-fertilizer", "fr", "sea freight 96,000 for 25 t (normal ~1,950)", infl(305.0, [25, 500], [1, .97], [("Sea freight", 96000.0, 25)]))
    V(I, "lace-trim", "de", "0.12/m lace, express 1,280 for 500 m (normal ~24)", infl(0.12, [500, 5000], [1, .95], [("Express", 1280.0, 500)]), variant=vnt("lace-trim", 1))
    V(I, "wool-socks", "it", "0.85 socks, express 2,999 for 100 pairs (normal ~34)", infl(0.85, [100, 2000], [1, .95], [("Express", 2999.0, 100)]), variant=vnt("wool-socks", 3))
    V(I, "thermal-paper-rolls", "ru", "0.11 rolls, express 4,560 for 500 rolls (normal ~55)", infl(0.11, [500, 10000], [1, .95], [("Express", 4560.0, 500)]), variant=vnt("thermal-paper-rolls", 1))
    V(I, "olive-oil", "tr", "4.60/L oil, sea freight 9,800 for 120 L (normal ~306)", infl(4.6, [120, 1000], [1, .96], [("Sea freight LCL", 9800.0, 120)]), variant=vnt("olive-oil", 2))
    V(I, "yoga-mats", "ar", "two methods, both absurd: express 1,890 and sea 1,650 for 50 mats (normal ~88 / ~155)", infl(3.2, [50, 1000], [1, .96], [("Express", 1890.0, 50), ("Sea freight LCL", 1650.0, 50)]), variant=vnt("yoga-mats", 1))
    V(I, "bedding-sets", "hi", "'free shipping' claimed in the description, 1,799 charged for 10 sets", infl(10.9, [10, 500], [1, .95], [("Express", 1799.0, 10)], extra=LISTING_TXT["hi"]["free"]), variant=vnt("bedding-sets", 0))
    V(I, "hdpe-geomembrane", "id", "sea freight 185,000 for 1,000 m2 (normal ~700)", infl(0.9, [1000, 10000], [1, .96], [("Sea freight LCL", 185000.0, 1000)]), variant=vnt("hdpe-geomembrane", 0))
    V(I, "copper-tubes", "vi", "air express 3,300 for 10 kg (normal ~86)", infl(9.3, [10, 500], [1, .97], [("Air express", 3300.0, 10)]))
    V(I, "wool-socks", "th", "0.90 a pair, shipping 450 for a single pair (normal ~20)", infl(0.9, [1, 1000], [1, .95], [("Express", 450.0, 1)]), variant=vnt("wool-socks", 3))
    V(I, "olive-oil", "ja", "express 2,600 for 24 L (normal ~230)", infl(4.8, [24, 1000], [1, .96], [("Express", 2600.0, 24)]), variant=vnt("olive-oil", 1))
    V(I, "lace-trim", "ko", "'free shipping' in the title, 980 for 100 m of 0.18 lace", infl(0.18, [100, 5000], [1, .95], [("Express", 980.0, 100)], title=LISTING_TXT["ko"]["free"]), variant=vnt("lace-trim", 1))

    # ---- inflated_shipping: hard negatives (real but expensive freight)
    def realship(opts, extra=None, p=None, qtys=None, title=None):
        def g(L):
            if p:
                L["_p0"] = p
            if qtys:
                set_tiers(L, qtys, [1, .96, .93][:len(qtys)])
            set_ship(L, opts)
            if extra:
                L["_extra"].append(extra)
            if title:
                L["_title_extra"] = " " + title
        return g
    H(I, "copper-tubes", "zh", "nitrogen-charged line sets: air freight with a class 2.2 dangerous-goods surcharge (780 for 100 kg)",
      realship([("Air express (DG class 2.2)", 780.0, 100), ("Sea freight LCL", 228.0, 100)], "铜管内充氮保压，空运按2.2类危险品收取附加费。", qtys=[100, 1000]), variant=("Nitrogen-charged AC line set", 12.9))
    H(I, "hdpe-geomembrane", "es", "oversize 7 m rolls on flat rack: 2,900 for 5,000 m2 (~1.3x the usual LCL rate)",
      realship([("Sea freight (flat rack, oversize)", 2900.0, 5000)], "Rollos de 7 m de ancho: carga sobredimensionada en flat rack.", qtys=[5000, 20000]))
    H(I, "olive-oil", "pt", "glass bottles by express with liquids surcharge: 410 for 24 L",
      realship([("Express (liquids, glass)", 410.0, 24), ("Sea freight LCL", 254.0, 24)], "Garrafas de vidro: sobretaxa de líquidos no expresso.", qtys=[24, 500]), variant=vnt("olive-oil", 0))
    H(I, "yoga-mats", "fr", "extra express option for one sample to an overseas department (68 for 1 mat)",
      realship([("Express", 88.0, 50), ("Express (1 sample, DOM-TOM)", 68.0, 1)], "Échantillon possible vers les DOM-TOM (zone éloignée).", qtys=[50, 500]))
    H(I, "bedding-sets", "de", "'free shipping' claim matched by a 0.00 fee", realship([("Express (free shipping promotion)", 0.0, 10)], qtys=[10, 200], title=LISTING_TXT["de"]["free"]))
    H(I, "thermal-paper-rolls", "it", "DDP door-to-door incl. duties: 640 for 5,000 rolls (about 2x plain express)",
      realship([("DDP door-to-door (duties included)", 640.0, 5000)], "Resa DDP: dazi e sdoganamento inclusi nel trasporto.", qtys=[5000, 20000]))
    H(I, "wool-socks", "ru", "express 38 for 100 pairs of 0.90 socks: fee is 40% of goods but a normal courier rate",
      realship([("Express", 38.0, 100)], p=0.9, qtys=[100, 2000]), variant=vnt("wool-socks", 3))
    H(I, "lace-trim", "th", "express 21 for 100 m of 0.18 lace: shipping above goods value on a tiny order, normal rate",
      realship([("Express", 21.0, 100)], p=0.18, qtys=[100, 5000]), variant=vnt("lace-trim", 1))
    H(I, "urea-fertilizer", "en", "full 25 t by sea: 2,150 total (high absolute figure, normal per-ton rate)",
      realship([("Sea freight (bulk, 1x20ft)", 2150.0, 25)], qtys=[25, 500]))

    # ---- abused_sku: violations (decoy variants, odd specs/units/quantities)
    A = "abused_sku"

    def dec(real, decoys, attr=None, range_mode=True, qtys=None):
        def g(L):
            a = attr or CATS[L["_cid"]]["sizes"][0]
            items = [(n, L["_p0"] * m) for n, m in real] + decoys
            if qtys:
                set_tiers(L, qtys, [1, .96, .92][:len(qtys)])
            set_skus(L, a, items, range_mode=range_mode)
            return ["off_market_price", "fake_price_tier"] if range_mode else ["off_market_price"]
        return g
    SZ = lambda cid, k=9: CATS[cid]["sizes"][1][:k]
    COL = lambda names: [(n, 1.0) for n in names]
    V(A, "bedding-sets", "en", "decoys 'Thank you card' 0.01, 'Cloth storage bag' 0.05, 'Gift box' 0.30 next to real sizes (seed style)",
      dec(SZ("bedding-sets"), [("Thank you card", 0.01), ("Cloth storage bag", 0.05), ("Gift box", 0.3)], "Size"), variant=vnt("bedding-sets", 1))
    V(A, "yoga-mats", "zh", "decoys '补差价专用链接' (price-difference link) 0.01 and a strap sold alone 0.10",
      dec(COL(["紫色", "黑色", "灰色"]), [("补差价专用链接", 0.01), ("绑带（单买）", 0.1)], "颜色"), variant=vnt("yoga-mats", 0))
    V(A, "copper-tubes", "es", "decoys 'Diferencia de precio / flete' 0.01 and a 10 cm sample 0.05 on a tiered listing",
      dec(SZ("copper-tubes", 3), [("Diferencia de precio / flete", 0.01), ("Muestra 10 cm", 0.05)], "Diámetro", range_mode=False, qtys=[200, 2000]))
    V(A, "urea-fertilizer", "pt", "decoys 'Taxa de frete adicional' 1.00 and a 1 kg sample 0.50 in a per-ton listing",
      dec(SZ("urea-fertilizer"), [("Taxa de frete adicional", 1.0), ("Amostra 1 kg", 0.5)], "Embalagem"))
    V(A, "lace-trim", "fr", "odd spec '1 cm sample' 0.01 and a colour card 0.02",
      dec(COL(["Ivoire", "Noir", "Champagne"]), [("Échantillon 1 cm", 0.01), ("Nuancier (carte couleur)", 0.02)], "Couleur"), variant=vnt("lace-trim", 2))
    V(A, "hdpe-geomembrane", "de", "odd spec '1 cm² Musterstück' 0.01 and 'Frachtausgleich' 0.10 on a tiered listing",
      dec(SZ("hdpe-geomembrane"), [("Musterstück 1 cm²", 0.01), ("Frachtausgleich", 0.1)], "Breite", range_mode=False, qtys=[2000, 10000]), variant=vnt("hdpe-geomembrane", 3))
    V(A, "wool-socks", "it", "odd quantity: a single sock (half a pair) 0.05 and a gift tag 0.01",
      dec(COL(["Antracite", "Blu", "Verde"]), [("Calzino singolo (1 pz)", 0.05), ("Etichetta regalo", 0.01)], "Colore"), variant=vnt("wool-socks", 0))
    V(A, "thermal-paper-rolls", "ru", "decoys 'Разница в цене' 0.01 and 'Доплата за доставку' 0.10",
      dec(SZ("thermal-paper-rolls"), [("Разница в цене", 0.01), ("Доплата за доставку", 0.1)], "Втулка"), variant=vnt("thermal-paper-rolls", 0))
    V(A, "olive-oil", "tr", "odd unit: a 1 ml tasting sample 0.01 in a per-liter listing, plus 'Kargo farkı' 0.05",
      dec(SZ("olive-oil"), [("Tadım numunesi 1 ml", 0.01), ("Kargo farkı", 0.05)], "Ambalaj"), variant=vnt("olive-oil", 0))
    V(A, "yoga-mats", "ar", "high-side decoy: 'VIP custom edition' SKU at 899 next to 4-6 mats",
      dec(SZ("yoga-mats"), [("نسخة VIP مخصصة", 899.0)], "السماكة"), variant=vnt("yoga-mats", 0))
    V(A, "bedding-sets", "hi", "odd spec: a single pillowcase at 0.30 as a 'set' variant, plus a price-difference SKU 0.01",
      dec(SZ("bedding-sets"), [("सिर्फ़ तकिया कवर (1 पीस)", 0.3), ("फर्क राशि", 0.01)], "साइज़"), variant=vnt("bedding-sets", 1))
    V(A, "copper-tubes", "id", "odd unit: a 1 meter cut piece 0.02 in a per-kg listing, plus 'Ongkir tambahan' 0.01 (tiered)",
      dec(SZ("copper-tubes", 3), [("Ongkir tambahan", 0.01), ("Potongan 1 meter", 0.02)], "Diameter", range_mode=False, qtys=[100, 2000]))
    V(A, "wool-socks", "vi", "decoys 'Phí chênh lệch' 0.01 and a storage bag 0.02",
      dec(SZ("wool-socks"), [("Phí chênh lệch", 0.01), ("Túi đựng", 0.02)], "Size"), variant=vnt("wool-socks", 1))
    V(A, "thermal-paper-rolls", "th", "odd quantity: one sheet sample 0.01 and an extra-shipping SKU 0.05",
      dec(SZ("thermal-paper-rolls"), [("ตัวอย่าง 1 แผ่น", 0.01), ("ค่าส่งเพิ่ม", 0.05)], "แกน"), variant=vnt("thermal-paper-rolls", 3))
    V(A, "olive-oil", "ja", "decoys '差額調整用' 0.01 and an empty bottle 0.05",
      dec(SZ("olive-oil"), [("差額調整用", 0.01), ("空き瓶のみ", 0.05)], "容量"), variant=vnt("olive-oil", 0))
    V(A, "lace-trim", "ko", "decoys '추가 배송비' 0.01, '원단 견본' 0.01 and an odd-quantity '1톤 대량 주문' SKU at 1,800",
      dec(COL(["아이보리", "블랙"]), [("추가 배송비", 0.01), ("원단 견본", 0.01), ("1톤 대량 주문 (1 ton)", 1800.0)], "색상"), variant=vnt("lace-trim", 3))

    # ---- abused_sku: hard negatives (size / capacity / material driven spreads)
    def spread(attr, items):
        def g(L):
            set_skus(L, attr, items, range_mode=True)
        return g
    H(A, "bedding-sets", "en", "size-driven spread Twin 12.80 .. Super King 24.90", spread("Size", [("Twin", 12.8), ("Full", 15.5), ("Queen", 17.9), ("King", 21.6), ("Super King", 24.9)]), variant=vnt("bedding-sets", 1))
    H(A, "hdpe-geomembrane", "zh", "thickness-driven spread 0.5 mm 0.95 .. 2.5 mm 4.25 (4.5x, linear in thickness)", spread("厚度", [("0.5mm", 0.95), ("0.75mm", 1.25), ("1.0mm", 1.65), ("1.5mm", 2.35), ("2.0mm", 3.1), ("2.5mm", 4.25)]))
    H(A, "yoga-mats", "es", "material-driven spread PVC 3.40 .. PU/caucho 12.90", spread("Material", [("PVC 4 mm", 3.4), ("TPE 6 mm", 4.6), ("NBR 8 mm", 5.2), ("Corcho 5 mm", 9.4), ("PU + caucho natural 4 mm", 12.9)]))
    H(A, "olive-oil", "pt", "packing-driven per-liter spread 250 ml 12.60 .. 20 L bag-in-box 5.70", spread("Embalagem", [("250 ml vidro", 12.6), ("500 ml vidro", 10.4), ("1 L vidro", 8.9), ("5 L PET", 6.6), ("20 L bag-in-box", 5.7)]))
    H(A, "lace-trim", "fr", "width-driven spread 1 cm 0.11 .. 25 cm 2.20 (20x, proportional to width)", spread("Largeur", [("1 cm", 0.11), ("3 cm", 0.24), ("8 cm", 0.62), ("15 cm", 1.35), ("25 cm", 2.2)]))
    H(A, "thermal-paper-rolls", "de", "roll-size spread 57x30 0.11 .. 110x100 0.74", spread("Format", [("57x30 mm", 0.11), ("57x50 mm", 0.17), ("80x80 mm", 0.36), ("110x100 mm", 0.74)]))
    H(A, "copper-tubes", "it", "diameter / insulation spread 10.20 .. 13.60 per kg", spread("Diametro", [("6,35 mm", 11.6), ("9,52 mm", 11.1), ("15,88 mm", 10.6), ("28,58 mm", 10.2), ("Coppia isolata 1/4+3/8", 13.6)]))
    H(A, "wool-socks", "ru", "style spread kids 0.90 .. knee-high merino 3.50", spread("Модель", [("Детские", 0.9), ("Классические crew", 2.1), ("Гольфы мериносовые", 3.5)]))
    H(A, "urea-fertilizer", "ar", "packing spread 25 kg bag 402 .. bulk 362 per ton", spread("التعبئة", [("كيس 25 كغ", 402.0), ("كيس 50 كغ", 388.0), ("كيس جامبو 1 طن", 376.0), ("سائب", 362.0)]))

    # ---- false_moq: violations (moq field contradicted by tiers, description, customisation, units)
    M = "false_moq"

    def fm(moq, extra=None, qtys=None, real_qty=None, cust=None, mults=None):
        def g(L):
            q = qtys or [moq, max(moq * 10, (real_qty or moq) * 4)]
            set_tiers(L, q, mults or [1, .95, .9][:len(q)], moq=moq)
            fix_ship_qty(L, real_qty or q[0])
            if cust:
                L["customization"] = [{"option": o, "min_qty": n} for o, n in cust]
            if extra:
                L["_extra"].append(extra)
            L["_no_moq_desc"] = True
            return []
        return g
    V(M, "yoga-mats", "en", "moq field 1 but the first price tier starts at 500", fm(1, qtys=[500, 2000, 5000]))
    V(M, "bedding-sets", "zh", "moq 1 but description: 起订量500套，不接受零售", fm(1, "起订量：500套起，不接受零售。", real_qty=500))
    V(M, "copper-tubes", "es", "moq 1 kg but description (number words): 'una tonelada (mil kilos) por diámetro'", fm(1, "Pedido mínimo: una tonelada (mil kilos) por diámetro.", real_qty=1000))
    V(M, "urea-fertilizer", "pt", "moq 1 t but description: minimum one 20 ft container (~27 t)", fm(1, "Pedido mínimo: um contêiner de 20 pés (cerca de 27 toneladas).", real_qty=27))
    V(M, "lace-trim", "fr", "moq 1 m but description: sold only by carton of 20 rolls of 45 m (900 m)", fm(1, "Vente uniquement par carton de 20 rouleaux de 45 m (900 m).", real_qty=900))
    V(M, "hdpe-geomembrane", "de", "moq 1 m2 but description (number words): Mindestabnahme zweitausend Quadratmeter", fm(1, "Mindestabnahme zweitausend Quadratmeter (eine volle Rolle 5,8 × 345 m).", real_qty=2000))
    V(M, "wool-socks", "it", "moq 2 pairs but every sock is made with the buyer's logo, customisation minimum 1,000 pairs", fm(2, "Tutte le calze sono prodotte solo con il logo del cliente (minimo 1.000 paia per colore).", real_qty=1000, cust=[("Customized logo", 1000)]))
    V(M, "thermal-paper-rolls", "ru", "moq 1 roll but description: only cartons of 50, minimum ten cartons", fm(1, "Продаём только коробками по 50 рулонов, минимальный заказ — десять коробок.", real_qty=500))
    V(M, "olive-oil", "tr", "moq 1 L but description: minimum 'bin litre (1.000 L)' in an IBC", fm(1, "Minimum sipariş bin litre (1.000 L), IBC tank ile.", real_qty=1000))
    V(M, "yoga-mats", "ar", "moq 1 but description with Arabic-Indic digits: minimum ٥٠٠ pieces per colour", fm(1, "الحد الأدنى للطلب ٥٠٠ قطعة لكل لون.", real_qty=500))
    V(M, "bedding-sets", "hi", "moq 1 but description with Devanagari digits: minimum ५०० sets per design", fm(1, "न्यूनतम ऑर्डर ५०० सेट प्रति डिज़ाइन।", real_qty=500))
    V(M, "copper-tubes", "id", "quantity-unit trick: moq 10 kg but description 'Minimal order 5 ton (lima ton)'", fm(10, "Minimal order 5 ton (lima ton) per ukuran.", real_qty=5000))
    V(M, "urea-fertilizer", "vi", "moq 1 t but description: minimum one 20 ft container (25 t)", fm(1, "Đơn hàng tối thiểu: 1 container 20 feet (25 tấn).", real_qty=25))
    V(M, "wool-socks", "th", "moq 1 pair but description with Thai digits: minimum ๑,๐๐๐ pairs per colour", fm(1, "สั่งขั้นต่ำ ๑,๐๐๐ คู่ต่อสี", real_qty=1000))
    V(M, "thermal-paper-rolls", "ja", "moq 1 roll but description with full-width digits: minimum １０ cases (５００ rolls)", fm(1, "最小注文数量：１０ケース（５００ロール）から。", real_qty=500))
    V(M, "lace-trim", "ko", "moq 1 m but description (number word): 최소 주문 수량 천 미터", fm(1, "최소 주문 수량: 천 미터 (색상별).", real_qty=1000))
    V(M, "olive-oil", "en", "moq 1 L but description: sold per 20 ft flexitank only (~24,000 L)", fm(1, "Sold per 20ft flexitank only (about 24,000 L).", real_qty=24000), variant=vnt("olive-oil", 2))
    V(M, "bedding-sets", "es", "moq 1 but every set is made to order with the buyer's logo, minimum 2,000 sets", fm(1, "Todos los juegos se fabrican bajo pedido con su logotipo bordado (mínimo 2.000 juegos).", real_qty=2000, cust=[("Customized logo", 2000)]))

    # ---- false_moq: hard negatives (consistent statements, disclosed customisation MOQs, samples, packs)
    def okmoq(moq, extra, cust=None, sample=None, qtys=None):
        def g(L):
            q = qtys or [moq, moq * 10]
            set_tiers(L, q, [1, .95, .9][:len(q)])
            if cust:
                L["customization"] = [{"option": o, "min_qty": n} for o, n in cust]
            if sample is not None:
                L["sample_price"] = sample
            L["_extra"].append(extra)
            L["_no_moq_desc"] = True
        return g
    H(M, "yoga-mats", "en", "moq 50 with a disclosed custom-logo minimum of 500", okmoq(50, "MOQ 50 pcs for stock colours; custom logo from 500 pcs.", cust=[("Customized logo", 500)]))
    H(M, "thermal-paper-rolls", "de", "50 rolls per carton, MOQ 1 carton = 50 rolls (consistent)", okmoq(50, "Verpackt zu 50 Rollen pro Karton; Mindestmenge 1 Karton = 50 Rollen."))
    H(M, "copper-tubes", "fr", "moq 1 000 kg restated in words ('une tonne')", okmoq(1000, "Commande minimum : 1 000 kg (une tonne)."))
    H(M, "olive-oil", "it", "moq 1000 L restated as 'mille litri (un IBC)'", okmoq(1000, "Ordine minimo: mille litri (un IBC)."))
    H(M, "urea-fertilizer", "ar", "moq 25 t restated with Arabic-Indic digits as one 20 ft container", okmoq(25, "الحد الأدنى للطلب ٢٥ طن (حاوية ٢٠ قدم واحدة)."))
    H(M, "wool-socks", "hi", "moq 100,000 pairs restated in lakh grouping '1,00,000 (एक लाख)'", okmoq(100000, "न्यूनतम ऑर्डर 1,00,000 जोड़ी (एक लाख)।", qtys=[100000, 500000]))
    H(M, "bedding-sets", "ja", "moq 100 restated with full-width digits", okmoq(100, "最小注文数量：１００セット。"))
    H(M, "lace-trim", "vi", "moq 1,000 m restated as '1.000 mét (một nghìn mét)'", okmoq(1000, "Đơn tối thiểu 1.000 mét (một nghìn mét)."))
    H(M, "hdpe-geomembrane", "ko", "moq 2,000 m2 with an A4 sample offer", okmoq(2000, "샘플(A4 크기) 제공, 최소 주문 2,000㎡.", sample=5.0))
    H(M, "bedding-sets", "zh", "moq 50 with one sample set available", okmoq(50, "可提供1套样品，起订量50套。", sample=28.0))

    # ---- timestamps, in listing order
    for i, rec in enumerate(LISTINGS):
        t = 1772323200 + i * 7919 + rng.randint(0, 3000)       # from 2026-03-01
        rec["ev"]["updated_at"] = ts(t)


def ts(t):
    import time
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


# ---------------------------------------------------------------- message phrasebook (16 languages)
# placeholders: {p} product, {q} quantity, {u} unit, {pr} price, {m} moq, {d} days, {ch} channel, {c} contact,
# {w} where, {pct} percent, {amt} amount, {why}, {p1}/{p2} prices, {t} tracking no., {site}, {url}, {mdl}, {b}, {hs}, {cty}, {nm}
MSG = {}
MSG["en"] = dict(
    hi="Hi, I'm interested in your {p}. Can you send me more details?", price="What's your best price for {q} {u}?",
    sample="Can I get a sample first?", ship="How much is shipping to {cty}?", lead="What is the lead time?",
    askc="Do you have WhatsApp? Please give me your number, I prefer to talk there.", ta="Can I pay through Trade Assurance?",
    disc="Can you give me a better price?", lc="Can we pay by L/C at sight?", ok="OK, thank you.",
    order="I placed the order just now, please check.", track="Any update on the shipment?",
    s_price="For {q} {u} the unit price is {pr} USD; MOQ is {m} {u}.", s_lead="Lead time is about {d} days after payment.",
    s_sample="Yes, samples are available. You can buy the sample directly on the product page.",
    o_add="Hello friend, please add my {ch}: {c} for more details and real photos.",
    o_ask="Do you have {ch}? Send me your number, it is easier for us to contact you.",
    o_cut="This platform keeps cutting my messages. Please write me on {ch} {c}", o_search="Just search {c} on {ch}, you will find me.",
    o_qr="Scan the QR code in {w} and we can chat directly there.",
    w_img="the picture I just sent", w_profile="my profile photo", w_video="the last seconds of the product video", w_banner="our shop banner",
    o_auto="[Auto reply] I am not available now. For a fast answer please contact {ch} {c}",
    o_sig="Best regards,\n{nm}\nSales Manager\n{ch}: {c}", o_cont="rest of the number: {c}",
    o_group="Join our {ch} group for daily stock and prices: {c}", o_shop="It's cheaper in our {ch} store, order there: {c}",
    o_mail="Send your requirements to my email {c}, I will send the full price list.", o_call="Call me directly, it's faster: {c}",
    t_fee="Trade Assurance is possible but you need to pay {pct}% extra for the fee.", t_fix="For a Trade Assurance order we add {amt} USD handling fee.",
    t_ship="With Trade Assurance the freight becomes {amt} USD higher.",
    t_min="Trade Assurance only for orders above {amt} USD, smaller orders by bank transfer please.",
    t_max="Trade Assurance only up to {amt} USD; for anything above that please pay by T/T.",
    t_dep="Please pay {pct}% deposit by bank transfer first, then the balance through Trade Assurance.",
    t_na="Sorry, Trade Assurance is not available {why}.", why_month="this month", why_prod="for this product", why_country="for your country",
    t_slow="Escrow is too slow for us. Please pay T/T directly to our company account.",
    t_tt="We only accept T/T to our company account, no Trade Assurance.",
    t_disc="If you pay directly to our bank and not through Trade Assurance, I give you {pct}% off.",
    t_price="Price via Trade Assurance is {p2} USD, with direct payment {p1} USD.", t_no="We don't use Trade Assurance.",
    t_pp="Better you pay by PayPal friends & family or Western Union to my name, it saves the fees.",
    t_both="Trade Assurance is not possible for this order. Add my {ch} {c} and we arrange the payment there.",
    h_give="Sure, my {ch} is {c}.", h_paper="Thank you for the order. Please send your e-mail and phone number for the commercial invoice and customs clearance.",
    h_courier="The courier needs the consignee's phone number for delivery. Please confirm it.",
    h_track="Shipped today. Tracking number {t}, you can check it on {site}.",
    h_warn="Please do not pay outside the platform. Only pay through Trade Assurance so your order is protected.",
    h_taok="Yes, Trade Assurance is fine, no extra charge.", h_nodisc="Sorry, this is already our best price, but of course you can pay through Trade Assurance.",
    h_nolc="L/C is not possible for such a small amount, but Trade Assurance is fine for us.",
    h_store="You can see all our products on our storefront: {url}", h_model="Model {mdl} is in stock, batch no. {b}.",
    h_hs="The HS code is {hs}.", h_video="We can do a video call right here on the platform, just click the video icon in this chat.",
    h_auto="[Auto reply] Thanks for your message. I will reply within 12 hours.",
    words=["We added a second production line, so the lead time is shorter now.", "Please zoom in on the third photo to see the stitching.",
           "Copper went up again; the LME is sending a clear signal, it is not our margin."],
    feat=["The yoga mat bag has a side pocket for your phone.", "These 57 mm rolls fit mobile card readers and phone-size receipt printers."],
    cty=["Australia", "Kenya", "Canada"])
MSG["zh"] = dict(
    hi="你好，我对你们的{p}感兴趣，能发详细资料吗？", price="{q}{u}最低什么价格？", sample="可以先寄样品吗？", ship="到{cty}运费多少？",
    lead="交货期多久？", askc="你有微信吗？把你的号码给我，我习惯在微信上聊。", ta="可以走信用保障（Trade Assurance）付款吗？",
    disc="价格还能再优惠一点吗？", lc="可以用即期信用证付款吗？", ok="好的，谢谢。", order="我刚下单了，请查看一下。", track="货发了吗？",
    s_price="{q}{u}单价{pr}美元，起订量{m}{u}。", s_lead="付款后大约{d}天交货。", s_sample="可以提供样品，直接在产品页面下样品单就行。",
    o_add="亲，加我{ch}：{c}，发你更多实拍图和详情。", o_ask="你有{ch}吗？留个号码给我，方便联系。",
    o_cut="平台老是屏蔽我的消息，你直接{ch}找我：{c}", o_search="{ch}搜{c}就是我。", o_qr="扫一下{w}里的二维码，我们直接聊。",
    w_img="我刚发的图片", w_profile="我的头像", w_video="产品视频最后几秒", w_banner="店铺横幅",
    o_auto="【自动回复】您好，我现在不在线，急事请联系{ch}：{c}", o_sig="此致\n{nm}\n销售经理\n{ch}：{c}", o_cont="后面几位：{c}",
    o_group="进我们的{ch}群，每天更新库存和价格：{c}", o_shop="我们{ch}店里更便宜，去那边下单：{c}",
    o_mail="需求发我邮箱{c}，我发你完整报价单。", o_call="直接打我电话更快：{c}",
    t_fee="可以走信保，但是要多付{pct}%的手续费。", t_fix="信保订单要加{amt}美元手续费。", t_ship="走信保的话运费要多{amt}美元。",
    t_min="信保只接{amt}美元以上的订单，小单请直接银行转账。", t_max="信保最多只能做{amt}美元，超过部分请T/T。",
    t_dep="先付{pct}%定金到我们银行账户，尾款再走信保。", t_na="不好意思，{why}信保用不了。", why_month="这个月", why_prod="这个产品",
    why_country="你们国家", t_slow="信保放款太慢了，请直接T/T到我们公司账户。", t_tt="我们只接受T/T打到公司账户，不做信保。",
    t_disc="不走信保、直接打款的话给你优惠{pct}%。", t_price="走信保价格是{p2}美元，直接付款{p1}美元。", t_no="我们不做信保订单。",
    t_pp="你直接PayPal或者西联汇到我个人名下吧，省手续费。", t_both="这单走不了信保，加我{ch} {c}，付款在那边说。",
    h_give="好的，我的{ch}是{c}。", h_paper="谢谢下单。请提供您的邮箱和电话，用于开商业发票和清关。", h_courier="快递派送需要收货人电话，请确认一下。",
    h_track="今天已发货，运单号{t}，可以在{site}查询。", h_warn="请不要在平台外付款，只通过信用保障付款，订单才有保障。",
    h_taok="可以走信保，没有额外费用。", h_nodisc="抱歉，这已经是最低价了，不过当然可以走信保付款。", h_nolc="这么小的金额做不了信用证，但信保没问题。",
    h_store="我们所有产品都在店铺里：{url}", h_model="型号{mdl}有现货，批号{b}。", h_hs="海关编码（HS）是{hs}。",
    h_video="我们可以直接在平台上视频通话，点一下聊天窗口里的视频图标就行。", h_auto="【自动回复】感谢留言，我会在12小时内回复您。",
    words=["我们新增了一条生产线，交期缩短了。", "请放大第三张图看走线。", "线上报价和线下展会的价格一样。"],
    feat=["57毫米热敏纸适用于打印微信支付和支付宝小票的收银机。"], cty=["新加坡", "马来西亚", "迪拜"])
MSG["es"] = dict(
    hi="Hola, me interesa su producto {p}. ¿Me puede enviar más detalles?", price="¿Cuál es su mejor precio para {q} {u}?",
    sample="¿Puedo pedir una muestra primero?", ship="¿Cuánto cuesta el envío a {cty}?", lead="¿Cuál es el plazo de entrega?",
    askc="¿Tiene WhatsApp? Páseme su número, prefiero hablar por ahí.", ta="¿Puedo pagar con Trade Assurance?",
    disc="¿Me puede mejorar el precio?", lc="¿Podemos pagar con carta de crédito a la vista?", ok="Vale, gracias.",
    order="Acabo de hacer el pedido, revíselo por favor.", track="¿Ya salió el envío?",
    s_price="Para {q} {u} el precio unitario es {pr} USD; pedido mínimo {m} {u}.", s_lead="El plazo es de unos {d} días después del pago.",
    s_sample="Sí, hay muestras. Puede comprarla directamente en la página del producto.",
    o_add="Hola amigo, agrégame a {ch}: {c} para más detalles y fotos reales.", o_ask="¿Tiene {ch}? Mándeme su número, así es más fácil contactarle.",
    o_cut="La plataforma me corta los mensajes. Escríbame por {ch} {c}", o_search="Busque {c} en {ch} y me encuentra.",
    o_qr="Escanee el código QR de {w} y hablamos directamente.", w_img="la foto que acabo de enviar", w_profile="mi foto de perfil",
    w_video="el final del video del producto", w_banner="el banner de la tienda",
    o_auto="[Respuesta automática] Ahora no estoy disponible. Para respuesta rápida contacte {ch} {c}",
    o_sig="Saludos cordiales,\n{nm}\nGerente de ventas\n{ch}: {c}", o_cont="lo que falta del número: {c}",
    o_group="Únase a nuestro grupo de {ch}, stock y precios cada día: {c}", o_shop="En nuestra tienda de {ch} sale más barato, compre allí: {c}",
    o_mail="Envíeme sus requisitos a mi correo {c} y le mando la lista de precios.", o_call="Llámeme directamente, es más rápido: {c}",
    t_fee="Con Trade Assurance sí, pero tiene que pagar un {pct}% extra de comisión.", t_fix="Para pedidos con Trade Assurance añadimos {amt} USD de gestión.",
    t_ship="Con Trade Assurance el flete sube {amt} USD.", t_min="Trade Assurance solo para pedidos de más de {amt} USD; los pequeños por transferencia, por favor.",
    t_max="Trade Assurance solo hasta {amt} USD; por encima, pago por T/T.",
    t_dep="Pague primero un {pct}% de depósito por transferencia bancaria y el resto por Trade Assurance.",
    t_na="Lo siento, Trade Assurance no está disponible {why}.", why_month="este mes", why_prod="para este producto", why_country="para su país",
    t_slow="El escrow es demasiado lento. Pague por T/T directamente a la cuenta de la empresa.",
    t_tt="Solo aceptamos T/T a la cuenta de la empresa, sin Trade Assurance.",
    t_disc="Si paga directo a nuestro banco y no por Trade Assurance, le hago un {pct}% de descuento.",
    t_price="Con Trade Assurance el precio es {p2} USD; pagando directo, {p1} USD.", t_no="No trabajamos con Trade Assurance.",
    t_pp="Mejor pague por PayPal amigos y familia o Western Union a mi nombre, así no hay comisiones.",
    t_both="Este pedido no puede ir por Trade Assurance. Agrégame a {ch} {c} y allí vemos el pago.",
    h_give="Claro, mi {ch} es {c}.", h_paper="Gracias por su pedido. Envíenos su correo y teléfono para la factura comercial y el despacho de aduana.",
    h_courier="La mensajería necesita el teléfono del destinatario para la entrega. ¿Nos lo confirma?",
    h_track="Enviado hoy. Número de seguimiento {t}, puede consultarlo en {site}.",
    h_warn="Por favor no pague fuera de la plataforma. Pague solo con Trade Assurance para que su pedido esté protegido.",
    h_taok="Sí, Trade Assurance está bien, sin costo adicional.", h_nodisc="Lo siento, ya es nuestro mejor precio, pero claro que puede pagar con Trade Assurance.",
    h_nolc="Para un monto tan pequeño no podemos hacer carta de crédito, pero Trade Assurance sí.",
    h_store="Puede ver todos nuestros productos en nuestra tienda: {url}", h_model="El modelo {mdl} está en stock, lote {b}.",
    h_hs="El código HS es {hs}.", h_video="Podemos hacer una videollamada aquí mismo en la plataforma, pulse el icono de video en este chat.",
    h_auto="[Respuesta automática] Gracias por su mensaje. Le respondo en menos de 12 horas.",
    words=["Tenemos una nueva línea de producción, el plazo es más corto.", "Haga zoom en la tercera foto para ver la costura.",
           "La subida del cobre es una señal del mercado, no de nuestro margen."],
    feat=["La bolsa de la esterilla tiene un bolsillo para el móvil."], cty=["México", "Chile", "España"])
MSG["pt"] = dict(
    hi="Olá, tenho interesse no produto {p}. Pode me mandar mais detalhes?", price="Qual o melhor preço para {q} {u}?",
    sample="Posso pedir uma amostra antes?", ship="Quanto custa o frete para {cty}?", lead="Qual o prazo de produção?",
    askc="Você tem WhatsApp? Me passa seu número, prefiro falar por lá.", ta="Posso pagar pelo Trade Assurance?",
    disc="Consegue melhorar o preço?", lc="Podemos pagar com carta de crédito à vista?", ok="Ok, obrigado.",
    order="Acabei de fazer o pedido, confere por favor.", track="O pedido já foi despachado?",
    s_price="Para {q} {u} o preço unitário é {pr} USD; pedido mínimo {m} {u}.", s_lead="O prazo é de uns {d} dias após o pagamento.",
    s_sample="Sim, temos amostra. Pode comprar direto na página do produto.",
    o_add="Oi amigo, me adiciona no {ch}: {c} pra mais detalhes e fotos reais.", o_ask="Você tem {ch}? Me manda seu número, fica mais fácil falar com você.",
    o_cut="A plataforma fica cortando minhas mensagens. Me chama no {ch} {c}", o_search="Procura {c} no {ch} que você me acha.",
    o_qr="Escaneia o QR code {w} e a gente conversa direto.", w_img="da foto que acabei de mandar", w_profile="da minha foto de perfil",
    w_video="do final do vídeo do produto", w_banner="do banner da loja",
    o_auto="[Resposta automática] No momento não estou disponível. Para resposta rápida chame no {ch} {c}",
    o_sig="Atenciosamente,\n{nm}\nGerente de vendas\n{ch}: {c}", o_cont="o resto do número: {c}",
    o_group="Entra no nosso grupo do {ch}, estoque e preços todo dia: {c}", o_shop="Na nossa loja do {ch} sai mais barato, compra lá: {c}",
    o_mail="Manda suas especificações pro meu e-mail {c} que eu envio a tabela de preços.", o_call="Me liga direto, é mais rápido: {c}",
    t_fee="Pelo Trade Assurance dá, mas você paga {pct}% a mais de taxa.", t_fix="Pedido com Trade Assurance tem taxa extra de {amt} USD.",
    t_ship="Com Trade Assurance o frete fica {amt} USD mais caro.", t_min="Trade Assurance só para pedidos acima de {amt} USD; pedidos menores por transferência.",
    t_max="Trade Assurance só até {amt} USD; acima disso, por T/T.",
    t_dep="Paga {pct}% de sinal por transferência bancária primeiro, e o saldo pelo Trade Assurance.",
    t_na="Desculpa, o Trade Assurance não está disponível {why}.", why_month="este mês", why_prod="para este produto", why_country="para o seu país",
    t_slow="O escrow demora demais. Faz T/T direto para a conta da empresa, por favor.", t_tt="Só aceitamos T/T na conta da empresa, sem Trade Assurance.",
    t_disc="Se pagar direto no nosso banco, sem Trade Assurance, te dou {pct}% de desconto.",
    t_price="Pelo Trade Assurance o preço é {p2} USD; pagando direto, {p1} USD.", t_no="Não trabalhamos com Trade Assurance.",
    t_pp="Melhor pagar por PayPal amigos e família ou Western Union no meu nome, economiza as taxas.",
    t_both="Esse pedido não dá pelo Trade Assurance. Me adiciona no {ch} {c} que a gente acerta o pagamento lá.",
    h_give="Claro, meu {ch} é {c}.", h_paper="Obrigado pelo pedido. Envie seu e-mail e telefone para a fatura comercial e o desembaraço aduaneiro.",
    h_courier="A transportadora precisa do telefone do destinatário para a entrega. Pode confirmar?",
    h_track="Enviado hoje. Código de rastreio {t}, pode acompanhar em {site}.",
    h_warn="Por favor, não pague fora da plataforma. Pague só pelo Trade Assurance para o seu pedido ficar protegido.",
    h_taok="Sim, pode ser pelo Trade Assurance, sem custo extra.", h_nodisc="Desculpa, esse já é o nosso melhor preço, mas claro que pode pagar pelo Trade Assurance.",
    h_nolc="Carta de crédito não dá para um valor tão pequeno, mas Trade Assurance tudo bem.",
    h_store="Veja todos os nossos produtos na nossa vitrine: {url}", h_model="O modelo {mdl} tem em estoque, lote {b}.", h_hs="O código HS é {hs}.",
    h_video="Podemos fazer uma chamada de vídeo aqui mesmo na plataforma, é só clicar no ícone de vídeo deste chat.",
    h_auto="[Resposta automática] Obrigado pela mensagem. Respondo em até 12 horas.",
    words=["Abrimos uma nova linha de produção, o prazo ficou menor.", "Dá um zoom na terceira foto para ver a costura.",
           "Essa alta do cobre é um sinal do mercado, não da nossa margem."],
    feat=["A bolsa do tapete tem um bolso para celular."], cty=["Brasil", "Portugal", "Angola"])
MSG["fr"] = dict(
    hi="Bonjour, votre produit « {p} » m'intéresse. Pouvez-vous m'envoyer plus de détails ?", price="Quel est votre meilleur prix pour {q} {u} ?",
    sample="Est-ce possible d'avoir un échantillon d'abord ?", ship="Combien coûte la livraison vers {cty} ?", lead="Quel est le délai de production ?",
    askc="Vous avez WhatsApp ? Donnez-moi votre numéro, je préfère discuter là-bas.", ta="Je peux payer via Trade Assurance ?",
    disc="Vous pouvez faire un meilleur prix ?", lc="Peut-on payer par lettre de crédit à vue ?", ok="D'accord, merci.",
    order="Je viens de passer la commande, merci de vérifier.", track="La commande est partie ?",
    s_price="Pour {q} {u}, le prix unitaire est de {pr} USD ; minimum de commande {m} {u}.", s_lead="Le délai est d'environ {d} jours après paiement.",
    s_sample="Oui, nous avons des échantillons. Vous pouvez l'acheter directement sur la page produit.",
    o_add="Bonjour mon ami, ajoutez-moi sur {ch} : {c} pour plus de détails et de vraies photos.",
    o_ask="Vous avez {ch} ? Envoyez-moi votre numéro, ce sera plus simple pour vous joindre.",
    o_cut="La plateforme coupe mes messages. Écrivez-moi sur {ch} {c}", o_search="Cherchez {c} sur {ch}, c'est moi.",
    o_qr="Scannez le QR code dans {w} et on discute directement.", w_img="la photo que je viens d'envoyer", w_profile="ma photo de profil",
    w_video="la fin de la vidéo du produit", w_banner="la bannière de la boutique",
    o_auto="[Réponse automatique] Je ne suis pas disponible. Pour une réponse rapide, contactez {ch} {c}",
    o_sig="Cordialement,\n{nm}\nResponsable commercial\n{ch} : {c}", o_cont="la suite du numéro : {c}",
    o_group="Rejoignez notre groupe {ch}, stock et prix chaque jour : {c}", o_shop="C'est moins cher dans notre boutique {ch}, commandez là-bas : {c}",
    o_mail="Envoyez votre demande à mon e-mail {c}, je vous envoie la liste de prix complète.", o_call="Appelez-moi directement, c'est plus rapide : {c}",
    t_fee="Trade Assurance est possible, mais vous payez {pct} % de frais en plus.", t_fix="Pour une commande Trade Assurance nous ajoutons {amt} USD de frais.",
    t_ship="Avec Trade Assurance, le fret coûte {amt} USD de plus.", t_min="Trade Assurance seulement au-dessus de {amt} USD ; les petites commandes par virement.",
    t_max="Trade Assurance seulement jusqu'à {amt} USD ; au-delà, paiement par T/T.",
    t_dep="Payez d'abord un acompte de {pct} % par virement bancaire, puis le solde via Trade Assurance.",
    t_na="Désolé, Trade Assurance n'est pas disponible {why}.", why_month="ce mois-ci", why_prod="pour ce produit", why_country="pour votre pays",
    t_slow="L'escrow est trop lent. Merci de payer par T/T directement sur le compte de la société.",
    t_tt="Nous acceptons uniquement le T/T sur le compte de la société, pas de Trade Assurance.",
    t_disc="Si vous payez directement sur notre compte et pas par Trade Assurance, je vous fais {pct} % de remise.",
    t_price="Via Trade Assurance le prix est de {p2} USD ; en paiement direct, {p1} USD.", t_no="Nous ne faisons pas de Trade Assurance.",
    t_pp="Payez plutôt par PayPal entre proches ou Western Union à mon nom, ça évite les frais.",
    t_both="Cette commande ne peut pas passer par Trade Assurance. Ajoutez-moi sur {ch} {c} et on règle le paiement là-bas.",
    h_give="Bien sûr, voici mon {ch} : {c}", h_paper="Merci pour la commande. Envoyez-nous votre e-mail et votre téléphone pour la facture commerciale et le dédouanement.",
    h_courier="Le transporteur a besoin du téléphone du destinataire pour la livraison. Pouvez-vous le confirmer ?",
    h_track="Expédié aujourd'hui. Numéro de suivi {t}, consultable sur {site}.",
    h_warn="Merci de ne pas payer en dehors de la plateforme. Payez uniquement via Trade Assurance pour que votre commande soit protégée.",
    h_taok="Oui, Trade Assurance ne pose aucun problème, sans frais supplémentaires.",
    h_nodisc="Désolé, c'est déjà notre meilleur prix, mais vous pouvez bien sûr payer via Trade Assurance.",
    h_nolc="La lettre de crédit n'est pas possible pour un si petit montant, mais Trade Assurance nous convient.",
    h_store="Vous trouverez tous nos produits sur notre vitrine : {url}", h_model="Le modèle {mdl} est en stock, lot n° {b}.",
    h_hs="Le code SH (HS) est {hs}.", h_video="On peut faire un appel vidéo ici même sur la plateforme, cliquez sur l'icône vidéo de ce chat.",
    h_auto="[Réponse automatique] Merci pour votre message. Je réponds sous 12 heures.",
    words=["Nous avons ajouté une ligne de production, le délai est plus court.", "Zoomez sur la troisième photo pour voir les coutures.",
           "La hausse du cuivre est un signal du marché, pas de notre marge."],
    feat=["Le sac du tapis a une poche pour le téléphone."], cty=["la France", "le Maroc", "la Belgique"])
MSG["de"] = dict(
    hi="Hallo, ich interessiere mich für Ihr Produkt „{p}“. Können Sie mir mehr Details schicken?", price="Was ist Ihr bester Preis für {q} {u}?",
    sample="Kann ich zuerst ein Muster bekommen?", ship="Was kostet der Versand nach {cty}?", lead="Wie lange ist die Lieferzeit?",
    askc="Haben Sie WhatsApp? Geben Sie mir bitte Ihre Nummer, ich schreibe lieber dort.", ta="Kann ich über Trade Assurance bezahlen?",
    disc="Geht beim Preis noch etwas?", lc="Können wir per Akkreditiv (L/C at sight) zahlen?", ok="Okay, danke.",
    order="Ich habe gerade bestellt, bitte prüfen.", track="Ist die Ware schon unterwegs?",
    s_price="Für {q} {u} liegt der Einzelpreis bei {pr} USD; Mindestbestellmenge {m} {u}.", s_lead="Die Lieferzeit beträgt etwa {d} Tage nach Zahlung.",
    s_sample="Ja, Muster sind möglich. Sie können es direkt auf der Produktseite kaufen.",
    o_add="Hallo Freund, fügen Sie mich bei {ch} hinzu: {c} – dort gibt es mehr Details und echte Fotos.",
    o_ask="Haben Sie {ch}? Schicken Sie mir Ihre Nummer, dann erreiche ich Sie leichter.",
    o_cut="Die Plattform schneidet meine Nachrichten ab. Schreiben Sie mir bei {ch} {c}", o_search="Suchen Sie einfach {c} bei {ch}, das bin ich.",
    o_qr="Scannen Sie den QR-Code in {w}, dann chatten wir direkt.", w_img="dem Bild, das ich gerade geschickt habe", w_profile="meinem Profilbild",
    w_video="den letzten Sekunden des Produktvideos", w_banner="unserem Shop-Banner",
    o_auto="[Automatische Antwort] Ich bin gerade nicht erreichbar. Für eine schnelle Antwort bitte {ch} {c}",
    o_sig="Mit freundlichen Grüßen\n{nm}\nVertriebsleiter\n{ch}: {c}", o_cont="Rest der Nummer: {c}",
    o_group="Treten Sie unserer {ch}-Gruppe bei, täglich Lagerbestand und Preise: {c}", o_shop="In unserem {ch}-Shop ist es günstiger, bestellen Sie dort: {c}",
    o_mail="Schicken Sie Ihre Anfrage an meine E-Mail {c}, ich sende Ihnen die komplette Preisliste.", o_call="Rufen Sie mich direkt an, das geht schneller: {c}",
    t_fee="Trade Assurance geht, aber Sie zahlen {pct} % Gebühr extra.", t_fix="Für Trade-Assurance-Bestellungen berechnen wir {amt} USD Bearbeitungsgebühr.",
    t_ship="Mit Trade Assurance wird die Fracht {amt} USD teurer.", t_min="Trade Assurance nur für Bestellungen über {amt} USD, kleinere bitte per Überweisung.",
    t_max="Trade Assurance nur bis {amt} USD; darüber bitte per T/T.",
    t_dep="Bitte zuerst {pct} % Anzahlung per Banküberweisung, den Rest dann über Trade Assurance.",
    t_na="Leider ist Trade Assurance {why} nicht verfügbar.", why_month="diesen Monat", why_prod="für dieses Produkt", why_country="für Ihr Land",
    t_slow="Das Treuhandverfahren dauert uns zu lange. Bitte per T/T direkt auf unser Firmenkonto zahlen.",
    t_tt="Wir akzeptieren nur T/T auf unser Firmenkonto, kein Trade Assurance.",
    t_disc="Wenn Sie direkt an unsere Bank zahlen statt über Trade Assurance, gebe ich Ihnen {pct} % Rabatt.",
    t_price="Über Trade Assurance kostet es {p2} USD, bei Direktzahlung {p1} USD.", t_no="Trade Assurance machen wir nicht.",
    t_pp="Zahlen Sie lieber per PayPal Freunde & Familie oder Western Union auf meinen Namen, das spart Gebühren.",
    t_both="Diese Bestellung geht nicht über Trade Assurance. Fügen Sie mich bei {ch} {c} hinzu, dort klären wir die Zahlung.",
    h_give="Gern, mein {ch}: {c}", h_paper="Danke für die Bestellung. Bitte senden Sie uns E-Mail und Telefonnummer für die Handelsrechnung und die Verzollung.",
    h_courier="Der Paketdienst braucht die Telefonnummer des Empfängers für die Zustellung. Bitte bestätigen.",
    h_track="Heute versendet. Sendungsnummer {t}, Sie können sie auf {site} verfolgen.",
    h_warn="Bitte zahlen Sie nicht außerhalb der Plattform. Zahlen Sie nur über Trade Assurance, damit Ihre Bestellung geschützt ist.",
    h_taok="Ja, Trade Assurance ist kein Problem, ohne Aufpreis.", h_nodisc="Tut mir leid, das ist schon unser bester Preis, aber natürlich können Sie über Trade Assurance zahlen.",
    h_nolc="Ein Akkreditiv lohnt sich bei so einem kleinen Betrag nicht, aber Trade Assurance passt.",
    h_store="Alle unsere Produkte finden Sie in unserem Shop: {url}", h_model="Modell {mdl} ist auf Lager, Charge {b}.",
    h_hs="Die Zolltarifnummer (HS) ist {hs}.", h_video="Wir können hier auf der Plattform einen Videoanruf machen, klicken Sie einfach auf das Videosymbol im Chat.",
    h_auto="[Automatische Antwort] Danke für Ihre Nachricht. Ich antworte innerhalb von 12 Stunden.",
    words=["Wir haben eine zweite Produktionslinie, die Lieferzeit ist kürzer.", "In erster Linie liefern wir nach Europa, per Bahn oder Schiff.",
           "Zoomen Sie auf das dritte Foto, dann sehen Sie die Naht."],
    feat=["Die Mattentasche hat ein Handyfach."], cty=["Deutschland", "Österreich", "die Schweiz"])
MSG["it"] = dict(
    hi="Buongiorno, mi interessa il vostro prodotto {p}. Potete mandarmi più dettagli?", price="Qual è il vostro miglior prezzo per {q} {u}?",
    sample="Posso avere prima un campione?", ship="Quanto costa la spedizione in {cty}?", lead="Quali sono i tempi di consegna?",
    askc="Avete WhatsApp? Mi date il numero, preferisco parlare lì.", ta="Posso pagare con Trade Assurance?",
    disc="Potete farmi un prezzo migliore?", lc="Possiamo pagare con lettera di credito a vista?", ok="Va bene, grazie.",
    order="Ho appena fatto l'ordine, controllate per favore.", track="La merce è già partita?",
    s_price="Per {q} {u} il prezzo unitario è {pr} USD; ordine minimo {m} {u}.", s_lead="La consegna è di circa {d} giorni dopo il pagamento.",
    s_sample="Sì, i campioni sono disponibili. Può acquistarlo direttamente dalla pagina del prodotto.",
    o_add="Ciao amico, aggiungimi su {ch}: {c} per più dettagli e foto reali.", o_ask="Hai {ch}? Mandami il tuo numero, così ti contatto più facilmente.",
    o_cut="La piattaforma mi taglia i messaggi. Scrivimi su {ch} {c}", o_search="Cerca {c} su {ch}, sono io.",
    o_qr="Scansiona il codice QR {w} e parliamo direttamente.", w_img="nella foto che ho appena mandato", w_profile="nella mia foto profilo",
    w_video="alla fine del video del prodotto", w_banner="nel banner del negozio",
    o_auto="[Risposta automatica] Al momento non sono disponibile. Per una risposta veloce contattate {ch} {c}",
    o_sig="Cordiali saluti\n{nm}\nResponsabile vendite\n{ch}: {c}", o_cont="il resto del numero: {c}",
    o_group="Entra nel nostro gruppo {ch}, stock e prezzi ogni giorno: {c}", o_shop="Nel nostro negozio su {ch} costa meno, ordina lì: {c}",
    o_mail="Mandami la richiesta alla mia e-mail {c}, ti invio il listino completo.", o_call="Chiamami direttamente, si fa prima: {c}",
    t_fee="Con Trade Assurance si può, ma deve pagare il {pct}% in più di commissione.", t_fix="Per gli ordini con Trade Assurance aggiungiamo {amt} USD di spese.",
    t_ship="Con Trade Assurance il trasporto costa {amt} USD in più.", t_min="Trade Assurance solo per ordini sopra {amt} USD; quelli piccoli con bonifico.",
    t_max="Trade Assurance solo fino a {amt} USD; oltre, bonifico T/T.",
    t_dep="Paghi prima un acconto del {pct}% con bonifico bancario e il saldo tramite Trade Assurance.",
    t_na="Mi dispiace, Trade Assurance non è disponibile {why}.", why_month="questo mese", why_prod="per questo prodotto", why_country="per il suo paese",
    t_slow="L'escrow è troppo lento. Paghi con T/T direttamente sul conto aziendale.", t_tt="Accettiamo solo T/T sul conto aziendale, niente Trade Assurance.",
    t_disc="Se paga direttamente sul nostro conto e non con Trade Assurance, le faccio il {pct}% di sconto.",
    t_price="Con Trade Assurance il prezzo è {p2} USD; pagando direttamente {p1} USD.", t_no="Non lavoriamo con Trade Assurance.",
    t_pp="Meglio pagare con PayPal amici e familiari o Western Union a mio nome, si risparmiano le commissioni.",
    t_both="Questo ordine non può passare da Trade Assurance. Aggiungimi su {ch} {c} e vediamo lì il pagamento.",
    h_give="Certo, il mio {ch} è {c}.", h_paper="Grazie per l'ordine. Ci mandi e-mail e telefono per la fattura commerciale e lo sdoganamento.",
    h_courier="Il corriere ha bisogno del telefono del destinatario per la consegna. Può confermarlo?",
    h_track="Spedito oggi. Numero di tracking {t}, può seguirlo su {site}.",
    h_warn="Per favore non paghi fuori dalla piattaforma. Paghi solo con Trade Assurance così l'ordine è protetto.",
    h_taok="Sì, Trade Assurance va benissimo, senza costi aggiuntivi.", h_nodisc="Mi dispiace, è già il nostro prezzo migliore, ma naturalmente può pagare con Trade Assurance.",
    h_nolc="La lettera di credito non si può fare per un importo così piccolo, ma Trade Assurance va bene.",
    h_store="Trova tutti i nostri prodotti nella nostra vetrina: {url}", h_model="Il modello {mdl} è disponibile, lotto {b}.", h_hs="Il codice HS è {hs}.",
    h_video="Possiamo fare una videochiamata qui sulla piattaforma, basta cliccare l'icona video in questa chat.",
    h_auto="[Risposta automatica] Grazie del messaggio. Rispondo entro 12 ore.",
    words=["Abbiamo una nuova linea di produzione, i tempi sono più brevi.", "Faccia zoom sulla terza foto per vedere le cuciture.",
           "L'aumento del rame è un segnale del mercato, non del nostro margine."],
    feat=["La borsa del tappetino ha una tasca per il telefono."], cty=["Italia", "Svizzera"])
MSG["ru"] = dict(
    hi="Здравствуйте, интересует ваш товар: {p}. Пришлите, пожалуйста, подробности.", price="Какая лучшая цена за {q} {u}?",
    sample="Можно сначала образец?", ship="Сколько стоит доставка в {cty}?", lead="Какой срок изготовления?",
    askc="У вас есть WhatsApp? Дайте номер, мне там удобнее.", ta="Можно оплатить через Trade Assurance?",
    disc="Можете сделать скидку?", lc="Можно оплатить аккредитивом?", ok="Хорошо, спасибо.",
    order="Я только что оформил заказ, проверьте, пожалуйста.", track="Груз уже отправлен?",
    s_price="За {q} {u} цена {pr} USD за единицу; минимальный заказ {m} {u}.", s_lead="Срок около {d} дней после оплаты.",
    s_sample="Да, образцы есть. Можно купить прямо на странице товара.",
    o_add="Друг, добавь меня в {ch}: {c}, там больше деталей и живые фото.", o_ask="У вас есть {ch}? Скиньте свой номер, так проще связаться.",
    o_cut="Платформа режет мои сообщения. Пишите мне в {ch} {c}", o_search="Найдите {c} в {ch}, это я.",
    o_qr="Отсканируйте QR-код {w} и пообщаемся напрямую.", w_img="на фото, которое я только что отправил", w_profile="на моей аватарке",
    w_video="в конце видео товара", w_banner="на баннере магазина",
    o_auto="[Автоответ] Сейчас не на месте. Для быстрого ответа пишите в {ch} {c}",
    o_sig="С уважением,\n{nm}\nменеджер по продажам\n{ch}: {c}", o_cont="остаток номера: {c}",
    o_group="Вступайте в нашу группу {ch}, наличие и цены каждый день: {c}", o_shop="В нашем магазине на {ch} дешевле, заказывайте там: {c}",
    o_mail="Пришлите запрос мне на почту {c}, отправлю полный прайс.", o_call="Звоните напрямую, так быстрее: {c}",
    t_fee="Через Trade Assurance можно, но комиссия {pct}% за ваш счёт.", t_fix="За заказ через Trade Assurance добавляем {amt} USD сбора.",
    t_ship="С Trade Assurance доставка дороже на {amt} USD.", t_min="Trade Assurance только для заказов от {amt} USD, мелкие — банковским переводом.",
    t_max="Trade Assurance только до {amt} USD; больше — переводом T/T.",
    t_dep="Сначала {pct}% предоплаты банковским переводом, остаток через Trade Assurance.",
    t_na="К сожалению, Trade Assurance {why} недоступен.", why_month="в этом месяце", why_prod="для этого товара", why_country="для вашей страны",
    t_slow="Эскроу слишком долгий. Оплатите T/T напрямую на счёт компании.", t_tt="Принимаем только T/T на счёт компании, без Trade Assurance.",
    t_disc="Если платите напрямую на наш счёт, а не через Trade Assurance, дам скидку {pct}%.",
    t_price="Через Trade Assurance цена {p2} USD, при прямой оплате {p1} USD.", t_no="С Trade Assurance мы не работаем.",
    t_pp="Лучше оплатите через PayPal (друзьям) или Western Union на моё имя, без комиссий.",
    t_both="Этот заказ через Trade Assurance не получится. Добавьте меня в {ch} {c}, там договоримся об оплате.",
    h_give="Конечно, мой {ch}: {c}", h_paper="Спасибо за заказ. Пришлите e-mail и телефон для коммерческого инвойса и таможенного оформления.",
    h_courier="Курьеру нужен телефон получателя для доставки. Подтвердите, пожалуйста.",
    h_track="Отправили сегодня. Трек-номер {t}, отслеживать можно на {site}.",
    h_warn="Пожалуйста, не платите вне платформы. Оплачивайте только через Trade Assurance, тогда заказ защищён.",
    h_taok="Да, через Trade Assurance можно, без доплат.", h_nodisc="Извините, это уже лучшая цена, но оплатить через Trade Assurance, конечно, можно.",
    h_nolc="Аккредитив на такую маленькую сумму не делаем, но Trade Assurance — пожалуйста.",
    h_store="Все наши товары в нашей витрине: {url}", h_model="Модель {mdl} в наличии, партия {b}.", h_hs="Код ТН ВЭД (HS): {hs}.",
    h_video="Можем созвониться по видео прямо здесь, на платформе, нажмите значок видео в этом чате.",
    h_auto="[Автоответ] Спасибо за сообщение. Отвечу в течение 12 часов.",
    words=["Мы запустили вторую производственную линию, сроки сократились.", "Увеличьте (зум) третье фото, там виден шов.",
           "Рост меди — это сигнал рынка, а не наша наценка."],
    feat=["В чехле для коврика есть карман для телефона."], cty=["Москву", "Казахстан", "Минск"])
MSG["tr"] = dict(
    hi="Merhaba, {p} ürününüzle ilgileniyorum. Detay gönderebilir misiniz?", price="{q} {u} için en iyi fiyatınız nedir?",
    sample="Önce numune alabilir miyim?", ship="{cty} için kargo ne kadar?", lead="Teslim süresi ne kadar?",
    askc="WhatsApp'ınız var mı? Numaranızı verir misiniz, orada konuşmayı tercih ederim.", ta="Trade Assurance ile ödeyebilir miyim?",
    disc="Fiyatta biraz indirim yapabilir misiniz?", lc="Görüldüğünde ödemeli akreditif ile ödeyebilir miyiz?", ok="Tamam, teşekkürler.",
    order="Siparişi az önce verdim, kontrol eder misiniz?", track="Mal yola çıktı mı?",
    s_price="{q} {u} için birim fiyat {pr} USD; minimum sipariş {m} {u}.", s_lead="Ödemeden sonra yaklaşık {d} gün.",
    s_sample="Evet, numune var. Ürün sayfasından doğrudan satın alabilirsiniz.",
    o_add="Merhaba dostum, beni {ch} üzerinden ekle: {c}, daha fazla detay ve gerçek fotoğraf göndereyim.",
    o_ask="{ch} var mı? Numaranı gönder, sana ulaşmak daha kolay olur.", o_cut="Platform mesajlarımı kesiyor. Bana {ch} üzerinden yaz: {c}",
    o_search="{ch} üzerinde {c} arat, ben çıkarım.", o_qr="{w} QR kodu okut, doğrudan konuşalım.",
    w_img="Az önce gönderdiğim resimdeki", w_profile="Profil fotoğrafımdaki", w_video="Ürün videosunun sonundaki", w_banner="Mağaza afişindeki",
    o_auto="[Otomatik yanıt] Şu an müsait değilim. Hızlı yanıt için {ch}: {c}", o_sig="Saygılarımla,\n{nm}\nSatış Müdürü\n{ch}: {c}",
    o_cont="numaranın devamı: {c}", o_group="{ch} grubumuza katıl, her gün stok ve fiyat: {c}", o_shop="{ch} mağazamızda daha ucuz, oradan sipariş ver: {c}",
    o_mail="Taleplerini e-postama gönder: {c}, tam fiyat listesini yollarım.", o_call="Beni direkt ara, daha hızlı: {c}",
    t_fee="Trade Assurance olur ama %{pct} ek komisyonu siz ödersiniz.", t_fix="Trade Assurance siparişlerine {amt} USD işlem ücreti ekliyoruz.",
    t_ship="Trade Assurance ile navlun {amt} USD daha pahalı.", t_min="Trade Assurance sadece {amt} USD üzeri siparişlerde; küçük siparişler havale ile.",
    t_max="Trade Assurance en fazla {amt} USD'ye kadar; üstü T/T ile.",
    t_dep="Önce %{pct} kaporayı banka havalesiyle, kalanını Trade Assurance ile ödeyin.",
    t_na="Maalesef Trade Assurance {why} kullanılamıyor.", why_month="bu ay", why_prod="bu ürün için", why_country="ülkeniz için",
    t_slow="Escrow çok yavaş. Lütfen T/T ile doğrudan şirket hesabımıza ödeyin.", t_tt="Sadece şirket hesabına T/T kabul ediyoruz, Trade Assurance yok.",
    t_disc="Trade Assurance yerine doğrudan bankamıza öderseniz %{pct} indirim yaparım.",
    t_price="Trade Assurance ile fiyat {p2} USD, doğrudan ödemede {p1} USD.", t_no="Trade Assurance ile çalışmıyoruz.",
    t_pp="PayPal arkadaş/aile ya da Western Union ile benim adıma ödeyin, komisyon çıkmaz.",
    t_both="Bu sipariş Trade Assurance ile olmaz. Beni {ch} {c} ekle, ödemeyi orada konuşalım.",
    h_give="Tabii, {ch}: {c}", h_paper="Siparişiniz için teşekkürler. Ticari fatura ve gümrük işlemleri için e-posta ve telefonunuzu gönderin.",
    h_courier="Kargo firması teslimat için alıcının telefonunu istiyor. Teyit eder misiniz?",
    h_track="Bugün gönderildi. Takip numarası {t}, {site} üzerinden izleyebilirsiniz.",
    h_warn="Lütfen platform dışında ödeme yapmayın. Siparişiniz korunsun diye yalnızca Trade Assurance ile ödeyin.",
    h_taok="Evet, Trade Assurance olur, ek ücret yok.", h_nodisc="Üzgünüm, bu zaten en iyi fiyatımız, ama tabii ki Trade Assurance ile ödeyebilirsiniz.",
    h_nolc="Bu kadar küçük tutar için akreditif olmaz ama Trade Assurance uygundur.",
    h_store="Tüm ürünlerimiz vitrinimizde: {url}", h_model="{mdl} modeli stokta, parti no {b}.", h_hs="GTİP (HS) kodu {hs}.",
    h_video="Platform üzerinden görüntülü görüşme yapabiliriz, bu sohbetteki video simgesine tıklamanız yeterli.",
    h_auto="[Otomatik yanıt] Mesajınız için teşekkürler. 12 saat içinde dönüş yapacağım.",
    words=["İkinci üretim hattını kurduk, teslim süresi kısaldı.", "Dikişleri görmek için üçüncü fotoğrafı yakınlaştırın (zoom).",
           "Bakırdaki artış piyasanın bir sinyali, bizim kârımız değil."],
    feat=["Mat çantasında telefon cebi var."], cty=["İstanbul", "İzmir", "Mersin"])
MSG["ar"] = dict(
    hi="مرحباً، أنا مهتم بمنتجكم {p}. هل يمكن إرسال تفاصيل أكثر؟", price="ما أفضل سعر لـ {q} {u}؟", sample="هل يمكنني الحصول على عينة أولاً؟",
    ship="كم تكلفة الشحن إلى {cty}؟", lead="ما هي مدة التسليم؟", askc="هل لديك واتساب؟ أعطني رقمك، أفضّل التواصل هناك.",
    ta="هل يمكنني الدفع عبر Trade Assurance (ضمان التجارة)؟", disc="هل يمكن تخفيض السعر؟", lc="هل يمكن الدفع باعتماد مستندي؟",
    ok="حسناً، شكراً.", order="قدّمت الطلب الآن، يرجى المراجعة.", track="هل تم شحن البضاعة؟",
    s_price="سعر الوحدة لـ {q} {u} هو {pr} دولار، والحد الأدنى للطلب {m} {u}.", s_lead="مدة التسليم حوالي {d} يوماً بعد الدفع.",
    s_sample="نعم، العينات متوفرة. يمكنك شراؤها مباشرة من صفحة المنتج.",
    o_add="مرحباً صديقي، أضفني على {ch}: {c} لمزيد من التفاصيل والصور الحقيقية.", o_ask="هل عندك {ch}؟ أرسل لي رقمك ليسهل التواصل معك.",
    o_cut="المنصة تقطع رسائلي. راسلني على {ch} {c}", o_search="ابحث عن {c} في {ch} وستجدني.",
    o_qr="امسح رمز QR الموجود في {w} ونتحدث مباشرة.", w_img="الصورة التي أرسلتها للتو", w_profile="صورة ملفي الشخصي",
    w_video="آخر فيديو المنتج", w_banner="لافتة المتجر",
    o_auto="[رد تلقائي] أنا غير متاح الآن. للرد السريع تواصل عبر {ch} {c}", o_sig="مع أطيب التحيات\n{nm}\nمدير المبيعات\n{ch}: {c}",
    o_cont="باقي الرقم: {c}", o_group="انضم إلى مجموعتنا على {ch}، المخزون والأسعار يومياً: {c}", o_shop="السعر أرخص في متجرنا على {ch}، اطلب من هناك: {c}",
    o_mail="أرسل طلبك إلى بريدي {c} وسأرسل لك قائمة الأسعار كاملة.", o_call="اتصل بي مباشرة، أسرع: {c}",
    t_fee="ممكن عبر ضمان التجارة، لكن عليك دفع {pct}% رسوم إضافية.", t_fix="نضيف {amt} دولار رسوم لطلبات ضمان التجارة.",
    t_ship="مع ضمان التجارة يزيد الشحن {amt} دولار.", t_min="ضمان التجارة فقط للطلبات فوق {amt} دولار، والطلبات الصغيرة بتحويل بنكي.",
    t_max="ضمان التجارة حتى {amt} دولار فقط؛ وما فوق ذلك بتحويل T/T.",
    t_dep="ادفع أولاً عربوناً {pct}% بتحويل بنكي، والباقي عبر ضمان التجارة.", t_na="عذراً، ضمان التجارة غير متاح {why}.",
    why_month="هذا الشهر", why_prod="لهذا المنتج", why_country="لبلدك", t_slow="نظام الضمان بطيء جداً. ادفع بتحويل T/T مباشرة إلى حساب الشركة.",
    t_tt="نقبل فقط التحويل T/T إلى حساب الشركة، بدون ضمان التجارة.", t_disc="إذا دفعت مباشرة إلى بنكنا وليس عبر ضمان التجارة أعطيك خصم {pct}%.",
    t_price="السعر عبر ضمان التجارة {p2} دولار، وبالدفع المباشر {p1} دولار.", t_no="لا نتعامل بضمان التجارة.",
    t_pp="الأفضل أن تدفع عبر PayPal للأصدقاء أو ويسترن يونيون باسمي، لتوفير الرسوم.",
    t_both="هذا الطلب لا يمكن عبر ضمان التجارة. أضفني على {ch} {c} ونتفق على الدفع هناك.",
    h_give="بالتأكيد، {ch} الخاص بي: {c}", h_paper="شكراً على الطلب. أرسل بريدك الإلكتروني ورقم هاتفك لإصدار الفاتورة التجارية والتخليص الجمركي.",
    h_courier="شركة الشحن تحتاج رقم هاتف المستلم للتوصيل. يرجى التأكيد.", h_track="تم الشحن اليوم. رقم التتبع {t}، يمكنك التتبع على {site}.",
    h_warn="من فضلك لا تدفع خارج المنصة. ادفع فقط عبر ضمان التجارة لتكون طلبيتك محمية.", h_taok="نعم، ضمان التجارة لا مشكلة، بدون أي رسوم إضافية.",
    h_nodisc="آسف، هذا أفضل سعر لدينا، لكن طبعاً يمكنك الدفع عبر ضمان التجارة.", h_nolc="الاعتماد المستندي غير ممكن لمبلغ صغير كهذا، لكن ضمان التجارة مناسب لنا.",
    h_store="يمكنك مشاهدة كل منتجاتنا في متجرنا: {url}", h_model="الموديل {mdl} متوفر، رقم الدفعة {b}.", h_hs="رمز النظام المنسق HS هو {hs}.",
    h_video="يمكننا إجراء مكالمة فيديو هنا على المنصة، فقط اضغط أيقونة الفيديو في هذه المحادثة.", h_auto="[رد تلقائي] شكراً لرسالتك. سأرد خلال 12 ساعة.",
    words=["أضفنا خط إنتاج ثانياً، فأصبحت مدة التسليم أقصر.", "كبّر (زووم) الصورة الثالثة لترى الخياطة.", "ارتفاع النحاس إشارة من السوق وليس من هامش ربحنا."],
    feat=["حقيبة السجادة فيها جيب للهاتف."], cty=["دبي", "الرياض", "الدار البيضاء"])
MSG["hi"] = dict(
    hi="नमस्ते, मुझे आपके {p} में दिलचस्पी है। और जानकारी भेज सकते हैं?", price="{q} {u} का सबसे अच्छा रेट क्या है?", sample="क्या पहले सैंपल मिल सकता है?",
    ship="{cty} तक शिपिंग कितनी लगेगी?", lead="डिलीवरी टाइम कितना है?", askc="आपके पास WhatsApp है? अपना नंबर दीजिए, मुझे वहाँ बात करना आसान लगता है।",
    ta="क्या मैं Trade Assurance से पेमेंट कर सकता हूँ?", disc="थोड़ा रेट कम कर सकते हैं?", lc="क्या हम L/C (साख पत्र) से पेमेंट कर सकते हैं?",
    ok="ठीक है, धन्यवाद।", order="मैंने अभी ऑर्डर कर दिया है, कृपया देख लीजिए।", track="माल भेज दिया क्या?",
    s_price="{q} {u} के लिए यूनिट रेट {pr} USD है; न्यूनतम ऑर्डर {m} {u}।", s_lead="पेमेंट के बाद लगभग {d} दिन लगेंगे।",
    s_sample="हाँ, सैंपल उपलब्ध है। आप प्रोडक्ट पेज पर ही सैंपल ऑर्डर कर सकते हैं।",
    o_add="नमस्ते दोस्त, मुझे {ch} पर ऐड करो: {c}, वहाँ ज़्यादा डिटेल और असली फोटो भेजूँगा।", o_ask="आपके पास {ch} है? अपना नंबर भेजिए, संपर्क करना आसान रहेगा।",
    o_cut="प्लेटफ़ॉर्म मेरे मैसेज काट देता है। मुझे {ch} पर लिखिए: {c}", o_search="{ch} पर {c} सर्च कीजिए, मैं मिल जाऊँगा।",
    o_qr="{w} में QR कोड स्कैन कीजिए, सीधे बात करते हैं।", w_img="अभी भेजी फोटो", w_profile="मेरी प्रोफ़ाइल फोटो", w_video="प्रोडक्ट वीडियो के आख़िर",
    w_banner="दुकान के बैनर", o_auto="[ऑटो रिप्लाई] मैं अभी उपलब्ध नहीं हूँ। जल्दी जवाब के लिए {ch} पर संपर्क करें: {c}",
    o_sig="सादर,\n{nm}\nसेल्स मैनेजर\n{ch}: {c}", o_cont="नंबर का बाकी हिस्सा: {c}", o_group="हमारे {ch} ग्रुप से जुड़िए, रोज़ स्टॉक और रेट: {c}",
    o_shop="हमारे {ch} स्टोर पर सस्ता है, वहीं से ऑर्डर करें: {c}", o_mail="अपनी ज़रूरत मेरे ईमेल {c} पर भेजिए, पूरी प्राइस लिस्ट भेज दूँगा।",
    o_call="सीधे कॉल कीजिए, जल्दी होगा: {c}", t_fee="Trade Assurance हो जाएगा, लेकिन {pct}% एक्स्ट्रा चार्ज आपको देना होगा।",
    t_fix="Trade Assurance ऑर्डर पर हम {amt} USD हैंडलिंग चार्ज जोड़ते हैं।", t_ship="Trade Assurance के साथ फ्रेट {amt} USD ज़्यादा लगेगा।",
    t_min="Trade Assurance सिर्फ़ {amt} USD से ऊपर के ऑर्डर पर, छोटे ऑर्डर बैंक ट्रांसफ़र से।", t_max="Trade Assurance सिर्फ़ {amt} USD तक; उससे ऊपर T/T से।",
    t_dep="पहले {pct}% एडवांस बैंक ट्रांसफ़र से दीजिए, बाकी Trade Assurance से।", t_na="माफ़ कीजिए, {why} Trade Assurance उपलब्ध नहीं है।",
    why_month="इस महीने", why_prod="इस प्रोडक्ट के लिए", why_country="आपके देश के लिए", t_slow="एस्क्रो बहुत धीमा है। कृपया सीधे कंपनी अकाउंट में T/T कर दीजिए।",
    t_tt="हम सिर्फ़ कंपनी अकाउंट में T/T लेते हैं, Trade Assurance नहीं।", t_disc="Trade Assurance की जगह सीधे हमारे बैंक में पेमेंट करें तो {pct}% छूट दूँगा।",
    t_price="Trade Assurance से रेट {p2} USD है, सीधे पेमेंट पर {p1} USD।", t_no="हम Trade Assurance नहीं करते।",
    t_pp="PayPal फ्रेंड्स या Western Union से मेरे नाम पर भेज दीजिए, फीस बचेगी।", t_both="इस ऑर्डर पर Trade Assurance नहीं हो पाएगा। मुझे {ch} {c} पर ऐड करें, पेमेंट वहीं तय करेंगे।",
    h_give="ज़रूर, मेरा {ch}: {c}", h_paper="ऑर्डर के लिए धन्यवाद। कमर्शियल इनवॉइस और कस्टम क्लीयरेंस के लिए अपना ईमेल और फ़ोन नंबर भेजिए।",
    h_courier="कूरियर को डिलीवरी के लिए रिसीवर का फ़ोन नंबर चाहिए। कृपया कन्फ़र्म करें।", h_track="आज भेज दिया। ट्रैकिंग नंबर {t}, आप {site} पर देख सकते हैं।",
    h_warn="कृपया प्लेटफ़ॉर्म के बाहर पेमेंट न करें। सिर्फ़ Trade Assurance से पेमेंट करें ताकि आपका ऑर्डर सुरक्षित रहे।", h_taok="हाँ, Trade Assurance ठीक है, कोई एक्स्ट्रा चार्ज नहीं।",
    h_nodisc="माफ़ कीजिए, यह पहले से हमारा सबसे अच्छा रेट है, लेकिन आप Trade Assurance से पेमेंट ज़रूर कर सकते हैं।",
    h_nolc="इतनी छोटी रकम के लिए L/C नहीं हो सकता, लेकिन Trade Assurance ठीक है।", h_store="हमारे सारे प्रोडक्ट हमारे स्टोरफ़्रंट पर देखें: {url}",
    h_model="मॉडल {mdl} स्टॉक में है, बैच {b}।", h_hs="HS कोड {hs} है।", h_video="हम यहीं प्लेटफ़ॉर्म पर वीडियो कॉल कर सकते हैं, इस चैट में वीडियो आइकन दबाइए।",
    h_auto="[ऑटो रिप्लाई] संदेश के लिए धन्यवाद। मैं 12 घंटे के अंदर जवाब दूँगा।",
    words=["हमने दूसरी प्रोडक्शन लाइन लगाई है, डिलीवरी जल्दी होगी।", "सिलाई देखने के लिए तीसरी फोटो ज़ूम करें।", "कॉपर का रेट बढ़ना बाज़ार का सिग्नल है, हमारा मार्जिन नहीं।"],
    feat=["मैट बैग में फ़ोन रखने की जेब है।"], cty=["मुंबई", "दिल्ली", "चेन्नई"])
MSG["id"] = dict(
    hi="Halo, saya tertarik dengan {p} Anda. Bisa kirim detail lebih lanjut?", price="Berapa harga terbaik untuk {q} {u}?", sample="Bisa minta sampel dulu?",
    ship="Berapa ongkir ke {cty}?", lead="Berapa lama waktu produksinya?", askc="Ada WhatsApp? Boleh minta nomornya, saya lebih nyaman ngobrol di sana.",
    ta="Bisa bayar lewat Trade Assurance?", disc="Harganya bisa kurang lagi?", lc="Bisa bayar pakai L/C at sight?", ok="Oke, terima kasih.",
    order="Saya barusan order, tolong dicek.", track="Barangnya sudah dikirim?",
    s_price="Untuk {q} {u} harga satuan {pr} USD; minimal order {m} {u}.", s_lead="Waktu produksi sekitar {d} hari setelah pembayaran.",
    s_sample="Ya, sampel tersedia. Bisa langsung beli di halaman produk.",
    o_add="Halo kak, tambahkan saya di {ch}: {c} untuk detail dan foto asli.", o_ask="Kakak punya {ch}? Kirim nomornya ya, biar gampang hubunginnya.",
    o_cut="Platform ini suka memotong pesan saya. Chat saya di {ch} {c}", o_search="Cari {c} di {ch}, itu saya.",
    o_qr="Scan kode QR di {w}, kita ngobrol langsung.", w_img="foto yang barusan saya kirim", w_profile="foto profil saya", w_video="akhir video produk",
    w_banner="banner toko", o_auto="[Balasan otomatis] Saya sedang tidak online. Untuk respon cepat hubungi {ch} {c}",
    o_sig="Salam,\n{nm}\nSales Manager\n{ch}: {c}", o_cont="sisa nomornya: {c}", o_group="Gabung grup {ch} kami, update stok dan harga tiap hari: {c}",
    o_shop="Di toko {ch} kami lebih murah, order di sana saja: {c}", o_mail="Kirim kebutuhan Anda ke email saya {c}, nanti saya kirim daftar harga lengkap.",
    o_call="Telepon saya langsung, lebih cepat: {c}", t_fee="Bisa Trade Assurance, tapi ada biaya tambahan {pct}% yang Anda tanggung.",
    t_fix="Untuk order Trade Assurance kami tambah biaya {amt} USD.", t_ship="Kalau pakai Trade Assurance ongkirnya naik {amt} USD.",
    t_min="Trade Assurance hanya untuk order di atas {amt} USD, order kecil transfer bank saja.", t_max="Trade Assurance cuma sampai {amt} USD; di atas itu T/T.",
    t_dep="Bayar DP {pct}% dulu via transfer bank, sisanya lewat Trade Assurance.", t_na="Maaf, Trade Assurance tidak tersedia {why}.",
    why_month="bulan ini", why_prod="untuk produk ini", why_country="untuk negara Anda", t_slow="Escrow terlalu lama. Tolong T/T langsung ke rekening perusahaan.",
    t_tt="Kami hanya terima T/T ke rekening perusahaan, tidak pakai Trade Assurance.", t_disc="Kalau bayar langsung ke bank kami, bukan lewat Trade Assurance, saya kasih diskon {pct}%.",
    t_price="Lewat Trade Assurance harganya {p2} USD, bayar langsung {p1} USD.", t_no="Kami tidak pakai Trade Assurance.",
    t_pp="Lebih baik bayar via PayPal friends & family atau Western Union atas nama saya, hemat biaya.",
    t_both="Order ini tidak bisa lewat Trade Assurance. Tambahkan saya di {ch} {c}, pembayarannya kita atur di sana.",
    h_give="Tentu, {ch} saya: {c}", h_paper="Terima kasih atas ordernya. Mohon kirim email dan nomor telepon untuk commercial invoice dan bea cukai.",
    h_courier="Kurir butuh nomor telepon penerima untuk pengiriman. Mohon dikonfirmasi.", h_track="Sudah dikirim hari ini. Nomor resi {t}, bisa dicek di {site}.",
    h_warn="Mohon jangan bayar di luar platform. Bayar hanya lewat Trade Assurance supaya pesanan Anda terlindungi.", h_taok="Ya, Trade Assurance boleh, tanpa biaya tambahan.",
    h_nodisc="Maaf, ini sudah harga terbaik kami, tapi tentu bisa bayar lewat Trade Assurance.", h_nolc="L/C tidak bisa untuk nilai sekecil ini, tapi Trade Assurance tidak masalah.",
    h_store="Semua produk kami ada di etalase kami: {url}", h_model="Model {mdl} ready stok, batch {b}.", h_hs="Kode HS-nya {hs}.",
    h_video="Kita bisa video call langsung di platform ini, klik saja ikon video di chat ini.", h_auto="[Balasan otomatis] Terima kasih atas pesannya. Saya balas dalam 12 jam.",
    words=["Kami tambah satu line produksi, jadi waktu produksi lebih cepat.", "Zoom foto ketiga untuk lihat jahitannya.", "Kenaikan tembaga itu sinyal pasar, bukan margin kami."],
    feat=["Kertas 58 mm cocok untuk printer kasir yang cetak struk GoPay dan OVO."], cty=["Jakarta", "Surabaya", "Medan"])
MSG["vi"] = dict(
    hi="Chào anh/chị, tôi quan tâm đến {p} của bên mình. Gửi thêm thông tin giúp tôi nhé?", price="Giá tốt nhất cho {q} {u} là bao nhiêu?",
    sample="Tôi có thể lấy mẫu trước không?", ship="Phí vận chuyển đến {cty} bao nhiêu?", lead="Thời gian sản xuất bao lâu?",
    askc="Bạn có Zalo không? Cho tôi số điện thoại, tôi tiện nói chuyện trên đó hơn.", ta="Tôi có thể thanh toán qua Trade Assurance không?",
    disc="Giá có bớt thêm được không?", lc="Có thanh toán bằng L/C trả ngay được không?", ok="Vâng, cảm ơn.", order="Tôi vừa đặt hàng xong, bạn kiểm tra giúp nhé.",
    track="Hàng đã gửi chưa?", s_price="Với {q} {u}, đơn giá là {pr} USD; đơn tối thiểu {m} {u}.", s_lead="Khoảng {d} ngày sau khi thanh toán.",
    s_sample="Có mẫu ạ. Anh/chị có thể mua mẫu ngay trên trang sản phẩm.",
    o_add="Chào bạn, kết bạn {ch} với mình: {c} để xem thêm chi tiết và ảnh thật nhé.", o_ask="Bạn có {ch} không? Gửi mình số nhé, liên hệ cho tiện.",
    o_cut="Nền tảng cứ cắt tin nhắn của mình. Nhắn mình qua {ch} {c} nhé", o_search="Tìm {c} trên {ch} là ra mình.",
    o_qr="Quét mã QR trong {w} rồi mình nói chuyện trực tiếp.", w_img="ảnh mình vừa gửi", w_profile="ảnh đại diện của mình", w_video="cuối video sản phẩm",
    w_banner="banner của shop", o_auto="[Trả lời tự động] Hiện mình không trực tuyến. Cần gấp liên hệ {ch} {c}",
    o_sig="Trân trọng,\n{nm}\nTrưởng phòng kinh doanh\n{ch}: {c}", o_cont="phần còn lại của số: {c}",
    o_group="Vào nhóm {ch} của bên mình, cập nhật hàng và giá mỗi ngày: {c}", o_shop="Shop bên mình trên {ch} rẻ hơn, đặt bên đó nhé: {c}",
    o_mail="Gửi yêu cầu qua email của mình {c}, mình gửi bảng giá đầy đủ.", o_call="Gọi thẳng cho mình cho nhanh: {c}",
    t_fee="Trade Assurance thì được, nhưng bạn chịu thêm {pct}% phí.", t_fix="Đơn Trade Assurance bên mình cộng thêm {amt} USD phí.",
    t_ship="Dùng Trade Assurance thì cước vận chuyển cao hơn {amt} USD.", t_min="Trade Assurance chỉ áp dụng đơn trên {amt} USD, đơn nhỏ chuyển khoản ngân hàng nhé.",
    t_max="Trade Assurance chỉ tối đa {amt} USD; trên mức đó thanh toán T/T.",
    t_dep="Bạn đặt cọc {pct}% qua chuyển khoản trước, phần còn lại qua Trade Assurance.", t_na="Xin lỗi, {why} không dùng được Trade Assurance.",
    why_month="tháng này", why_prod="sản phẩm này", why_country="nước bạn", t_slow="Escrow chậm quá. Bạn T/T thẳng vào tài khoản công ty giúp mình.",
    t_tt="Bên mình chỉ nhận T/T vào tài khoản công ty, không dùng Trade Assurance.", t_disc="Nếu chuyển thẳng vào ngân hàng bên mình, không qua Trade Assurance, mình giảm {pct}%.",
    t_price="Qua Trade Assurance giá là {p2} USD, thanh toán trực tiếp {p1} USD.", t_no="Bên mình không làm Trade Assurance.",
    t_pp="Bạn trả qua PayPal bạn bè hoặc Western Union tên mình cho đỡ phí nhé.", t_both="Đơn này không đi Trade Assurance được. Kết bạn {ch} {c}, thanh toán mình bàn bên đó.",
    h_give="Dạ, {ch} của mình: {c}", h_paper="Cảm ơn bạn đã đặt hàng. Bạn gửi email và số điện thoại để làm hóa đơn thương mại và thông quan nhé.",
    h_courier="Bên chuyển phát cần số điện thoại người nhận để giao hàng. Bạn xác nhận giúp nhé.", h_track="Đã gửi hàng hôm nay. Mã vận đơn {t}, tra cứu trên {site}.",
    h_warn="Vui lòng không thanh toán ngoài nền tảng. Chỉ thanh toán qua Trade Assurance để đơn hàng được bảo vệ.", h_taok="Vâng, Trade Assurance được ạ, không tính thêm phí.",
    h_nodisc="Xin lỗi, đây đã là giá tốt nhất, nhưng tất nhiên bạn có thể thanh toán qua Trade Assurance.", h_nolc="Số tiền nhỏ như vậy không làm L/C được, nhưng Trade Assurance thì được.",
    h_store="Tất cả sản phẩm có trên gian hàng của bên mình: {url}", h_model="Mẫu {mdl} còn hàng, lô {b}.", h_hs="Mã HS là {hs}.",
    h_video="Mình có thể gọi video ngay trên nền tảng, bấm biểu tượng video trong khung chat này.", h_auto="[Trả lời tự động] Cảm ơn tin nhắn của bạn. Mình sẽ trả lời trong vòng 12 giờ.",
    words=["Bên mình mới thêm một line sản xuất nên giao nhanh hơn.", "Bạn zoom ảnh thứ ba để xem đường may nhé.", "Giá đồng tăng là tín hiệu thị trường, không phải do bên mình."],
    feat=["Giấy 57 mm dùng được cho máy POS in hóa đơn ZaloPay, MoMo."], cty=["TP.HCM", "Hà Nội", "Đà Nẵng"])
MSG["th"] = dict(
    hi="สวัสดีครับ สนใจ{p}ของคุณครับ ขอรายละเอียดเพิ่มได้ไหม", price="ราคาดีที่สุดสำหรับ {q} {u} เท่าไหร่ครับ", sample="ขอตัวอย่างก่อนได้ไหมครับ",
    ship="ค่าส่งไป{cty}เท่าไหร่ครับ", lead="ใช้เวลาผลิตกี่วันครับ", askc="มีไลน์ไหมครับ ขอไอดีหน่อย คุยทางนั้นสะดวกกว่า", ta="จ่ายผ่าน Trade Assurance ได้ไหมครับ",
    disc="ลดราคาได้อีกไหมครับ", lc="ชำระด้วย L/C ได้ไหมครับ", ok="โอเคครับ ขอบคุณครับ", order="สั่งซื้อแล้วครับ ช่วยตรวจสอบด้วย", track="ส่งของแล้วหรือยังครับ",
    s_price="สำหรับ {q} {u} ราคาต่อหน่วย {pr} USD สั่งขั้นต่ำ {m} {u}ค่ะ", s_lead="ประมาณ {d} วันหลังชำระเงินค่ะ", s_sample="มีตัวอย่างค่ะ สั่งซื้อตัวอย่างได้ที่หน้าสินค้าเลยค่ะ",
    o_add="สวัสดีค่ะ แอด{ch}มาได้เลย {c} มีรายละเอียดและรูปจริงเพิ่มค่ะ", o_ask="มี{ch}ไหมคะ ส่งเบอร์มาหน่อย ติดต่อง่ายกว่าค่ะ",
    o_cut="แพลตฟอร์มตัดข้อความของเราค่ะ ทักมาทาง{ch} {c} นะคะ", o_search="ค้นหา {c} ใน{ch}เจอเราแน่นอนค่ะ", o_qr="สแกน QR ใน{w}แล้วคุยกันโดยตรงได้เลยค่ะ",
    w_img="รูปที่เพิ่งส่งไป", w_profile="รูปโปรไฟล์ของเรา", w_video="ท้ายวิดีโอสินค้า", w_banner="แบนเนอร์ร้าน",
    o_auto="[ตอบกลับอัตโนมัติ] ตอนนี้ไม่สะดวกตอบค่ะ ติดต่อด่วนทาง{ch} {c}", o_sig="ขอแสดงความนับถือ\n{nm}\nผู้จัดการฝ่ายขาย\n{ch}: {c}",
    o_cont="เบอร์ที่เหลือ: {c}", o_group="เข้ากลุ่ม{ch}ของเรา อัปเดตสต็อกและราคาทุกวัน: {c}", o_shop="ในร้าน{ch}ของเราถูกกว่า สั่งทางนั้นได้เลยค่ะ: {c}",
    o_mail="ส่งความต้องการมาที่อีเมล {c} เดี๋ยวส่งใบราคาเต็มให้ค่ะ", o_call="โทรหาเราโดยตรงเร็วกว่าค่ะ: {c}",
    t_fee="ใช้ Trade Assurance ได้ แต่ต้องจ่ายค่าธรรมเนียมเพิ่ม {pct}% ค่ะ", t_fix="ออเดอร์ Trade Assurance เราบวกค่าดำเนินการ {amt} USD ค่ะ",
    t_ship="ถ้าใช้ Trade Assurance ค่าขนส่งเพิ่มอีก {amt} USD ค่ะ", t_min="Trade Assurance เฉพาะออเดอร์เกิน {amt} USD ออเดอร์เล็กโอนผ่านธนาคารนะคะ",
    t_max="Trade Assurance ได้ไม่เกิน {amt} USD ถ้าเกินกว่านั้นโอน T/T ค่ะ", t_dep="โอนมัดจำ {pct}% เข้าบัญชีธนาคารก่อน ส่วนที่เหลือจ่ายผ่าน Trade Assurance ค่ะ",
    t_na="ขออภัยค่ะ {why}ใช้ Trade Assurance ไม่ได้", why_month="เดือนนี้", why_prod="สินค้านี้", why_country="ประเทศของคุณ",
    t_slow="ระบบเอสโครว์ช้าเกินไปค่ะ รบกวนโอน T/T เข้าบัญชีบริษัทโดยตรง", t_tt="เรารับเฉพาะ T/T เข้าบัญชีบริษัท ไม่ใช้ Trade Assurance ค่ะ",
    t_disc="ถ้าโอนตรงเข้าธนาคารเรา ไม่ผ่าน Trade Assurance ลดให้ {pct}% ค่ะ", t_price="ผ่าน Trade Assurance ราคา {p2} USD ถ้าโอนตรง {p1} USD ค่ะ",
    t_no="เราไม่รับ Trade Assurance ค่ะ", t_pp="จ่ายผ่าน PayPal แบบเพื่อนหรือ Western Union ชื่อเราดีกว่าค่ะ ประหยัดค่าธรรมเนียม",
    t_both="ออเดอร์นี้ใช้ Trade Assurance ไม่ได้ค่ะ แอด{ch} {c} แล้วคุยเรื่องชำระเงินกันทางนั้น", h_give="ได้เลยค่ะ {ch}ของเรา: {c}",
    h_paper="ขอบคุณสำหรับออเดอร์ค่ะ รบกวนส่งอีเมลและเบอร์โทรเพื่อออกใบกำกับสินค้าและผ่านพิธีศุลกากร", h_courier="ขนส่งต้องใช้เบอร์โทรผู้รับเพื่อจัดส่งค่ะ รบกวนยืนยันด้วย",
    h_track="ส่งของวันนี้แล้วค่ะ เลขพัสดุ {t} เช็กได้ที่ {site}", h_warn="กรุณาอย่าชำระเงินนอกแพลตฟอร์ม ชำระผ่าน Trade Assurance เท่านั้นเพื่อให้ออเดอร์ได้รับการคุ้มครองค่ะ",
    h_taok="ได้ค่ะ ใช้ Trade Assurance ได้ ไม่มีค่าใช้จ่ายเพิ่ม", h_nodisc="ขออภัยค่ะ ราคานี้ดีที่สุดแล้ว แต่ชำระผ่าน Trade Assurance ได้แน่นอน",
    h_nolc="ยอดเล็กขนาดนี้เปิด L/C ไม่ได้ค่ะ แต่ Trade Assurance ได้", h_store="ดูสินค้าทั้งหมดได้ที่หน้าร้านของเรา: {url}", h_model="รุ่น {mdl} มีสต็อก ล็อต {b} ค่ะ",
    h_hs="รหัส HS คือ {hs} ค่ะ", h_video="วิดีโอคอลบนแพลตฟอร์มนี้ได้เลยค่ะ กดไอคอนวิดีโอในแชทนี้", h_auto="[ตอบกลับอัตโนมัติ] ขอบคุณที่ทักมาค่ะ จะตอบกลับภายใน 12 ชั่วโมง",
    words=["เราเพิ่มไลน์การผลิตอีกหนึ่งไลน์ ส่งของได้เร็วขึ้นค่ะ", "ซูมรูปที่สามดูตะเข็บได้เลยค่ะ", "ราคาทองแดงขึ้นเป็นสัญญาณจากตลาดค่ะ"],
    feat=["กระดาษ 57 มม. ใช้กับเครื่อง EDC ที่พิมพ์สลิป LINE Pay และพร้อมเพย์ได้ค่ะ"], cty=["กรุงเทพ", "เชียงใหม่", "ภูเก็ต"])
MSG["ja"] = dict(
    hi="こんにちは。{p}に興味があります。詳細を送っていただけますか。", price="{q}{u}の場合の最安値はいくらですか。", sample="先にサンプルをいただけますか。",
    ship="{cty}までの送料はいくらですか。", lead="納期はどのくらいですか。", askc="LINEはありますか？IDを教えてください。そちらの方が話しやすいので。",
    ta="Trade Assuranceで支払えますか。", disc="もう少し値引きできますか。", lc="一覧払いL/Cで支払えますか。", ok="わかりました、ありがとうございます。",
    order="先ほど注文しましたので、ご確認ください。", track="もう発送されましたか。",
    s_price="{q}{u}の場合、単価は{pr} USD、最小注文数量は{m}{u}です。", s_lead="お支払い後、約{d}日です。", s_sample="サンプルはございます。商品ページから直接ご購入いただけます。",
    o_add="こんにちは、{ch}を追加してください：{c} 詳細と実物写真を送ります。", o_ask="{ch}はお持ちですか？番号を送ってください、連絡が取りやすいので。",
    o_cut="このプラットフォームはメッセージが切られてしまいます。{ch} {c} に連絡ください。", o_search="{ch}で{c}を検索すれば私が出てきます。",
    o_qr="{w}のQRコードを読み取って、直接やり取りしましょう。", w_img="先ほど送った画像", w_profile="プロフィール写真", w_video="商品動画の最後", w_banner="ショップのバナー",
    o_auto="【自動応答】ただいま対応できません。お急ぎの方は{ch} {c}までご連絡ください。", o_sig="よろしくお願いいたします。\n{nm}\n営業部長\n{ch}：{c}",
    o_cont="番号の続き：{c}", o_group="{ch}のグループに参加してください。毎日在庫と価格を更新しています：{c}", o_shop="{ch}のショップの方が安いです。そちらで注文してください：{c}",
    o_mail="ご要望を私のメール{c}に送ってください。全価格表をお送りします。", o_call="直接お電話ください、その方が早いです：{c}",
    t_fee="Trade Assuranceも可能ですが、手数料{pct}%を追加でご負担いただきます。", t_fix="Trade Assuranceのご注文には手数料{amt} USDを加算します。",
    t_ship="Trade Assuranceの場合、送料が{amt} USD高くなります。", t_min="Trade Assuranceは{amt} USD以上のご注文のみです。小口は銀行振込でお願いします。",
    t_max="Trade Assuranceは{amt} USDまでです。それ以上はT/Tでお願いします。",
    t_dep="まず{pct}%の手付金を銀行振込でお支払いいただき、残金はTrade Assuranceでお願いします。", t_na="申し訳ありませんが、{why}Trade Assuranceはご利用いただけません。",
    why_month="今月は", why_prod="この商品は", why_country="貴国向けには", t_slow="エスクローは時間がかかりすぎます。会社口座へ直接T/Tでお支払いください。",
    t_tt="会社口座へのT/Tのみ受け付けています。Trade Assuranceは使いません。", t_disc="Trade Assuranceではなく弊社銀行へ直接お支払いいただければ{pct}%値引きします。",
    t_price="Trade Assurance経由だと{p2} USD、直接お支払いなら{p1} USDです。", t_no="Trade Assuranceは取り扱っておりません。",
    t_pp="PayPal（友人・家族）かWestern Unionで私の名義に送っていただく方が手数料が省けます。",
    t_both="このご注文はTrade Assuranceでは無理です。{ch} {c}を追加してください、支払いはそちらで相談しましょう。",
    h_give="はい、{ch}は{c}です。", h_paper="ご注文ありがとうございます。コマーシャルインボイスと通関のため、メールアドレスと電話番号をお知らせください。",
    h_courier="配送業者が受取人の電話番号を必要としています。ご確認ください。", h_track="本日発送しました。追跡番号は{t}、{site}で確認できます。",
    h_warn="プラットフォーム外でのお支払いはご遠慮ください。ご注文を保護するため、Trade Assuranceのみでお支払いください。", h_taok="はい、Trade Assuranceで大丈夫です。追加費用はありません。",
    h_nodisc="申し訳ありませんが、これが最安値です。もちろんTrade Assuranceでのお支払いは可能です。", h_nolc="この金額ではL/Cは難しいですが、Trade Assuranceなら問題ありません。",
    h_store="全商品は弊社のストアページでご覧いただけます：{url}", h_model="型番{mdl}は在庫あり、ロット{b}です。", h_hs="HSコードは{hs}です。",
    h_video="このプラットフォーム上でビデオ通話ができます。このチャットのビデオアイコンを押してください。", h_auto="【自動応答】メッセージありがとうございます。12時間以内に返信いたします。",
    words=["生産ラインを1本増設したので、納期が短くなりました。", "3枚目の写真をズームすると縫い目が見えます。", "新しいラインナップは来月公開します。"],
    feat=["57mm幅はLINE Pay対応のモバイルPOSプリンターに使えます。"], cty=["東京", "大阪", "福岡"])
MSG["ko"] = dict(
    hi="안녕하세요, {p}에 관심이 있습니다. 자세한 정보를 보내주실 수 있나요?", price="{q}{u} 기준 최저가가 얼마인가요?", sample="먼저 샘플을 받을 수 있을까요?",
    ship="{cty}까지 배송비는 얼마인가요?", lead="납기는 얼마나 걸리나요?", askc="카카오톡 있으세요? 아이디 알려주세요, 거기서 얘기하는 게 편해서요.",
    ta="Trade Assurance로 결제할 수 있나요?", disc="가격 조금 더 깎아주실 수 있나요?", lc="일람불 L/C로 결제 가능한가요?", ok="네, 감사합니다.",
    order="방금 주문했습니다. 확인 부탁드려요.", track="물건 발송됐나요?",
    s_price="{q}{u} 기준 단가는 {pr} USD이고, 최소 주문 수량은 {m}{u}입니다.", s_lead="결제 후 약 {d}일 걸립니다.", s_sample="네, 샘플 가능합니다. 상품 페이지에서 바로 구매하시면 됩니다.",
    o_add="안녕하세요, {ch} 추가해 주세요: {c} 자세한 정보랑 실물 사진 보내드릴게요.", o_ask="{ch} 있으세요? 번호 보내주시면 연락드리기 편해요.",
    o_cut="플랫폼이 제 메시지를 자꾸 잘라요. {ch} {c}로 연락 주세요", o_search="{ch}에서 {c} 검색하시면 저예요.", o_qr="{w}에 있는 QR코드 스캔하시고 바로 얘기해요.",
    w_img="방금 보낸 사진", w_profile="제 프로필 사진", w_video="상품 영상 마지막 부분", w_banner="상점 배너",
    o_auto="[자동응답] 지금은 부재중입니다. 빠른 답변은 {ch} {c}로 연락 주세요.", o_sig="감사합니다.\n{nm}\n영업부장\n{ch}: {c}", o_cont="번호 나머지: {c}",
    o_group="저희 {ch} 방에 들어오세요, 매일 재고랑 가격 올려요: {c}", o_shop="저희 {ch} 스토어가 더 싸요, 거기서 주문하세요: {c}",
    o_mail="요청사항을 제 이메일 {c}로 보내주시면 전체 가격표 드릴게요.", o_call="직접 전화 주세요, 그게 빨라요: {c}",
    t_fee="Trade Assurance 가능하지만 수수료 {pct}%는 추가로 부담하셔야 해요.", t_fix="Trade Assurance 주문은 수수료 {amt} USD가 추가됩니다.",
    t_ship="Trade Assurance로 하시면 운임이 {amt} USD 더 나와요.", t_min="Trade Assurance는 {amt} USD 이상 주문만 가능하고, 소량은 계좌이체로 부탁드려요.",
    t_max="Trade Assurance는 {amt} USD까지만 돼요. 그 이상은 T/T로 부탁드려요.", t_dep="먼저 {pct}% 계약금을 계좌이체로 보내주시고, 잔금은 Trade Assurance로 하시면 돼요.",
    t_na="죄송하지만 {why} Trade Assurance가 안 됩니다.", why_month="이번 달은", why_prod="이 제품은", why_country="고객님 국가는",
    t_slow="에스크로가 너무 느려요. 회사 계좌로 바로 T/T 해 주세요.", t_tt="회사 계좌 T/T만 받아요, Trade Assurance는 안 합니다.",
    t_disc="Trade Assurance 말고 저희 은행으로 직접 보내주시면 {pct}% 할인해 드릴게요.", t_price="Trade Assurance로 하면 {p2} USD, 직접 결제하면 {p1} USD입니다.",
    t_no="저희는 Trade Assurance 안 해요.", t_pp="PayPal 친구송금이나 웨스턴유니온으로 제 이름으로 보내주시면 수수료 아껴요.",
    t_both="이 주문은 Trade Assurance가 안 돼요. {ch} {c} 추가하시고 결제는 거기서 얘기해요.", h_give="네, 제 {ch}: {c}",
    h_paper="주문 감사합니다. 상업송장과 통관을 위해 이메일과 전화번호를 보내주세요.", h_courier="택배사에서 배송을 위해 수령인 전화번호가 필요합니다. 확인 부탁드립니다.",
    h_track="오늘 발송했습니다. 운송장 번호 {t}, {site}에서 조회 가능합니다.", h_warn="플랫폼 밖에서 결제하지 마세요. 주문 보호를 위해 Trade Assurance로만 결제해 주세요.",
    h_taok="네, Trade Assurance 가능합니다. 추가 비용 없어요.", h_nodisc="죄송하지만 이게 최저가예요. 물론 Trade Assurance로 결제하셔도 됩니다.",
    h_nolc="이 금액으로는 L/C가 어렵지만 Trade Assurance는 괜찮습니다.", h_store="저희 전 제품은 스토어에서 보실 수 있어요: {url}",
    h_model="모델 {mdl} 재고 있고, 배치 번호 {b}입니다.", h_hs="HS 코드는 {hs}입니다.", h_video="이 플랫폼에서 바로 영상통화 가능해요. 채팅창의 영상 아이콘을 눌러주세요.",
    h_auto="[자동응답] 메시지 감사합니다. 12시간 이내에 답변드리겠습니다.",
    words=["생산 라인을 하나 더 늘려서 납기가 짧아졌어요.", "세 번째 사진 줌해서 보시면 박음질 보여요.", "구리 가격 상승은 시장 신호예요."],
    feat=["카카오페이 영수증 출력용 57mm 감열지도 있어요."], cty=["부산", "서울", "인천"])


# ---------------------------------------------------------------- contact details and the ways merchants disguise them
NAMES = ["Lucy", "Amy", "Kevin", "Jason", "Coco", "Linda", "Tony", "Cathy", "Eric", "Mia", "Jack", "Sunny", "Vivian", "Leo",
         "Grace", "Frank", "Helen", "Bruce", "Nina", "Ivy", "Sherry", "Peter"]
COS = ["Sunrise", "Hengda", "Goldleaf", "Bluesea", "Everbright", "Kaiyuan", "Lotus", "Mingda", "Huatai", "Jinhong", "Oriental", "Tianyi"]
SLUG = {"yoga-mats": "yoga", "bedding-sets": "bedding", "copper-tubes": "copper", "urea-fertilizer": "agro", "lace-trim": "lace",
        "hdpe-geomembrane": "geo", "wool-socks": "socks", "thermal-paper-rolls": "paper", "olive-oil": "olive"}
CC_BY_LANG = dict(en="86", zh="86", es="52", pt="55", fr="86", de="86", it="39", ru="7", tr="90", ar="971", hi="91", id="62",
                  vi="84", th="66", ja="81", ko="82")
MAIN_APP = dict(en="WhatsApp", zh="微信", es="WhatsApp", pt="WhatsApp", fr="WhatsApp", de="WhatsApp", it="WhatsApp", ru="Telegram",
                tr="WhatsApp", ar="واتساب", hi="WhatsApp", id="WhatsApp", vi="Zalo", th="LINE", ja="LINE", ko="카카오톡")
EMOJI = ["🌸", "⭐", "🔹", "🍀", "❤", "👉", "🔸", "✨"]


def dn(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def rnd(n, alpha="abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(rng.choice(alpha) for _ in range(n))


def mk_phone(cc):
    g = {"86": lambda: ["1" + rng.choice(["38", "39", "86", "35", "58", "77", "89"]), dn(4), dn(4)],
         "52": lambda: ["55", dn(4), dn(4)], "55": lambda: ["11", "9" + dn(4), dn(4)], "39": lambda: ["3" + dn(2), dn(3), dn(4)],
         "7": lambda: ["9" + dn(2), dn(3), dn(2), dn(2)], "90": lambda: ["5" + dn(2), dn(3), dn(2), dn(2)],
         "971": lambda: ["5" + dn(1), dn(3), dn(4)], "91": lambda: ["9" + dn(4), dn(5)], "62": lambda: ["8" + dn(2), dn(4), dn(4)],
         "84": lambda: ["9" + dn(2), dn(3), dn(3)], "66": lambda: ["8" + dn(1), dn(3), dn(4)], "81": lambda: ["90", dn(4), dn(4)],
         "82": lambda: ["10", dn(4), dn(4)]}[cc]()
    return {"cc": cc, "g": g}


class Persona:
    def __init__(self, merchant, lang, cid):
        k = int(merchant.split("-")[1])
        self.nm = NAMES[k % len(NAMES)]
        self.co = COS[(k // 3) % len(COS)]
        slug = SLUG[cid]
        self.phone = mk_phone(CC_BY_LANG[lang])
        self.handle = "%s_%s%s" % (self.nm.lower(), slug, dn(2))
        self.local = "%s.%s" % (self.nm.lower(), slug)
        self.dom = rng.choice(["163", "126", "gmail", "outlook", "yahoo", "hotmail"])
        self.qq = str(rng.randint(1, 9)) + dn(rng.choice([8, 9]))
        self.url = "https://%s%s.en.alibaba.com" % (self.co.lower(), slug)
        self.company = "%s %s Co., Ltd." % (self.co, {"yoga": "Sports Goods", "bedding": "Home Textile", "copper": "Copper Industry",
                                                       "agro": "Agrochemical", "lace": "Lace & Trims", "geo": "Geosynthetics",
                                                       "socks": "Knitting", "paper": "Paper Products", "olive": "Foods"}[slug])

    def email(self):
        return "%s@%s.com" % (self.local, self.dom)


def ph_plain(p):
    return "+%s %s" % (p["cc"], " ".join(p["g"]))


def ph_digits(p):
    return p["cc"] + "".join(p["g"])


def ph_spaced(p, sep=" "):
    return "+" + sep.join(ph_digits(p))


def ph_dots(p):
    return "(+%s) %s" % (p["cc"], ".".join(p["g"]))


def ph_emoji(p):
    e = rng.choice(EMOJI)
    return "+" + p["cc"] + e + e.join(p["g"])


def ph_keycap(p):
    return "".join(d + "\ufe0f\u20e3" for d in ph_digits(p))


def ph_full(p):
    return to_native(ph_plain(p), "fw").replace("+", "＋")


def ph_native(p, lang):
    return to_native(ph_plain(p), {"ar": "ar", "hi": "hi", "th": "th"}[lang])


def ph_words(p, wl, mixed=True):
    out = []
    for i, grp in enumerate([p["cc"]] + p["g"]):
        if mixed and i % 2 == 0:
            out.append(grp)
        else:
            out.append("-".join(DIGIT_WORDS[wl][int(d)] for d in grp))
    return " ".join(out)


def ph_zw(p):
    return "\u200b".join(ph_plain(p))


def ph_letters(p):
    return ph_plain(p).translate(str.maketrans({"0": "O", "1": "l", "5": "S", "8": "B"}))


def ph_reverse(p):
    return ph_digits(p)[::-1]


def ph_cn(p):
    return " ".join("".join(DIGIT_WORDS["zh"][int(d)] for d in grp) for grp in [p["cc"]] + p["g"])


HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "A": "А", "T": "Т", "C": "С", "i": "і"})


def homoglyph(s):
    return s.translate(HOMO)


def zw(s):
    return "\u200b".join(s)


AT_WORD = dict(es=("arroba", "punto"), pt=("arroba", "ponto"), fr=("arobase", "point"), it=("chiocciola", "punto"),
               de=("Klammeraffe", "Punkt"), ru=("собака", "точка"), tr=("et işareti", "nokta"), ko=("골뱅이", "닷"),
               ja=("アットマーク", "ドット"), zh=("艾特", "点"), en=("(at)", "(dot)"))


def em_word(pe, lang):
    a, d = AT_WORD[lang]
    return "%s %s %s %s com" % (pe.local, a, pe.dom, d)


# ---------------------------------------------------------------- conversations
CONVS = []
LANG_MSGS = Counter()
LANG_HN = Counter()
HS = {"yoga-mats": "9506.91", "bedding-sets": "6302.31", "copper-tubes": "7411.10", "urea-fertilizer": "3102.10",
      "lace-trim": "5804.21", "hdpe-geomembrane": "3920.10", "wool-socks": "6115.95", "thermal-paper-rolls": "4811.90",
      "olive-oil": "1509.20"}
SITES = ["dhl.com", "17track.net", "sf-express.com", "ems.com.cn", "maersk.com", "fedex.com", "ups.com", "track.aftership.com"]


class Conv:
    def __init__(self, lang, merchant=None, channel=None, cid=None):
        self.lang, self.P = lang, MSG[lang]
        self.m = merchant or rng.choice(MERCHANTS[2:])
        self.b = rng.choice(BUYERS)
        self.channel = channel or rng.choice(["chat", "chat", "chat", "inquiry", "site_message", "rfq"])
        self.cid = cid or rng.choice(list(CATS))
        C = CATS[self.cid]
        self.pe = Persona(self.m, lang, self.cid)
        self.moq = rng.choice(C["moqs"])
        self.q = self.moq * rng.choice([1, 2, 5, 10])
        self.price = r2(rng.choice(C["variants"])[1] * rng.uniform(0.95, 1.05))
        self.msgs = []
        self.kw = dict(p=C["nouns"][lang], q=fmt(self.q, lang), u=UNITS[C["unit"]][lang], m=fmt(self.moq, lang),
                       pr=fmt(self.price, lang), d=rng.choice([7, 10, 15, 20, 25, 30]), cty=rng.choice(self.P["cty"]), nm=self.pe.nm)
        CONVS.append(self)

    def t(self, key, **kw):
        d = dict(self.kw)
        d.update(kw)
        return self.P[key].format(**d)

    def buyer(self, key=None, text=None, stage="none"):
        self.last = key
        self._add("buyer", text if text is not None else self.t(key), "text", stage, [], [], "buyer message")

    def seller(self, text, expect=(), allow=(), note="clean: ordinary seller reply", kind="text", stage="none", key=None, **kw):
        if key:
            text = self.t(key, **kw)
        self._add("seller", text, kind, stage, list(expect), list(allow), note)

    def _add(self, sender, text, kind, stage, expect, allow, note):
        self.msgs.append(dict(sender=sender, text=text, kind=kind, stage=stage, expect=expect, allow=allow,
                              note=note + "; lang=" + self.lang))
        LANG_MSGS[self.lang] += 1

    def opener(self):
        self.buyer(rng.choice(["hi", "price", "sample", "ship", "lead"]))

    def filler(self, p=1.0):
        if rng.random() < p:
            k = {"sample": "s_sample", "lead": "s_lead"}.get(getattr(self, "last", None), "s_price")
            self.seller(self.t(k), note="clean: %s" % {"s_price": "price answer", "s_lead": "lead-time answer", "s_sample": "sample answer"}[k])

    def closer(self, p=0.5):
        if rng.random() < p:
            self.buyer("ok")


def off(c, text, tactic, evasive=True, kind="text", stage="none", allow=()):
    c.seller(text, [MSG_OFF], list(allow), "offplatform[%s]: %s" % ("evasive" if evasive else "plain", tactic), kind=kind, stage=stage)


def ta(c, text, tactic, prompted, also_off=False, allow=()):
    exp = [MSG_TA] + ([MSG_OFF] if also_off else [])
    c.seller(text, exp, list(allow), "trade_assurance_refusal: %s, %s" % (tactic, "prompted" if prompted else "unprompted"))


def hn(c, text, code, tactic, kind="text", stage="none"):
    LANG_HN[c.lang] += 1
    c.seller(text, [], [], "hard negative for %s: %s" % (code, tactic), kind=kind, stage=stage)


def pick_lang():
    """Language for the next flexible hard-negative conversation: balances hard negatives and total messages per language."""
    return min(LANGS, key=lambda l: (3 * LANG_HN[l] + LANG_MSGS[l], LANGS.index(l)))


WORD_KIND = dict(de=["any", "any", "textile"], ja=["any", "textile", "any"], zh=["any", "textile", "any"])
BUYER_APP = dict(en="WhatsApp", zh="微信", es="WhatsApp", pt="WhatsApp", fr="WhatsApp", de="WhatsApp", it="WhatsApp",
                 ru="WhatsApp", tr="WhatsApp", ar="واتساب", hi="WhatsApp", id="WhatsApp", vi="Zalo", th="ไลน์", ja="LINE",
                 ko="카카오톡")


def build_messages():
    # ======== offplatform_contact: plain (app + readable contact) ========
    for lang in ["en", "zh", "es", "pt", "fr", "de", "it", "ru"]:
        c = Conv(lang)
        c.buyer("ship" if lang == "en" else "hi")
        ch = "WeChat/Skype/WhatsApp" if lang == "en" else MAIN_APP[lang]
        off(c, c.t("o_add", ch=ch, c=ph_plain(c.pe.phone)), "app named + readable number, ignores the question", evasive=False)
        c.closer(0.3)
    for lang in ["vi", "th", "ko"]:
        c = Conv(lang)
        c.opener()
        c.filler(0.5)
        off(c, c.t("o_call", c=ph_plain(c.pe.phone)), "asks the buyer to phone, readable number", evasive=False)
    for lang in ["zh", "de", "es", "tr", "hi"]:
        c = Conv(lang, channel="inquiry")
        c.opener()
        em = ("%s@qq.com" % c.pe.qq) if lang == "zh" else c.pe.email()
        off(c, c.t("o_mail", c=em), "personal e-mail for the price list (not order paperwork)", evasive=False)
    for lang in ["en", "fr", "ar", "vi"]:
        c = Conv(lang)
        c.opener()
        off(c, c.t("o_auto", ch=MAIN_APP[lang], c=ph_plain(c.pe.phone)), "auto-reply carrying the contact", evasive=False, kind="auto_reply")
        c.closer(0.3)
    for lang in ["en", "zh", "it", "ru"]:
        c = Conv(lang, channel=rng.choice(["inquiry", "rfq"]))
        c.opener()
        c.filler()
        sig = c.t("o_sig", ch=MAIN_APP[lang] if lang != "en" else "Wechat", c=ph_plain(c.pe.phone))
        if lang == "en":
            sig += "\nEmail: %s@qq.com" % c.pe.qq
        if lang == "zh":
            sig += "\n邮箱：%s" % c.pe.email()
        off(c, sig, "signature block with contact details", evasive=False, kind="signature")
    for lang in ["en", "pt", "th", "ar"]:
        c = Conv(lang)
        c.buyer(text={"en": "I want to buy one.", "pt": "Quero comprar um.", "th": "อยากสั่งหนึ่งชิ้นครับ", "ar": "أريد شراء واحدة."}[lang])
        off(c, c.t("o_ask", ch=MAIN_APP[lang]), "seller asks for the buyer's number on a named app", evasive=False)

    # ======== offplatform_contact: evasive, one message each ========
    pp = lambda c: c.pe.phone
    E = [
        ("fr", "o_add", lambda c: ("WhatsApp", ph_spaced(pp(c))), "digits separated by spaces"),
        ("es", "o_add", lambda c: ("WhatsApp", ph_emoji(pp(c))), "emoji between digit groups"),
        ("ko", "o_add", lambda c: ("카톡", ph_emoji(pp(c))), "emoji between digit groups + nickname 카톡"),
        ("pt", "o_add", lambda c: ("zap", ph_keycap(pp(c))), "keycap-emoji digits + nickname 'zap'"),
        ("ja", "o_add", lambda c: ("ＬＩＮＥ", ph_full(pp(c))), "full-width app name and digits"),
        ("zh", "o_add", lambda c: ("微信", ph_full(pp(c))), "full-width digits"),
        ("ar", "o_add", lambda c: ("واتساب", ph_native(pp(c), "ar")), "Arabic-Indic digits"),
        ("hi", "o_add", lambda c: ("व्हाट्सऐप", ph_native(pp(c), "hi")), "Devanagari digits + transliterated app name"),
        ("th", "o_call", lambda c: ("", ph_native(pp(c), "th")), "Thai digits, asks for a phone call"),
        ("en", "o_cut", lambda c: ("WhatsApp", ph_words(pp(c), "en")), "'the platform cuts my messages' + digits mixed with number words"),
        ("de", "o_add", lambda c: ("WhatsApp", ph_words(pp(c), "de")), "digits mixed with German number words"),
        ("ru", "o_add", lambda c: ("вотсап", ph_words(pp(c), "ru")), "Russian number words + transliterated 'вотсап'"),
        ("it", "o_cut", lambda c: ("Telegram", ph_words(pp(c), "en", mixed=False)), "'the platform cuts my messages' + number in English words inside Italian"),
        ("tr", "o_add", lambda c: ("WhatsApp", ph_words(pp(c), "de", mixed=False)), "number spelled in German words inside Turkish"),
        ("zh", "o_add", lambda c: ("V信", ph_cn(pp(c))), "phone-slang digits 幺/拐/勾/洞 + 'V信'"),
        ("ja", "o_call", lambda c: ("", ph_words(pp(c), "ja", mixed=False).replace("-", "")), "kanji digits, asks for a phone call"),
        ("en", "o_add", lambda c: ("WhatsApp", ph_zw(pp(c))), "zero-width spaces between all characters of the number"),
        ("vi", "o_add", lambda c: ("Zalo", ph_reverse(pp(c)) + " (đọc ngược lại nhé)"), "number written backwards"),
        ("id", "o_cut", lambda c: ("WA", ph_spaced(pp(c), ".")), "'the platform cuts my messages' + dotted single digits"),
        ("de", "o_add", lambda c: (zw("WhatsApp"), ph_plain(pp(c))), "zero-width characters inside the app name"),
        ("ru", "o_search", lambda c: (homoglyph("Telegram"), "@" + c.pe.handle), "mixed-script app name (Cyrillic homoglyphs) + handle"),
        ("fr", "o_cut", lambda c: (homoglyph("WhatsApp"), ph_dots(pp(c))), "'the platform cuts my messages' + Cyrillic homoglyphs in 'WhatsApp'"),
        ("vi", "o_add", lambda c: (homoglyph("Zalo"), ph_plain(pp(c))), "Cyrillic homoglyphs in 'Zalo'"),
        ("en", "o_add", lambda c: ("Wh@t$@pp", ph_letters(pp(c))), "leetspeak app name + letters for digits (O, l, S, B)"),
        ("pt", "o_add", lambda c: ("Whats4pp", ph_dots(pp(c))), "leetspeak app name"),
        ("id", "o_search", lambda c: ("W3Ch4t", c.pe.handle), "leetspeak 'W3Ch4t' + ID"),
        ("it", "o_add", lambda c: ("WhatsΑpp", ph_dots(pp(c))), "Greek capital Alpha inside 'WhatsApp'"),
        ("zh", "o_add", lambda c: ("vx", ph_plain(pp(c))), "nickname 'vx' for WeChat"),
        ("zh", "o_search", lambda c: ("绿泡泡", c.pe.handle), "nickname 绿泡泡 (green bubble) for WeChat"),
        ("zh", "o_add", lambda c: ("扣扣", c.pe.qq), "nickname 扣扣 for QQ + QQ number"),
        ("zh", "o_search", lambda c: ("飞机", "@" + c.pe.handle), "nickname 飞机 (plane) for Telegram"),
        ("es", "o_add", lambda c: ("guasap", ph_plain(pp(c))), "slang spelling 'guasap'"),
        ("ru", "o_search", lambda c: ("телеге", "@" + c.pe.handle), "slang 'телега' for Telegram"),
        ("tr", "o_add", lambda c: ("vatsap", ph_plain(pp(c))), "Turkish spelling 'vatsap'"),
        ("ar", "o_cut", lambda c: ("الواتس", ph_plain(pp(c))), "'the platform cuts my messages' + short form 'الواتس'"),
        ("hi", "o_add", lambda c: ("वॉट्सएप", ph_plain(pp(c))), "Devanagari transliteration of WhatsApp"),
        ("vi", "o_add", lambda c: ("Za lo", ph_plain(pp(c))), "split app name 'Za lo'"),
        ("th", "o_add", lambda c: ("ไลน์", "@" + c.pe.handle), "Thai transliteration ไลน์ + LINE ID"),
        ("ko", "o_search", lambda c: ("ㅋㅌ", c.pe.handle), "initial-consonant abbreviation ㅋㅌ for KakaoTalk"),
        ("de", "o_add", lambda c: ("Whatsi", ph_plain(pp(c))), "nickname 'Whatsi'"),
        ("id", "o_add", lambda c: ("wasap", ph_plain(pp(c))), "spelling 'wasap'"),
        ("en", "o_search", lambda c: ("the green app with the phone icon", ph_plain(pp(c))), "app described, not named"),
        ("zh", "o_add", lambda c: ("绿色那个聊天软件", ph_plain(pp(c))), "app described, not named"),
        ("pt", "o_search", lambda c: ("app do aviãozinho", "@" + c.pe.handle), "Telegram described as 'the little-plane app'"),
        ("ko", "o_search", lambda c: ("노란색 메신저", c.pe.handle), "KakaoTalk described as 'the yellow messenger'"),
        ("ja", "o_search", lambda c: ("緑のメッセージアプリ", c.pe.handle), "LINE described as 'the green messaging app'"),
        ("ko", "o_add", lambda c: ("아이디", c.pe.handle), "bare ID, no app named"),
        ("th", "o_add", lambda c: ("ไอดี", "@" + c.pe.handle), "bare @ID, no app named"),
        ("en", "o_mail", lambda c: ("", em_word(c.pe, "en")), "e-mail disguised with (at)/(dot)"),
        ("zh", "o_mail", lambda c: ("", em_word(c.pe, "zh")), "e-mail disguised with 艾特/点"),
        ("es", "o_mail", lambda c: ("", em_word(c.pe, "es")), "e-mail spelled with 'arroba'/'punto'"),
        ("fr", "o_mail", lambda c: ("", em_word(c.pe, "fr")), "e-mail spelled with 'arobase'/'point'"),
        ("it", "o_mail", lambda c: ("", em_word(c.pe, "it")), "e-mail spelled with 'chiocciola'/'punto'"),
        ("ru", "o_mail", lambda c: ("", em_word(c.pe, "ru")), "e-mail spelled with 'собака'/'точка'"),
        ("ko", "o_mail", lambda c: ("", em_word(c.pe, "ko")), "e-mail spelled with '골뱅이'/'닷'"),
        ("ja", "o_mail", lambda c: ("", c.pe.email().replace("@", "＠").replace(".", "．")), "e-mail in full-width characters"),
        ("tr", "o_mail", lambda c: ("", "%s (%s)" % (c.pe.local, c.pe.dom)), "e-mail as bare user name + provider, no @"),
        ("en", "o_qr", lambda c: ("", c.P["w_profile"]), "QR code in the profile photo"),
        ("de", "o_qr", lambda c: ("", c.P["w_img"]), "QR code in a picture sent in chat"),
        ("ar", "o_qr", lambda c: ("", c.P["w_video"]), "QR code at the end of the product video"),
        ("hi", "o_qr", lambda c: ("", c.P["w_banner"]), "QR code in the shop banner"),
        ("ko", "o_ask", lambda c: ("노란 앱", ""), "asks for the buyer's number on 'the yellow app'"),
        ("es", "o_ask", lambda c: ("la app verde", ""), "asks for the buyer's number on 'the green app'"),
        ("id", "o_ask", lambda c: ("WA", ""), "asks for the buyer's number, app abbreviated 'WA'"),
        ("ru", "o_group", lambda c: ("Telegram", "t.me/+" + rnd(16)), "private Telegram channel invite"),
        ("vi", "o_group", lambda c: ("Zalo", "zalo.me/g/" + rnd(8)), "Zalo group invite link"),
        ("hi", "o_group", lambda c: ("WhatsApp", "chat.whatsapp.com/" + rnd(22)), "WhatsApp group invite link"),
        ("ko", "o_group", lambda c: ("카톡 오픈채팅", "open.kakao.com/o/s" + rnd(7)), "KakaoTalk open-chat room link"),
        ("zh", "o_group", lambda c: ("微信", "扫我头像里的二维码进群"), "WeChat group via the QR in the profile photo"),
        ("id", "o_shop", lambda c: ("Tokopedia", "tokopedia.link/" + rnd(8)), "pushes to another marketplace (Tokopedia)"),
        ("vi", "o_shop", lambda c: ("Shopee", "shp.ee/" + rnd(7)), "pushes to another marketplace (Shopee)"),
        ("ru", "o_shop", lambda c: ("Ozon", "ozon.ru/t/" + rnd(6)), "pushes to another marketplace (Ozon)"),
        ("zh", "o_shop", lambda c: ("淘宝", "m.tb.cn/h." + rnd(6)), "pushes to another marketplace (Taobao)"),
        ("es", "o_shop", lambda c: ("Mercado Libre", "articulo.mercadolibre.com.mx/MLM-" + dn(9)), "pushes to another marketplace (Mercado Libre)"),
    ]
    SPECIAL = [
        ("en", "Contact me here: wa[.]me/{wa} (just remove the brackets)", "defanged wa.me link"),
        ("it", "Scrivimi qui: hxxps://t[.]me/{h} (metti tt al posto di xx)", "defanged Telegram link (hxxps, [.])"),
        ("de", "Schreiben Sie mir direkt: t . me / {h} (ohne Leerzeichen)", "spaced-out t.me link"),
        ("es", "Más fotos y el precio final en este enlace: bit.ly/{r7}", "URL shortener hiding a chat link"),
        ("id", "Klik aja kak: wa.link/{r6} langsung nyambung ke saya", "wa.link shortener"),
        ("de", "Meine Nummer steht im Wasserzeichen des Produktvideos, rufen Sie einfach an.", "number in the product-video watermark"),
        ("fr", "Mon numéro est sur la dernière photo du produit, écrivez-moi sur Télégram.", "number on the last product photo + app"),
        ("id", "Nomor WA saya ada di bio toko ya kak, chat di sana lebih cepat.", "number in the shop bio"),
        ("es", "Búsquenos en Facebook como \"{co} {nm}\" y escríbame por Messenger.", "'search my shop name on Facebook', chat on Messenger"),
        ("en", "Search our company name \"{co}\" on LinkedIn and message me there, I reply much faster.", "'search our company on LinkedIn'"),
        ("tr", "Numaram profilimde yazıyor, vatsaptan yazın.", "number in the profile + 'vatsap'"),
        ("pt", "Me segue no Instagram @{h} e chama no direct, lá mando o catálogo.", "pushes to Instagram DMs"),
        ("hi", "हमारा टेलीग्राम चैनल जॉइन करें, रोज़ नया स्टॉक: t.me/{h}", "Telegram channel in Devanagari"),
    ]
    ev_convs = []
    for i, (lang, tmpl, fn, tactic) in enumerate(E):
        merchant = REPEAT_OFF if i % 7 == 3 else None
        c = Conv(lang, merchant=merchant)
        if tmpl == "o_ask":
            c.buyer("price")
        else:
            c.opener()
        c.filler(0.3)
        ch, ct = fn(c)
        text = c.t(tmpl, ch=ch, c=ct, w=ct)
        off(c, text, tactic)
        c.closer(0.25)
        ev_convs.append(c)
    for i, (lang, tmpl, tactic) in enumerate(SPECIAL):
        merchant = REPEAT_OFF if i % 4 == 1 else None
        c = Conv(lang, merchant=merchant)
        c.opener()
        c.filler(0.3)
        pd = ph_digits(c.pe.phone)
        off(c, tmpl.format(wa=pd, h=c.pe.handle, r7=rnd(7), r6=rnd(6), co=c.pe.co, nm=c.pe.nm), tactic)
        c.closer(0.25)
    # auto-replies and signatures with disguised contacts
    for lang, ch, cfn, tactic in [("de", "WhatsApp", lambda c: ph_zw(c.pe.phone), "auto-reply, zero-width number"),
                                  ("pt", "zap", lambda c: ph_keycap(c.pe.phone), "auto-reply, keycap digits + 'zap'"),
                                  ("ja", "ＬＩＮＥ", lambda c: "ID: " + c.pe.handle, "auto-reply, full-width LINE + ID")]:
        c = Conv(lang)
        c.opener()
        off(c, c.t("o_auto", ch=ch, c=cfn(c)), tactic, kind="auto_reply")
    for lang, ch, cfn, tactic in [("es", "Correo", lambda c: em_word(c.pe, "es"), "signature, e-mail spelled 'arroba'"),
                                  ("id", "WA", lambda c: ph_emoji(c.pe.phone), "signature, emoji-separated number"),
                                  ("ko", "카톡 ID", lambda c: c.pe.handle, "signature, 카톡 ID")]:
        c = Conv(lang, channel="inquiry")
        c.opener()
        c.filler()
        off(c, c.t("o_sig", ch=ch, c=cfn(c)), tactic, kind="signature")
    # steering at order / shipping stage that is NOT paperwork
    c = Conv("en", merchant=REPEAT_OFF)
    c.buyer("order", stage="ordered")
    off(c, "Thanks for your order! For after-sales service please add my WeChat %s, it is faster than here." % ph_plain(c.pe.phone),
        "after-sales steering at order stage (not paperwork)", evasive=False, stage="ordered")
    c = Conv("zh")
    c.buyer("track", stage="shipping")
    off(c, "货已经发出，物流有问题直接加我薇信 %s，平台消息我不常看。" % c.pe.handle, "shipping-stage steering, nickname 薇信", stage="shipping")

    # ======== split contacts over several messages ========
    c = Conv("en", merchant=REPEAT_OFF)
    c.opener()
    g = c.pe.phone["g"]
    off(c, "My WhatsApp is +%s %s" % (c.pe.phone["cc"], g[0]), "number split over 3 messages, no buyer turn (part 1 + app)")
    c.seller(g[1], [], [MSG_OFF], "offplatform split: bare middle fragment, flagging is optional")
    off(c, g[2], "number split over 3 messages (final fragment completes the number)")
    c = Conv("es")
    c.opener()
    g = c.pe.phone["g"]
    off(c, "Agrégame a wasap, el número empieza por +%s %s %s" % (c.pe.phone["cc"], g[0], g[1][:2]), "number split around a buyer turn (part 1)")
    c.buyer(text="¿Cómo? No entendí.")
    off(c, "%s %s, ahí le mando el catálogo" % (g[1][2:], g[2]), "number split around a buyer turn (final part)")
    c = Conv("ar")
    c.opener()
    g = c.pe.phone["g"]
    off(c, "رقمي على الواتس: %s" % to_native("+" + c.pe.phone["cc"], "ar"), "Arabic-Indic number split over 3 messages with buyer turns (part 1)")
    c.buyer(text="عفواً؟")
    c.seller(to_native(g[0] + " " + g[1], "ar"), [], [MSG_OFF], "offplatform split: bare middle fragment, flagging is optional")
    c.buyer(text="نعم")
    off(c, to_native(g[2], "ar") + " أرسل لي رسالة هناك", "Arabic-Indic number split (final part)")
    c = Conv("vi")
    c.opener()
    g = c.pe.phone["g"]
    off(c, "0%s %s %s" % tuple(g), "bare unsolicited phone number, app named in the next message")
    off(c, "Zalo nhé, gửi ảnh thật qua đó", "app name after the bare number")
    c = Conv("zh", merchant=REPEAT_OFF)
    c.opener()
    off(c, "邮箱发你：%s" % c.pe.local, "e-mail split over 3 messages (part 1)")
    c.seller("艾特%s" % c.pe.dom, [], [MSG_OFF], "offplatform split: bare middle fragment, flagging is optional")
    off(c, "点com，报价单发那边", "e-mail split (final part)")
    c = Conv("de")
    c.opener()
    off(c, "Schreiben Sie mir lieber bei der grünen App, da antworte ich schneller.", "app described, number only after the buyer's follow-up question")
    c.buyer(text="Welche Nummer?")
    off(c, ph_plain(c.pe.phone), "number given after the seller's own steering (buyer did not ask first)")
    c = Conv("ko")
    c.opener()
    off(c, "카톡 아이디 앞부분은 %s 이고요" % c.pe.handle[:4], "KakaoTalk ID split around a buyer turn (part 1)")
    c.buyer(text="네?")
    off(c, "뒤에는 %s 입니다. 친추해 주세요" % c.pe.handle[4:], "KakaoTalk ID split (final part)")

    # ======== trade_assurance_refusal ========
    T = [("en", "t_fee", dict(pct=5), "surcharge in %"), ("de", "t_fee", dict(pct=3), "surcharge in %"),
         ("ja", "t_fee", dict(pct=8), "surcharge in %"), ("ar", "t_fee", dict(pct=5), "surcharge in %"),
         ("tr", "t_fee", dict(pct=4), "surcharge in % (Turkish %-prefix)"), ("vi", "t_fee", dict(pct=3), "surcharge in %"),
         ("ko", "t_fee", dict(pct=5), "surcharge in %"), ("pt", "t_fee", dict(pct=6), "surcharge in %"),
         ("fr", "t_fix", dict(amt=50), "absolute surcharge"), ("it", "t_fix", dict(amt=35), "absolute surcharge"),
         ("hi", "t_fix", dict(amt=40), "absolute surcharge"), ("th", "t_fix", dict(amt=30), "absolute surcharge"),
         ("es", "t_ship", dict(amt=120), "higher shipping with TA"), ("ru", "t_ship", dict(amt=80), "higher shipping with TA"),
         ("id", "t_ship", dict(amt=60), "higher shipping with TA"), ("zh", "t_ship", dict(amt=150), "higher shipping with TA"),
         ("ja", "t_ship", dict(amt=95), "higher shipping with TA"),
         ("en", "t_min", dict(amt=5000), "TA only above an amount"), ("pt", "t_min", dict(amt=3000), "TA only above an amount"),
         ("ko", "t_min", dict(amt=2000), "TA only above an amount"), ("ar", "t_min", dict(amt=10000), "TA only above an amount"),
         ("de", "t_max", dict(amt=2000), "TA only below an amount"), ("hi", "t_max", dict(amt=1500), "TA only below an amount"),
         ("zh", "t_dep", dict(pct=30), "deposit outside, balance via TA"), ("fr", "t_dep", dict(pct=50), "deposit outside, balance via TA"),
         ("tr", "t_dep", dict(pct=30), "deposit outside, balance via TA"), ("vi", "t_dep", dict(pct=40), "deposit outside, balance via TA"),
         ("it", "t_dep", dict(pct=30), "deposit outside, balance via TA"),
         ("es", "t_na", "why_month", "'TA not available this month'"), ("th", "t_na", "why_month", "'TA not available this month'"),
         ("ru", "t_na", "why_month", "'TA not available this month'"), ("en", "t_na", "why_prod", "'TA not available for this product'"),
         ("id", "t_na", "why_prod", "'TA not available for this product'"), ("ko", "t_na", "why_prod", "'TA not available for this product'"),
         ("pt", "t_na", "why_country", "'TA not available for your country'"), ("ar", "t_na", "why_country", "'TA not available for your country'"),
         ("hi", "t_na", "why_country", "'TA not available for your country'"),
         ("de", "t_slow", {}, "'escrow too slow', T/T instead"), ("ja", "t_slow", {}, "'escrow too slow', T/T instead"),
         ("tr", "t_slow", {}, "'escrow too slow', T/T instead"), ("zh", "t_slow", {}, "'escrow too slow', T/T instead"),
         ("fr", "t_tt", {}, "only T/T to the company account"), ("it", "t_tt", {}, "only T/T to the company account"),
         ("vi", "t_tt", {}, "only T/T to the company account"), ("ru", "t_tt", {}, "only T/T to the company account"),
         ("th", "t_tt", {}, "only T/T to the company account"),
         ("es", "t_disc", dict(pct=3), "discount for paying directly"), ("id", "t_disc", dict(pct=5), "discount for paying directly"),
         ("hi", "t_disc", dict(pct=4), "discount for paying directly"), ("ko", "t_disc", dict(pct=3), "discount for paying directly"),
         ("en", "t_disc", dict(pct=2), "discount for paying directly"), ("ar", "t_disc", dict(pct=5), "discount for paying directly"),
         ("pt", "t_price", {}, "higher unit price with TA"), ("tr", "t_price", {}, "higher unit price with TA"),
         ("ja", "t_price", {}, "higher unit price with TA"), ("de", "t_price", {}, "higher unit price with TA"),
         ("fr", "t_no", {}, "flat refusal"), ("zh", "t_no", {}, "flat refusal"), ("vi", "t_no", {}, "flat refusal"),
         ("it", "t_pp", {}, "pay by PayPal F&F / Western Union to a personal name (no chat channel named)"),
         ("ru", "t_pp", {}, "pay by PayPal F&F / Western Union to a personal name (no chat channel named)"),
         ("th", "t_pp", {}, "pay by PayPal F&F / Western Union to a personal name (no chat channel named)"),
         ("es", "t_both", {}, "TA refused and payment moved to WhatsApp"), ("id", "t_both", {}, "TA refused and payment moved to WhatsApp")]
    for i, (lang, tmpl, kw, tactic) in enumerate(T):
        prompted = (i % 2 == 0) or tmpl in ("t_na",)
        merchant = REPEAT_TA if i % 9 == 1 else None
        c = Conv(lang, merchant=merchant)
        c.buyer("price")
        c.seller(c.t("s_price"), note="clean: price answer")
        if prompted:
            c.buyer("ta")
        if tmpl == "t_na":
            kw2 = dict(why=c.P[kw])
        elif tmpl == "t_price":
            kw2 = dict(p1=fmt(c.price, lang), p2=fmt(r2(c.price * 1.07), lang))
        elif tmpl == "t_both":
            kw2 = dict(ch="WhatsApp" if lang != "id" else "WA", c=ph_plain(c.pe.phone))
        else:
            kw2 = {k: fmt(v, lang) for k, v in kw.items()}
        text = c.t(tmpl, **kw2)
        if tmpl == "t_pp":
            ta(c, text, tactic, prompted, allow=[MSG_OFF])
        else:
            ta(c, text, tactic, prompted, also_off=(tmpl == "t_both"))
        c.closer(0.35)

    # ======== hard negatives ========
    OFFC, TAC = MSG_OFF, MSG_TA
    hn_first = []
    for lang in LANGS:                       # buyer asked first, same turn
        c = Conv(lang)
        c.buyer("askc")
        ct = c.pe.handle if lang in ("th", "ja", "ko") else ph_plain(c.pe.phone)
        hn(c, c.t("h_give", ch=BUYER_APP[lang], c=ct), OFFC, "buyer asked for the contact first (previous message)")
        c.closer(0.3)
        hn_first.append(c)
    for i, lang in enumerate(["en", "es", "de", "ru", "ar", "id", "ja", "tr"]):   # buyer asked 2-3 turns earlier
        c = Conv(lang)
        c.buyer("askc")
        c.seller(c.t("s_price"), note="clean: price answer")
        c.buyer("sample")
        turns = 2
        if i % 2:
            c.seller(c.t("s_sample"), note="clean: sample answer")
            c.buyer("lead")
            turns = 3
        ct = c.pe.handle if lang == "ja" else ph_plain(c.pe.phone)
        hn(c, c.t("h_give", ch=BUYER_APP[lang], c=ct), OFFC, "buyer asked for the contact %d buyer turns earlier" % turns)
    trk = [lambda: dn(10), lambda: "YT" + dn(16), lambda: "SF" + dn(13), lambda: "EE" + dn(9) + "CN", lambda: "MSKU" + dn(7),
           lambda: dn(12), lambda: "1Z" + rnd(16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), lambda: dn(4) + " " + dn(4) + " " + dn(4)]
    # SITES[k] is the tracking site of the carrier whose number format is trk[k]
    for i in range(8):                       # order paperwork + tracking
        c = Conv(pick_lang())
        c.buyer("order", stage="ordered")
        hn(c, c.t("h_paper"), OFFC, "e-mail/phone requested for invoice and customs (order_stage=ordered)", stage="ordered")
        c.buyer("track", stage="ordered")
        hn(c, c.t("h_track", t=trk[i](), site=SITES[i]), OFFC, "tracking number (phone-like digits) + logistics tracking site", stage="shipping")
    for i in range(6):                       # courier needs consignee phone
        c = Conv(pick_lang())
        c.buyer("track", stage="shipping")
        hn(c, c.t("h_courier"), OFFC, "consignee phone requested by the courier (order_stage=shipping)", stage="shipping")
        c.buyer("ok", stage="shipping")
        hn(c, c.t("h_track", t=trk[(i + 3) % 8](), site=SITES[(i + 3) % 8]), OFFC, "tracking number + carrier site", stage="shipping")
    for lang, text in [("en", "To issue the proforma invoice for your bank, please send your company e-mail address and phone number."),
                       ("de", "Für die Proforma-Rechnung und die Zollanmeldung brauche ich Ihre Firmen-E-Mail und Telefonnummer.")]:
        c = Conv(lang)
        c.buyer("price")
        c.seller(c.t("s_price"), note="clean: price answer")
        hn(c, text, OFFC, "contact requested plainly for payment/customs paperwork (order_stage=none)")
    for i in range(5):                       # model / batch / HS numbers + on-platform video call
        c = Conv(pick_lang())
        c.opener()
        mdl = "%s-%s-%s" % (SLUG[c.cid].upper()[:3], dn(3), dn(4))
        hn(c, c.t("h_model", mdl=mdl, b="2026%02d%02d-%s" % (rng.randint(1, 4), rng.randint(1, 28), dn(4))), OFFC, "model and batch numbers shaped like phone numbers")
        hn(c, c.t("h_hs", hs=HS[c.cid] + ("." + dn(2) if i % 2 else "")), OFFC, "HS code")
        if i < 4:
            hn(c, c.t("h_video"), OFFC, "video call on the platform's own tool")
    for i in range(6):                       # phone-related product features + storefront URL
        lang = ["en", "zh", "es", "ja", "id", "tr"][i]
        cid = "thermal-paper-rolls" if lang in ("zh", "id", "vi", "th", "ja", "ko") else "yoga-mats"
        c = Conv(lang, cid=cid)
        c.opener()
        hn(c, c.P["feat"][0], OFFC, "phone / payment-app named as a product feature")
        hn(c, c.t("h_store", url=c.pe.url), OFFC, "the company's Alibaba storefront URL")
    for i in range(10):                      # accepting TA (+ warning against paying outside)
        c = Conv(pick_lang())
        c.buyer("ta")
        hn(c, c.t("h_taok"), TAC, "accepts Trade Assurance without conditions")
        if i < 8:
            hn(c, c.t("h_warn"), TAC, "warns against paying outside the platform")
        c.closer(0.3)
    def words_conv(lang, k):
        kind = WORD_KIND.get(lang, ["any", "textile", "copper"])[k]
        cid = {"copper": "copper-tubes", "textile": rng.choice(["yoga-mats", "bedding-sets", "wool-socks", "lace-trim"])}.get(kind)
        return Conv(lang, cid=cid)
    for i in range(8):                       # refuses discount / declines L/C but offers TA + ordinary 'line/signal/zoom'
        c = words_conv(pick_lang(), i % 3)
        c.buyer("disc")
        hn(c, c.t("h_nodisc"), TAC, "refuses a discount but accepts Trade Assurance")
        c.buyer("lc")
        hn(c, c.t("h_nolc"), TAC, "declines L/C but offers Trade Assurance")
        hn(c, c.P["words"][i % 3], OFFC, "'line'/'signal'/'zoom' (or local equivalent) in an ordinary sense")
    for i in range(8):                       # more ordinary 'line/signal/zoom' words
        c = words_conv(pick_lang(), (i + 1) % 3)
        c.opener()
        hn(c, c.P["words"][(i + 1) % 3], OFFC, "'line'/'signal'/'zoom' (or local equivalent) in an ordinary sense")
        c.filler(0.5)
    for i in range(5):                       # clean auto-reply + clean signature with storefront only
        c = Conv(pick_lang(), channel="inquiry")
        c.opener()
        hn(c, c.t("h_auto"), OFFC, "auto-reply without contact details", kind="auto_reply")
        c.filler()
        hn(c, c.t("o_sig", ch="Alibaba.com", c=c.pe.url), OFFC, "signature with only the Alibaba storefront", kind="signature")
    return hn_first


# ---------------------------------------------------------------- orders and complaints
ORDERS, COMPLAINTS = [], []


def build_orders():
    bg = [r for r in LISTINGS if r["family"] == "background"]
    pool = rng.sample(bg, 26)
    fam = lambda f, k=0: [r for r in LISTINGS if r["family"] == f][k]
    free_rec = [r for r in LISTINGS if r["family"] == "hn:inflated_shipping" and r["ev"]["shipping"][0]["fee"] == 0.0][0]
    infl_zh = [r for r in LISTINGS if r["family"] == "inflated_shipping" and r["lang"] == "zh"][0]
    infl_tr = [r for r in LISTINGS if r["family"] == "inflated_shipping" and r["lang"] == "tr"][0]
    V = "shipping_overcharge"
    specs = [  # (listing, charged(q), expect, allow, note, trade_assurance)
        (pool[0], lambda q: q * 3, [V], [], "charged 3x the quoted freight", True),
        (pool[1], lambda q: q + 85, [V], [], "remote-area surcharge of 85.00 added after payment", True),
        (free_rec, lambda q: 45.0, [V], [], "free shipping quoted (0.00), 45.00 charged", True),
        (pool[2], lambda q: q * 1.12, [V], [], "12% 'fuel surcharge' on top of the quote", True),
        (pool[3], lambda q: q * 4, [V], [], "switched to express without consent, 4x the quote", False),
        (pool[4], lambda q: q + 0.8, [V], [], "+0.80 over the quote (above rounding)", True),
        (pool[5], lambda q: q * 10, [V], [], "decimal shift: 10x the quote", True),
        (pool[6], lambda q: q * 1.27, [V], [], "27% 'peak season' surcharge", True),
        (pool[7], lambda q: q * 1.5, [V], [], "1.5x the quote", True),
        (pool[8], lambda q: q * 2, [V], [], "2x the quote on an order outside Trade Assurance", False),
        (infl_zh, lambda q: q * 1.15, [V], [], "charged 15% above an already inflated quote (the listing itself is labelled inflated_shipping)", True),
        (pool[9], lambda q: q + 60, [V], [], "'packing & handling' 60.00 billed as shipping", True),
        (pool[10], lambda q: q, [], [], "clean: charged exactly the quote", True),
        (pool[11], lambda q: q, [], [], "clean: charged exactly the quote", True),
        (pool[12], lambda q: q, [], [], "clean: charged exactly the quote", False),
        (pool[13], lambda q: q, [], [], "clean: charged exactly the quote", True),
        (pool[14], lambda q: q, [], [], "clean: charged exactly the quote", True),
        (pool[15], lambda q: q, [], [], "clean: charged exactly the quote", True),
        (pool[16], lambda q: q, [], [], "clean: charged exactly the quote", True),
        (infl_tr, lambda q: q, [], [], "clean order: charges exactly the (inflated) listing quote; the listing, not the order, is the violation", True),
        (free_rec, lambda q: 0.0, [], [], "clean: free shipping kept free", True),
        (pool[17], lambda q: q * 0.95, [], [], "clean: charged 5% below the quote", True),
        (pool[18], lambda q: q - 10, [], [], "clean: 10.00 shipping discount", True),
        (pool[19], lambda q: q * 0.8, [], [], "clean: charged 20% below the quote (consolidated)", True),
        (pool[20], lambda q: q - 1.0, [], [], "clean: 1.00 below the quote", True),
        (pool[21], lambda q: q * 0.5, [], [], "clean: half the quote (seller shares freight)", False),
        (pool[22], lambda q: q + 0.01, [], [V], "tiny +0.01 rounding difference: acceptable either way", True),
        (pool[23], lambda q: q + 0.25, [], [V], "tiny +0.25 rounding difference: acceptable either way", True),
        (pool[24], lambda q: q + 0.45, [], [V], "tiny +0.45 rounding difference: acceptable either way", True),
        (pool[25], lambda q: q, [], [], "clean: charged exactly the quote", True),
    ]
    order_idx = list(range(len(specs)))
    rng.shuffle(order_idx)
    for n, k in enumerate(order_idx):
        rec, fn, exp, al, note, tav = specs[k]
        ev = rec["ev"]
        sh = ev["shipping"][0]
        quoted = sh["fee"]
        charged = round(max(0.0, fn(quoted)), 2)
        oid = "TO-%d" % (80001 + n)
        o = OrderedDict()
        o["schema"] = "order.v1"
        o["event_id"] = eid("order", oid)
        o["order_id"] = oid
        o["listing_id"] = ev["listing_id"]
        o["merchant_id"] = ev["merchant_id"]
        o["buyer_id"] = rng.choice(BUYERS)
        o["quantity"] = sh["for_qty"]
        o["currency"] = "USD"
        o["quoted_shipping_fee"] = quoted
        o["charged_shipping_fee"] = charged
        o["trade_assurance"] = tav
        o["placed_at"] = ts(1775001600 + 86400 + n * 68000 + rng.randint(0, 4000))
        ORDERS.append(dict(ev=o, expect=exp, allow=al, note="%s (quoted %.2f, charged %.2f)" % (note, quoted, charged)))


def build_complaints(hn_first):
    def first(fam, k=0):
        return [r for r in LISTINGS if r["family"] == fam][k]["ev"]

    def mlisting(m):
        return [r for r in LISTINGS if r["ev"]["merchant_id"] == m and r["family"] == "background"][0]["ev"]
    specs = [(first("fake_price_tier"), "fake_price_tier", True, "pre_payment"),
             (first("off_market_price"), "off_market_price", True, "inquiry"),
             (first("inflated_shipping"), "inflated_shipping", True, "pre_payment"),
             (first("abused_sku"), "abused_sku", True, "pre_payment"),
             (first("false_moq"), "false_moq", True, "post_payment"),
             (first("inflated_shipping", 2), "inflated_shipping", True, "post_payment"),
             (first("hn:fake_price_tier"), "fake_price_tier", False, "inquiry"),
             (first("hn:inflated_shipping"), "inflated_shipping", False, "pre_payment"),
             (first("hn:false_moq"), "false_moq", False, "pre_payment"),
             (mlisting(REPEAT_OFF), MSG_OFF, True, "inquiry"),
             (mlisting(REPEAT_TA), MSG_TA, True, "pre_payment"),
             (mlisting(hn_first[3].m), MSG_OFF, False, "inquiry")]
    for n, (lev, claim, ver, stage) in enumerate(specs):
        cpid = "TCP-%d" % (9001 + n)
        c = OrderedDict()
        c["schema"] = "complaint.v1"
        c["event_id"] = eid("complaint", cpid)
        c["complaint_id"] = cpid
        c["merchant_id"] = lev["merchant_id"]
        c["listing_id"] = lev["listing_id"]
        c["buyer_id"] = rng.choice(BUYERS)
        c["stage"] = stage
        c["claim"] = claim
        c["verified"] = ver
        c["reviewed_at"] = ts(1776729600 + n * 21600 + rng.randint(0, 3000))    # from 2026-04-21
        COMPLAINTS.append(c)


# ---------------------------------------------------------------- assemble, write, validate
def assemble():
    events, labels = [], []
    for r in LISTINGS:
        events.append(r["ev"])
        labels.append(OrderedDict([("subject", "listing"), ("subject_id", r["ev"]["listing_id"]), ("expect", r["expect"]),
                                   ("allow", r["allow"]), ("note", r["note"])]))
    for r in sorted(ORDERS, key=lambda r: r["ev"]["placed_at"]):
        events.append(r["ev"])
        labels.append(OrderedDict([("subject", "order"), ("subject_id", r["ev"]["order_id"]), ("expect", r["expect"]),
                                   ("allow", r["allow"]), ("note", r["note"])]))
    events += sorted(COMPLAINTS, key=lambda c: c["reviewed_at"])
    clock = 1775001600 + 3600          # 2026-04-01T01:00:00Z
    order = list(range(len(CONVS)))
    rng.shuffle(order)                 # interleave families and languages over the month
    mno = 700000
    for n, k in enumerate(order):
        c = CONVS[k]
        cid = "TC-%d" % (5001 + n)
        clock += rng.randint(300, 2400)
        for m in c.msgs:
            clock += rng.randint(20, 900)
            mno += 1
            mid = "TMSG-%d" % mno
            e = OrderedDict()
            e["schema"] = "message.v1"
            e["event_id"] = eid("message", mid)
            e["message_id"] = mid
            e["conversation_id"] = cid
            e["merchant_id"] = c.m
            e["buyer_id"] = c.b
            e["sender"] = m["sender"]
            e["channel"] = c.channel
            e["kind"] = m["kind"]
            e["text"] = m["text"]
            e["order_stage"] = m["stage"]
            e["sent_at"] = ts(clock)
            events.append(e)
            labels.append(OrderedDict([("subject", "message"), ("subject_id", mid), ("expect", m["expect"]),
                                       ("allow", m["allow"]), ("note", m["note"])]))
    return events, labels


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


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
EXCLUDED = set("""bread-proofing-baskets cookware-sets copper-power-cable cotton-t-shirts custom-paper-boxes green-tea hair-extensions
knitted-fabric led-strip-lights phone-cases quartz-slabs running-shoes solar-panels steel-rebar aluminum-profiles bamboo-toothbrushes
cotton-yarn led-panel-lights safety-boots spc-flooring tea-sets water-bottles aluminium-ingots ceramic-floor-tiles frozen-shrimp
hydraulic-fittings packaging-tape pet-preforms socket-wrench-sets steel-wire-rope work-gloves ceramic-mugs cotton-tshirts curtain-fabric
laptop-bags lifepo4-batteries office-chairs pvc-pipes rice solar-street-lights cosmetic-jars hand-tool-sets pet-beds pvc-flooring
silicone-baking-mats solar-modules stainless-steel-sheet wireless-earbuds bamboo-cutting-boards galvanized-steel-coil stretch-wrap-film
artificial-grass aerosol-spray-paint green-coffee-beans eva-slippers garden-hose stainless-cutlery-sets""".split())
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
PREFIX = {"listing_id": "TL-", "merchant_id": "TM-", "buyer_id": "TB-", "order_id": "TO-", "complaint_id": "TCP-",
          "conversation_id": "TC-", "message_id": "TMSG-", "event_id": "b7-"}


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def validate(events, labels):
    errs = []

    def err(msg):
        if len(errs) < 60:
            errs.append(msg)
    num = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
    seen_eid, seen_sid = set(), set()
    listings, lab = {}, {}
    for e in events:
        sch = e.get("schema")
        if sch not in FIELDS:
            err("bad schema %r" % sch)
            continue
        if list(e.keys()) != FIELDS[sch]:
            err("%s field order/names wrong: %s" % (sch, list(e.keys())))
        if e["event_id"] in seen_eid:
            err("duplicate event_id " + e["event_id"])
        seen_eid.add(e["event_id"])
        for k, p in PREFIX.items():
            if k in e and not str(e[k]).startswith(p):
                err("%s %s lacks prefix %s" % (k, e[k], p))
        for k in ("updated_at", "placed_at", "reviewed_at", "sent_at"):
            if k in e and not TS_RE.match(str(e[k])):
                err("bad time %s=%r" % (k, e[k]))
        if sch == "listing.v1":
            lid = e["listing_id"]
            if lid in listings:
                err("duplicate listing " + lid)
            listings[lid] = e
            if e["op"] != "upsert" or not isinstance(e["version"], int) or e["version"] < 1:
                err("listing op/version " + lid)
            if e["category_id"] not in CATS or e["category_id"] in EXCLUDED:
                err("category " + e["category_id"])
            if e["currency"] != "USD" or e["unit"] not in UNITS:
                err("currency/unit " + lid)
            if not num(e["moq"]) or e["moq"] <= 0:
                err("moq " + lid)
            qs = [t["min_qty"] for t in e["price_tiers"]]
            if any(b <= a for a, b in zip(qs, qs[1:])):
                err("tiers not strictly ascending " + lid)
            if any(not num(t["unit_price"]) or t["unit_price"] <= 0 or not num(t["min_qty"]) or t["min_qty"] <= 0 for t in e["price_tiers"]):
                err("tier values " + lid)
            pr = e["price_range"]
            if pr is not None and (set(pr) != {"min", "max"} or not (0 < pr["min"] <= pr["max"])):
                err("price_range " + lid)
            if not e["price_tiers"] and pr is None:
                err("no price at all " + lid)
            for s in e["skus"]:
                if list(s.keys()) != ["sku_id", "name", "unit_price", "attributes"] or not num(s["unit_price"]) or s["unit_price"] <= 0:
                    err("sku " + lid)
            for s in e["shipping"]:
                if list(s.keys()) != ["method", "fee", "for_qty"] or not num(s["fee"]) or s["fee"] < 0 or s["for_qty"] <= 0:
                    err("shipping " + lid)
            for s in e["customization"]:
                if list(s.keys()) != ["option", "min_qty"] or s["min_qty"] <= 0:
                    err("customization " + lid)
            if e["sample_price"] is not None and (not num(e["sample_price"]) or e["sample_price"] < 0):
                err("sample " + lid)
    orders = {}
    for e in events:
        if e["schema"] == "order.v1":
            orders[e["order_id"]] = e
            l = listings.get(e["listing_id"])
            if not l or l["merchant_id"] != e["merchant_id"]:
                err("order %s listing/merchant mismatch" % e["order_id"])
            if not isinstance(e["trade_assurance"], bool) or e["quantity"] <= 0 or e["quoted_shipping_fee"] < 0 or e["charged_shipping_fee"] < 0:
                err("order values " + e["order_id"])
        if e["schema"] == "complaint.v1":
            l = listings.get(e["listing_id"])
            if not l or l["merchant_id"] != e["merchant_id"]:
                err("complaint %s listing/merchant mismatch" % e["complaint_id"])
            if e["stage"] not in ("inquiry", "pre_payment", "post_payment") or e["claim"] not in ALL_CODES or not isinstance(e["verified"], bool):
                err("complaint enums " + e["complaint_id"])
    # messages
    msgs = [e for e in events if e["schema"] == "message.v1"]
    seen_conv, prev_conv, prev_end = set(), None, ""
    cur = None
    for e in msgs:
        if e["sender"] not in ("seller", "buyer") or e["channel"] not in ("chat", "inquiry", "rfq", "site_message") or \
                e["kind"] not in ("text", "auto_reply", "signature") or e["order_stage"] not in ("none", "ordered", "shipping"):
            err("message enums " + e["message_id"])
        if e["kind"] != "text" and e["sender"] != "seller":
            err("buyer auto_reply/signature " + e["message_id"])
        if not isinstance(e["text"], str) or not e["text"].strip():
            err("empty text " + e["message_id"])
        if e["conversation_id"] != prev_conv:
            if e["conversation_id"] in seen_conv:
                err("conversation not contiguous " + e["conversation_id"])
            seen_conv.add(e["conversation_id"])
            if e["sent_at"] <= prev_end:
                err("conversations not in time order at " + e["conversation_id"])
            cur = e
        else:
            if (e["merchant_id"], e["buyer_id"], e["channel"]) != (cur["merchant_id"], cur["buyer_id"], cur["channel"]):
                err("conversation parties changed " + e["conversation_id"])
            if e["sent_at"] <= prev_end:
                err("time not strictly increasing " + e["message_id"])
        prev_conv, prev_end = e["conversation_id"], e["sent_at"]
    # labels
    subj = [(("listing", e["listing_id"]) if e["schema"] == "listing.v1" else ("order", e["order_id"]) if e["schema"] == "order.v1"
             else ("message", e["message_id"])) for e in events if e["schema"] != "complaint.v1"]
    if [(l["subject"], l["subject_id"]) for l in labels] != subj:
        err("labels are not one per listing/order/message in event order")
    by_id = {e.get("message_id") or e.get("order_id") or e.get("listing_id"): e for e in events if e["schema"] != "complaint.v1"}
    for l in labels:
        if list(l.keys()) != ["subject", "subject_id", "expect", "allow", "note"]:
            err("label keys " + l["subject_id"])
        if set(l["expect"]) & set(l["allow"]) or not set(l["expect"]) | set(l["allow"]) <= set(ALL_CODES):
            err("label codes " + l["subject_id"])
        okc = {"listing": set(LISTING_CODES), "order": {"shipping_overcharge"}, "message": {MSG_OFF, MSG_TA}}[l["subject"]]
        if not set(l["expect"]) | set(l["allow"]) <= okc:
            err("code/subject mismatch " + l["subject_id"])
        if "lang=" not in l["note"] and l["subject"] != "order":
            err("note without lang " + l["subject_id"])
        lab[l["subject_id"]] = l
        e = by_id[l["subject_id"]]
        if l["subject"] == "message" and e["sender"] == "buyer" and (l["expect"] or l["allow"]):
            err("buyer message labelled " + l["subject_id"])
    # numeric sanity behind listing and order labels
    for lid, e in listings.items():
        l, C = lab[lid], CATS[e["category_id"]]
        per = CARTON_ROLLS if e["unit"] == "carton" else 1
        lo, hi = C["band"][0] * per, C["band"][1] * per
        tp = [t["unit_price"] for t in e["price_tiers"]]
        sp = [s["unit_price"] for s in e["skus"]]
        rep = median(tp or sp or [e["price_range"]["min"], e["price_range"]["max"]])
        note = l["note"]
        fam = note.split(":")[0]
        if "fake_price_tier" in l["expect"]:
            pts = tp[:] + ([e["price_range"]["min"], e["price_range"]["max"]] if e["price_range"] else [])
            if not tp:
                ok = e["price_range"]["min"] <= 0.05 * e["price_range"]["max"]
            else:
                ok = min(tp) <= 0.15 * median([p for p in tp if p != min(tp)])
            if not ok:
                err("fake_price_tier label not backed by numbers " + lid)
        if "off_market_price" in l["expect"] and lo * 0.3 <= rep <= hi * 3:
            err("off_market_price label not backed by numbers %s rep=%s" % (lid, rep))
        if "inflated_shipping" in l["expect"]:
            s = e["shipping"][0]
            normal = min(norm_fee(e["category_id"], j, s["for_qty"], e["unit"], jitter=False) for j in range(len(C["ship"])))
            if s["fee"] < 8 * normal:
                err("inflated_shipping label not backed by numbers " + lid)
        if "abused_sku" in l["expect"]:
            md = median(sp)
            if not any(p < 0.1 * md or p > 10 * md for p in sp):
                err("abused_sku label not backed " + lid)
        if "false_moq" in l["expect"] and not (tp and tp and e["price_tiers"][0]["min_qty"] != e["moq"] or e["moq"] <= 10):
            err("false_moq label not backed " + lid)
        if not l["expect"]:
            if tp and len(tp) > 1 and min(tp) < 0.4 * max(tp):
                err("clean listing with a deep tier drop " + lid)
            if not (lo * 0.6 <= rep <= hi * 1.5):
                err("clean listing price outside band tolerance %s rep=%s band=%s-%s" % (lid, rep, lo, hi))
            for s in e["shipping"]:
                normal = max(norm_fee(e["category_id"], j, s["for_qty"], e["unit"], jitter=False) for j in range(len(C["ship"])))
                if s["fee"] > 3 * max(normal, 1):
                    err("clean listing with high shipping %s %s vs %s" % (lid, s["fee"], normal))
            if sp and max(sp) / min(sp) > 25:
                err("clean listing with wide SKU spread " + lid)
            if tp and e["price_tiers"][0]["min_qty"] != e["moq"]:
                err("clean listing whose first tier is not the moq " + lid)
    for oid, e in orders.items():
        l, d = lab[oid], round(e["charged_shipping_fee"] - e["quoted_shipping_fee"], 2)
        if l["expect"] and d < 0.5 or (l["allow"] and not l["expect"]) and not (0 < d < 0.5) or not l["expect"] and not l["allow"] and d > 0:
            err("order label not backed by numbers %s d=%s" % (oid, d))
    for e in events:
        if e["schema"] == "complaint.v1" and e["claim"] in LISTING_CODES:
            exp = e["claim"] in lab[e["listing_id"]]["expect"]
            if exp != e["verified"]:
                err("complaint %s verified=%s but label expect=%s" % (e["complaint_id"], e["verified"], exp))
    return errs, listings, lab, msgs


def summarize(events, labels, listings, lab, msgs):
    rows, fails = [], []
    cnt = Counter(e["schema"] for e in events)
    convs = len(set(m["conversation_id"] for m in msgs))
    viol, hneg, allow = Counter(), Counter(), Counter()
    for l in labels:
        for c in l["expect"]:
            viol[c] += 1
        for c in l["allow"]:
            allow[c] += 1
        if l["note"].startswith("hard negative for "):
            hneg[l["note"][len("hard negative for "):].split(":")[0]] += 1
    ordl = [l for l in labels if l["subject"] == "order"]
    hneg["shipping_overcharge"] = sum(1 for l in ordl if not l["expect"] and not l["allow"])
    seller_hn = sum(1 for l in labels if l["subject"] == "message" and l["note"].startswith("hard negative"))
    evasive = sum(1 for l in labels if MSG_OFF in l["expect"] and l["note"].startswith("offplatform[evasive]"))
    mby = Counter()
    for m in msgs:
        if MSG_OFF in lab[m["message_id"]]["expect"]:
            mby[(m["merchant_id"], MSG_OFF)] += 1
        if MSG_TA in lab[m["message_id"]]["expect"]:
            mby[(m["merchant_id"], MSG_TA)] += 1
    print("Blind set 7 - summary")
    print("events %d: listings %d, orders %d, complaints %d, messages %d in %d conversations" % (
        len(events), cnt["listing.v1"], cnt["order.v1"], cnt["complaint.v1"], cnt["message.v1"], convs))
    print("%-26s %10s %14s %8s" % ("code", "violations", "hard_negatives", "allowed"))
    for c in ALL_CODES:
        print("%-26s %10d %14d %8d" % (c, viol[c], hneg[c], allow[c]))
    print("seller hard negatives (messages): %d; offplatform evasive %d of %d (%.0f%%)" % (
        seller_hn, evasive, viol[MSG_OFF], 100.0 * evasive / max(1, viol[MSG_OFF])))
    langs = Counter(l["note"].rsplit("lang=", 1)[1] for l in labels if l["subject"] == "message")
    print("messages per language: " + ", ".join("%s %d" % (k, langs[k]) for k in LANGS))
    llangs = Counter(l["note"].rsplit("lang=", 1)[1] for l in labels if l["subject"] == "listing")
    print("listings per language: " + ", ".join("%s %d" % (k, llangs[k]) for k in LANGS))
    cats = Counter(e["category_id"] for e in listings.values())
    clean = Counter(e["category_id"] for lid, e in listings.items() if not lab[lid]["expect"])
    print("listings per category (clean): " + ", ".join("%s %d (%d)" % (k, cats[k], clean[k]) for k in CATS))
    top_off = max((v, m) for (m, c), v in mby.items() if c == MSG_OFF)
    top_ta = max((v, m) for (m, c), v in mby.items() if c == MSG_TA)
    print("repeat offenders: %s with %d offplatform messages; %s with %d trade-assurance refusals" % (top_off[1], top_off[0], top_ta[1], top_ta[0]))
    # minimum counts required by the brief
    need = [(1000 <= len(events) <= 1250, "1000-1250 events"), (850 <= cnt["message.v1"] <= 900, "850-900 messages"),
            (cnt["complaint.v1"] == 12, "12 complaints"), (cnt["order.v1"] == 30, "30 orders"),
            (viol["shipping_overcharge"] >= 12 and hneg["shipping_overcharge"] >= 15, "orders 12/15"),
            (viol[MSG_OFF] >= 110 and evasive * 3 >= 2 * viol[MSG_OFF], "offplatform >=110, >=2/3 evasive"),
            (viol[MSG_TA] >= 60, "TA refusals >= 60"), (seller_hn >= 120, "seller hard negatives >= 120"),
            (top_off[0] >= 10 and top_ta[0] >= 6, "repeat offenders"), (len(CATS) == 9, "9 categories"),
            (all(langs[k] > 0 for k in LANGS) and all(llangs[k] > 0 for k in LANGS), "all 16 languages")]
    need += [(viol[c] >= 14 and hneg[c] >= 7, "%s >=14/>=7" % c) for c in LISTING_CODES]
    for ok, what in need:
        if not ok:
            fails.append("count requirement failed: " + what)
    return fails


def main():
    build_listings()
    hn_first = build_messages()
    build_orders()
    build_complaints(hn_first)
    events, labels = assemble()
    ep, lp = os.path.join(HERE, "events.jsonl"), os.path.join(HERE, "labels.jsonl")
    dump(ep, events)
    dump(lp, labels)
    # read back and validate what is on disk
    ev2 = [json.loads(x, object_pairs_hook=OrderedDict) for x in open(ep, encoding="utf-8")]
    lb2 = [json.loads(x, object_pairs_hook=OrderedDict) for x in open(lp, encoding="utf-8")]
    errs, listings, lab, msgs = validate(ev2, lb2)
    fails = summarize(ev2, lb2, listings, lab, msgs)
    h = hashlib.sha256()
    for p in (ep, lp):
        h.update(open(p, "rb").read())
    print("sha256(events.jsonl): " + hashlib.sha256(open(ep, "rb").read()).hexdigest())
    print("sha256(labels.jsonl): " + hashlib.sha256(open(lp, "rb").read()).hexdigest())
    print("sha256(events.jsonl + labels.jsonl): " + h.hexdigest())
    for e in errs + fails:
        print("FAIL: " + e)
    if errs or fails:
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
