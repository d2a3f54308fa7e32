#!/usr/bin/env python3
"""Builds redteam.jsonl from the per-language phrasebooks (phrases_a.py,
phrases_b.py): every family in every language, with contact values and
disguises drawn from a seeded RNG. Run from this directory:

    python3 gen.py > redteam.jsonl

The output is the test data; this script only makes it reproducible.
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone

from phrases_b import P

OP, TA = "offplatform_contact", "trade_assurance_refusal"
rng = random.Random(12)

# ---- contact values -------------------------------------------------------

LOCAL = {  # country code, national number shape (x = any digit)
    "+1": "415xxxxxxx", "+86": "13xxxxxxxxx", "+34": "6xxxxxxxx", "+33": "6xxxxxxxx",
    "+55": "119xxxxxxxx", "+7": "9xxxxxxxxx", "+971": "5xxxxxxxx", "+49": "15xxxxxxxxx",
    "+90": "5xxxxxxxxx", "+82": "10xxxxxxxx", "+81": "90xxxxxxxx", "+84": "9xxxxxxxx",
    "+62": "81xxxxxxxxx", "+66": "8xxxxxxxx", "+39": "3xxxxxxxxx", "+91": "9xxxxxxxxx",
}


def digits(shape):
    return "".join(str(rng.randrange(10)) if c == "x" else c for c in shape)


def phone(lang):
    cc = "+86" if rng.random() < 0.55 else P[lang]["cc"]
    return cc, digits(LOCAL[cc])


def fmt_phone(cc, nat):
    # ordinary grouping
    if cc == "+86":
        return f"{cc} {nat[:3]} {nat[3:7]} {nat[7:]}"
    return f"{cc} {nat[:3]} {nat[3:6]} {nat[6:]}"


HANDLES = ["lisa_sourcing", "amy.factory", "kevin_led", "sunnyhome", "jackyli", "tina.export", "mike_trade", "ella_hair"]


def handle():
    return rng.choice(HANDLES) + str(rng.randrange(10, 999))


def email():
    return handle().replace(".", "") + rng.choice(["@gmail.com", "@163.com", "@qq.com", "@hotmail.com", "@outlook.com", "@yahoo.com"])


def value_for(app, lang):
    a = app.lower()
    cc, nat = phone(lang)
    if a in ("wechat", "微信", "vx", "skype", "line", "ライン", "ไลน์", "카카오톡", "카톡", "telegram", "vk", "qq"):
        if a == "qq":
            return str(rng.randrange(10**8, 10**10))
        if a == "telegram":
            return "@" + handle()
        if a == "vk":
            return "vk.com/" + handle().replace(".", "_")
        if a == "skype":
            return rng.choice(["live:." + handle(), handle()])
        if rng.random() < 0.5:
            return handle()
    return fmt_phone(cc, nat)


# ---- disguises ------------------------------------------------------------

CHANNEL_DISGUISES = {
    "whatsapp": ["whats app", "Whats-App", "w.h.a.t.s.a.p.p", "wh@tsapp", "WhatsAρp", "𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩", "W h a t s A p p",
                 "Wha\u200btsApp", "what's app", "whatsaap", "Whats🅰pp", "wa.me", "W/A", "W@", "whatsap", "ᗯhatsApp"],
    "wechat": ["we chat", "w.e.c.h.a.t", "wechαt", "𝐖𝐞𝐂𝐡𝐚𝐭", "WeChаt", "vx", "VX", "V信", "薇信", "威信", "wei xin", "weixin",
               "wx", "v❤", "微 信", "徽信", "卫星", "ｗｅｃｈａｔ"],
    "skype": ["sky pe", "s.k.y.p.e", "skyp3", "𝐒𝐤𝐲𝐩𝐞"],
    "telegram": ["tele gram", "TG", "teIegram", "t.e.l.e.g.r.a.m", "телега", "телеграм", "电报", "𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦", "tg"],
    "line": ["L I N E", "ไลน์", "ライン", "L-I-N-E", "Line ID", "ＬＩＮＥ", "L1NE"],
    "카카오톡": ["카톡", "카 톡", "ka kao", "katalk", "kakao talk", "카카오", "k.a.k.a.o", "카-톡", "KaKao"],
    "zalo": ["za lo", "Zal0", "z.a.l.o", "ZL", "Zaloo", "ｚａｌｏ", "Za💬lo"],
    "viber": ["vib3r", "вайбер", "V i b e r"],
    "qq": ["Q Q", "扣扣", "企鹅", "q.q"],
}


SCRIPTS = {"cjk": (0x3040, 0x9FFF), "hangul": (0xAC00, 0xD7AF), "thai": (0x0E00, 0x0E7F), "cyr": (0x0400, 0x04FF),
           "arab": (0x0600, 0x06FF)}
LANG_SCRIPTS = {"zh": {"cjk"}, "ja": {"cjk"}, "ko": {"hangul"}, "th": {"thai"}, "ru": {"cyr"}, "ar": {"arab"}}


def fits(alt, lang):
    """A disguise in a script the writer would not use is not realistic."""
    for name, (lo, hi) in SCRIPTS.items():
        if any(lo <= ord(c) <= hi for c in alt) and name not in LANG_SCRIPTS.get(lang, ()):
            return False
    return True


def disguise_channel(app, lang):
    key = app.lower()
    for k, alts in CHANNEL_DISGUISES.items():
        alts = [x for x in alts if fits(x, lang)] or alts
        if key == k or (k == "whatsapp" and key in ("wa", "zap", "واتساب")) or (k == "wechat" and key == "微信") \
                or (k == "카카오톡" and key == "카톡") or (k == "line" and key in ("ライン", "ไลน์")):
            return rng.choice(alts)
    return app


WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "zh": list("零一二三四五六七八九"),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "ar": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "ko": list("공일이삼사오육칠팔구"),
    "ja": "ゼロ いち に さん よん ご ろく なな はち きゅう".split(),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "hi": "shunya ek do teen char paanch chhe saat aath nau".split(),
}
PLUS = {"en": "plus", "es": "más", "fr": "plus", "pt": "mais", "de": "plus", "it": "più", "ru": "плюс", "tr": "artı",
        "id": "plus", "hi": "plus", "zh": "加", "ar": "زائد", "vi": "cộng", "ko": "플러스", "ja": "プラス", "th": "บวก"}
PHONE = {"en": "phone", "zh": "电话", "es": "teléfono", "fr": "téléphone", "pt": "telefone", "ru": "телефон", "ar": "هاتف",
         "de": "Telefon", "tr": "telefon", "ko": "전화", "ja": "電話", "vi": "điện thoại", "id": "telepon", "th": "โทรศัพท์",
         "it": "telefono", "hi": "phone"}
KEYCAP = {str(i): f"{i}\ufe0f\u20e3" for i in range(10)}
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨"))
FULL = dict(zip("0123456789+", "０１２３４５６７８９＋"))


def spoken_en(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "+":
            out.append("plus"); i += 1; continue
        j = i
        while j < len(s) and s[j] == c:
            j += 1
        run = j - i
        w = WORDS["en"][int(c)] if c != "0" or rng.random() < 0.5 else "oh"
        while run >= 3:
            out.append("triple " + w); run -= 3
        if run == 2:
            out.append("double " + w)
        elif run == 1:
            out.append(w)
        i = j
    return " ".join(out)


def disguise_number(cc, nat, lang):
    full = cc + nat
    kind = rng.choice(["sep", "sep", "words", "words", "spoken_en", "keycap", "circled", "fullwidth", "mixed", "letter_o"])
    if kind == "sep":
        sep = rng.choice(["_", "/", ".", " . ", "--", "~", "*", "|"])
        groups, s = [], nat
        while s:
            k = rng.choice([2, 3, 4])
            groups.append(s[:k]); s = s[k:]
        return kind, cc.replace("+", rng.choice(["+", "00", "+ "])) + sep + sep.join(groups)
    if kind == "words":
        w = WORDS[lang]
        joiner = "" if lang in ("zh", "ko") else " "
        return kind, PLUS[lang] + joiner + joiner.join(w[int(c)] for c in full[1:])
    if kind == "spoken_en":
        return kind, spoken_en(full)
    if kind == "keycap":
        return kind, "➕" + "".join(KEYCAP[c] for c in full[1:])
    if kind == "circled":
        return kind, "+" + "".join(CIRCLED[c] for c in full[1:])
    if kind == "fullwidth":
        return kind, "".join(FULL[c] for c in full)
    if kind == "letter_o":
        return kind, cc + " " + nat.replace("0", "O").replace("1", "l")
    # mixed separators and digits words
    w = WORDS[lang]
    out = []
    for i, c in enumerate(full):
        if c == "+":
            out.append("+")
        elif i % 4 == 0:
            out.append(" " + w[int(c)] + " ")
        else:
            out.append(c + rng.choice(["", "-", ".", " "]))
    return kind, "".join(out).strip()


# Auto-reply and signature frames for the languages whose phrasebook has none
# (the rulebook's examples 2 and 3).
AWAY = {
    "es": "[Respuesta automática] Ahora no estoy disponible.", "fr": "[Réponse automatique] Je ne suis pas disponible pour le moment.",
    "pt": "[Resposta automática] No momento não estou disponível.", "ru": "[Автоответ] Сейчас меня нет на месте.",
    "ar": "[رد تلقائي] أنا غير متاح الآن.", "de": "[Automatische Antwort] Ich bin gerade nicht erreichbar.",
    "tr": "[Otomatik yanıt] Şu anda müsait değilim.", "ko": "[자동응답] 지금은 자리에 없습니다.",
    "ja": "[自動返信] ただいま対応できません。", "vi": "[Trả lời tự động] Hiện tại em không trực tuyến.",
    "id": "[Balasan otomatis] Saat ini saya sedang tidak online.", "th": "[ตอบกลับอัตโนมัติ] ขณะนี้ไม่สะดวกตอบค่ะ",
    "it": "[Risposta automatica] Al momento non sono disponibile.", "hi": "[Auto reply] Abhi main available nahi hoon.",
    "en": "[Auto reply] Sorry, I'm not online now.", "zh": "[自动回复] 您好，我现在不在线。",
}
REGARDS = {
    "es": "Saludos", "fr": "Cordialement", "pt": "Atenciosamente", "ru": "С уважением", "ar": "مع التحية",
    "de": "Mit freundlichen Grüßen", "tr": "Saygılarımla", "ko": "감사합니다", "ja": "よろしくお願いいたします", "vi": "Trân trọng",
    "id": "Salam", "th": "ขอแสดงความนับถือ", "it": "Cordiali saluti", "hi": "Regards", "en": "Best regards", "zh": "此致",
}
NAMES = ["Lisa Chen", "Kevin Zhang", "Amy Wu", "Tony Li", "Cindy Wang", "Jack Huang"]
SHOPS = ["sunrisepv", "yongxinled", "brightway", "hairkr", "ckpack", "tianyuhome"]

# ---- conversation assembly -----------------------------------------------

OTHER_APPS = [
    ("Instagram", lambda: "@" + handle()), ("Facebook", lambda: "facebook.com/" + handle()), ("Messenger", lambda: "m.me/" + handle()),
    ("Snapchat", lambda: handle()), ("Viber", lambda: fmt_phone(*phone_any())), ("Signal", lambda: fmt_phone(*phone_any())),
    ("Telegram", lambda: "t.me/" + handle()), ("email", lambda: email()),
    ("email", lambda: (lambda h: f"{h} (at) gmail (dot) com")(handle())),
    ("e-mail", lambda: (lambda h: f"{h}@163点com")(handle())),
    ("WhatsApp", lambda: "wa.me/86" + digits("13xxxxxxxxx")), ("WhatsApp", lambda: "wa dot me slash 86" + digits("15xxxxxxxxx")),
    ("LINE", lambda: "line.me/ti/p/~" + handle()), ("Zalo", lambda: "zalo.me/84" + digits("9xxxxxxxx")),
    ("WeChat", lambda: "weixin ID: wxid_" + digits("xxxxxxxxxx")), ("Skype", lambda: "live:.cid." + digits("xxxxxxxxxxxx")),
]


def phone_any():
    cc = rng.choice(list(LOCAL))
    return cc, digits(LOCAL[cc])


# Innocent look-alikes: numbers and app names that are not contact details.
LOOKALIKES = [
    "Model WA-2250, rated 220V 50Hz, CE RoHS certified.",
    "HS code 8517.62.0090, declared value USD 1,380.",
    "Tracking number 1Z999AA10123456784, UPS Worldwide Saver.",
    "Order No. 2400017283645 confirmed, production starts Monday.",
    "Certificate No. CE-2023-86135790 attached in the listing photos.",
    "Carton size 60*40*35cm, gross weight 18.5kg, 48 pcs per carton.",
    "Smart watch shows WhatsApp, LINE and Telegram notifications, IP68.",
    "Compatible with Samsung Galaxy S24 / iPhone 15 / Pixel 8.",
    "Bluetooth 5.3, 40mm driver, battery 500mAh, 12 colours.",
    "Barcode EAN 6901234567892 printed on every inner box.",
    "Our FDA registration number is 13628849706, please check.",
    "Signal amplifier 4G LTE, gain 70dB, model KW20L.",
    "Our production line 2 makes 8,000 pcs a day; LINE 3 is for custom orders.",
    "Phone case for Huawei P60, TPU + PC, 15 colours, MOQ 100.",
    "Invoice total: 13,860.00 USD for 2,310 pcs at 6.00.",
]

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=timezone.utc)
CUR = {"zh": "", "en": "$", "es": "US$", "fr": "$", "pt": "US$", "ru": "$", "ar": "$", "de": "$", "tr": "$", "ko": "$",
       "ja": "$", "vi": "$", "id": "$", "th": "$", "it": "€", "hi": "$"}
CHANNELS = ["chat"] * 6 + ["inquiry", "rfq", "site_message"]

lines = []
state = {"conv": 0, "ev": 0}


def conv(lang, family, turns, channel=None):
    """turns: (sender, text, expect, allow, note, extra) tuples."""
    state["conv"] += 1
    cid = f"RT-C-{state['conv']:04d}"
    ch = channel or rng.choice(CHANNELS)
    m, b = f"RT-M-{rng.randrange(1000, 9999)}", f"RT-B-{rng.randrange(1000, 9999)}"
    at = T0 + timedelta(hours=7 * state["conv"])
    for i, (sender, text, expect, allow, note, extra) in enumerate(turns):
        if sender == "seller" and expect and not (extra or {}).get("kind"):
            text = casual(text, lang)
        state["ev"] += 1
        at += timedelta(minutes=rng.randrange(1, 30))
        ev = {"schema": "message.v1", "event_id": f"rt-e-{state['ev']:05d}", "message_id": f"RT-MSG-{state['ev']:05d}",
              "conversation_id": cid, "merchant_id": m, "buyer_id": b, "sender": sender, "channel": ch,
              "kind": "text", "text": text, "order_stage": "none",
              "sent_at": at.strftime("%Y-%m-%dT%H:%M:%SZ")}
        extra = dict(extra or {})
        fam = extra.pop("family", family)
        lg = extra.pop("lang", lang)
        ev.update(extra)
        lines.append({"event": ev, "expect": expect, "allow": allow, "family": fam, "lang": lg, "note": note})


def B(text, note=""):
    return ("buyer", text, [], [], note, None)


TYPO_LANGS = {"en", "es", "fr", "pt", "de", "it", "id", "hi", "tr", "vi"}
TYPOS = [("please", "pls"), ("Please", "pls"), ("you", "u"), ("your", "ur"), ("details", "detials"), ("contact", "contct"),
         ("thanks", "thx"), ("por favor", "xfa"), ("s'il vous plaît", "svp"), ("você", "vc"), ("bitte", "bitt"), ("saya", "sy")]


def casual(text, lang):
    """How many sellers type: lower case, no final stop, short forms."""
    if lang not in TYPO_LANGS or rng.random() > 0.3:
        return text
    for a, b in TYPOS:
        if rng.random() < 0.7:
            text = text.replace(a, b)
    return text.lower().rstrip(".!")


def S(text, expect=(), note="", allow=(), **extra):
    return ("seller", text, list(expect), list(allow), note, extra)


def fill(tpl, lang, ch=None, v=None):
    a = round(rng.uniform(3, 40), 2)
    b = round(a * rng.uniform(0.78, 0.93), 2)
    return tpl.format(ch=ch or "", v=v or "", a=a, b=b, pct=rng.choice([3, 4, 5, 6, 8]), min=rng.choice([3000, 5000, 10000, 20000]),
                      cur=CUR[lang], email=email())


def greet(lang):
    return S(fill(pick(lang, "greet"), lang), family="neg_chitchat", note="ordinary seller reply")


def pick(lang, key):
    return rng.choice(P[lang][key])


def app(lang):
    return rng.choice(P[lang]["apps"])


def opener(lang):
    return B(fill(pick(lang, "hi"), lang))


def build(lang):
    p = P[lang]
    # --- off-platform positives
    for tpl in p["lure"]:
        a = app(lang)
        conv(lang, "op_lure", [opener(lang), S(fill(tpl, lang, a, value_for(a, lang)), [OP], "seller gives contact unprompted")])
    for tpl in p["lure"]:
        a = app(lang)
        d = disguise_channel(a, lang)
        conv(lang, "op_disguised_channel", [opener(lang), greet(lang),
                                            S(fill(tpl, lang, d, value_for(a, lang)), [OP], f"channel {a!r} disguised as {d!r}")])
    for tpl in p["lure"]:
        a = rng.choice([x for x in p["apps"] if x.lower() not in ("telegram", "vk", "qq")] or ["WhatsApp"])
        cc, nat = phone(lang)
        kind, num = disguise_number(cc, nat, lang)
        conv(lang, "op_disguised_number", [opener(lang), S(fill(tpl, lang, a, num), [OP], f"number disguised: {kind}")])
    # number without any channel word, disguised
    cc, nat = phone(lang)
    kind, num = disguise_number(cc, nat, lang)
    conv(lang, "op_disguised_number", [opener(lang), S(fill(p["lure"][-1], lang, PHONE[lang], num), [OP],
                                                       f"bare disguised number, no app named: {kind}")])
    # number split across two seller messages
    a = app(lang)
    cc, nat = phone(lang)
    cut = len(nat) // 2
    conv(lang, "op_split_number", [opener(lang),
                                   S(fill(p["lure"][0], lang, a, f"{cc} {nat[:cut]}"), [OP], "first half of the number", allow=[OP]),
                                   S(nat[cut:], [], "second half of the number", allow=[OP])])
    conv(lang, "op_split_number", [opener(lang),
                                   S(f"{cc} {nat[:cut]}", [], "first half, bare", allow=[OP]),
                                   S(f"{nat[cut:]} {disguise_channel(a, lang)}", [OP], "second half with the app")])
    for tpl in p["ind"]:
        conv(lang, "op_indirect", [opener(lang), S(fill(tpl, lang), [OP], "lure without a value")])
    for tpl in p["ask"]:
        conv(lang, "op_ask_buyer", [opener(lang), S(fill(tpl, lang, app(lang)), [OP], "seller asks for the buyer's contact")])
    a = app(lang)
    conv(lang, "op_after_buyer_refused", [opener(lang), greet(lang),
                                          B(fill(pick(lang, "b_refuse"), lang, a)),
                                          S(fill(pick(lang, "lure"), lang, a, value_for(a, lang)), [OP], "buyer refused the app; not a request")])
    if "auto" in p:
        for tpl in p["auto"]:
            a = app(lang)
            conv(lang, "op_autoreply", [opener(lang), S(fill(tpl, lang, a, value_for(a, lang)), [OP], "rulebook example 2",
                                                        kind="auto_reply")])
    if "sig" in p:
        for tpl in p["sig"]:
            a = app(lang)
            conv(lang, "op_signature", [B(fill(pick(lang, "hi"), lang)),
                                        S(fill(tpl, lang, a, value_for(a, lang)), [OP], "rulebook example 3", kind="signature")],
                 channel="inquiry")
    for _ in range(2):
        a, v = rng.choice(OTHER_APPS)
        conv(lang, "op_other_channels", [opener(lang), S(fill(pick(lang, "lure"), lang, a, v()), [OP], f"{a} with its own id format")])
    a = app(lang)
    conv(lang, "op_autoreply", [opener(lang), S(AWAY[lang] + " " + fill(pick(lang, "lure"), lang, a, value_for(a, lang)), [OP],
                                                "rulebook example 2: automatic reply with contact", kind="auto_reply")])
    a = app(lang)
    conv(lang, "op_signature", [B(fill(pick(lang, "hi"), lang)),
                                S(f"{REGARDS[lang]}\n{rng.choice(NAMES)} | Sales Manager\n{a}: {value_for(a, lang)}\nEmail: {email()}", [OP],
                                  "rulebook example 3: signature block with contact", kind="signature")], channel="inquiry")
    # --- off-platform negatives
    shop = rng.choice(SHOPS)
    conv(lang, "neg_op_signature_platform", [B(fill(pick(lang, "hi"), lang)),
                                             S(f"{REGARDS[lang]}\n{rng.choice(NAMES)} | Sales Manager\n{shop.title()} Co., Ltd.\n"
                                               f"Store: https://{shop}.en.alibaba.com", [], "signature with the platform store only",
                                               kind="signature")], channel="inquiry")
    conv(lang, "neg_op_autoreply", [opener(lang), S(AWAY[lang] + " " + fill(pick(lang, "platform"), lang), [],
                                                    "automatic reply pointing to the platform", kind="auto_reply")])
    for tpl in p["b_ask"]:
        a = app(lang)
        conv(lang, "neg_op_buyer_asked", [opener(lang), B(fill(tpl, lang, a)),
                                          S(fill(pick(lang, "reply"), lang, a, value_for(a, lang)), [], "buyer asked first")])
    for tpl in p["b_ask_ind"]:
        a = app(lang)
        conv(lang, "neg_op_buyer_asked_indirect", [opener(lang), B(fill(tpl, lang)),
                                                   S(fill(pick(lang, "reply"), lang, a, value_for(a, lang)), [],
                                                     "buyer asked indirectly for another way")])
    a = app(lang)
    conv(lang, "neg_op_buyer_asked", [opener(lang), B(fill(pick(lang, "b_ask"), lang, a)), greet(lang),
                                      S(fill(pick(lang, "reply"), lang, a, value_for(a, lang)), [],
                                        "buyer asked first; the contact comes two turns later")])
    for tpl in p["noneed"]:
        conv(lang, "neg_op_no_need", [opener(lang), S(fill(tpl, lang, app(lang)), [], "seller declines an app")])
    for tpl in p["paper"]:
        conv(lang, "neg_op_paperwork", [B(fill(pick(lang, "hi"), lang)), S(fill(tpl, lang), [], "order paperwork", order_stage="ordered")])
    for tpl in p["spec"]:
        conv(lang, "neg_op_spec", [opener(lang), S(fill(tpl, lang), [], "spec naming apps, models, codes")])
    for tpl in rng.sample(LOOKALIKES, 3):
        conv(lang, "neg_op_spec", [opener(lang), S(tpl, [], "English spec line: numbers and app names, no contact", lang="en")])
    for tpl in p["platform"]:
        conv(lang, "neg_op_platform", [opener(lang), S(fill(tpl, lang), [], "the platform's own channel")])
    # --- Trade Assurance positives: the buyer asks for TA first
    for fam, key in [("ta_outright", "ta_out"), ("ta_condition", "ta_fee"), ("ta_different_terms", "ta_terms"),
                     ("ta_unavailable", "ta_unavail"), ("ta_push_payment", "ta_push")]:
        for tpl in p[key]:
            conv(lang, fam, [opener(lang), greet(lang), B(fill(pick(lang, "b_ta"), lang)),
                             S(fill(tpl, lang), [TA], fam)])
    # --- Trade Assurance negatives
    for fam, key in [("neg_ta_negated", "ta_neg"), ("neg_ta_other_method", "ta_other"), ("neg_ta_explain", "ta_explain"),
                     ("neg_ta_place_order", "ta_place")]:
        for tpl in p[key]:
            conv(lang, fam, [opener(lang), B(fill(pick(lang, "b_ta"), lang)), S(fill(tpl, lang), [], fam)])


for lang in P:
    build(lang)

# The rulebook's five chat examples, new wording (seed 003, 买家拉线下沟通举例).
conv("en", "seed_example", [B("Can you deliver to Kuwait?"),
                            S(f"Hello, pls add my wechat/skype/whatsapp: {fmt_phone('+86', digits('13xxxxxxxxx'))} for more details", [OP], "example 1")])
conv("en", "seed_example", [B("what is the shipping cost?"),
                            S("[Auto reply] I'm out of office now. Kindly contact my whatsapp/wechat +86 159 **** **** right away", [OP],
                              "example 2", kind="auto_reply")])
conv("en", "seed_example", [B("I am interested in your products YX-2024-15"),
                            S("Hi Maria, thank you for your inquiry. I am Kevin, manager of Yongxin Trading.\n\nBest regards, Kevin Zhang\n\n"
                              "Email: kevin****@qq.com\n\nWechat: +86-***-****-****", [OP], "example 3", kind="signature")], channel="inquiry")
conv("en", "seed_example", [B("Hello"), S("Hi friend, add my whatsapp ******* to get more real pictures and videos. thanks", [OP], "example 4")])
conv("en", "seed_example", [B("I'd like to buy one piece"), S("Do you have a whatsapp number? easier for us to reach you now", [OP], "example 5")])

for ln in lines:
    sys.stdout.write(json.dumps(ln, ensure_ascii=False) + "\n")
