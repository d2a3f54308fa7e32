package message_test

import (
	"strings"
	"testing"
)

// Channel nicknames and transliterations (family 1 of the channels round):
// every nickname of a language in every carrier of that language, with a
// handle and without any value (a verb of adding or writing and "on/in/via"
// the name is enough), and near misses where the nickname is an ordinary
// word (la tele, the face of the box, a watch band, a product line, 24 V).

// nickCarriers are carriers per language; {N} is the nickname.
var nickCarriers = map[string][]string{
	"en": {"Add me on {N}: anna_3444", "Text me on {N}, it's faster", "Let's continue on {N}, I will send the catalogue there",
		"Message me via {N} for the price list"},
	"zh": {"加我{N}：anna_3444", "有事{N}联系我，发你目录", "加我{N}，发你报价", "加{N}，发你报价"},
	"es": {"Agrégame en {N}: anna_3444", "Escríbeme por {N}, es más rápido", "Hablemos por {N} y te paso el catálogo"},
	"pt": {"Me adiciona no {N}: anna_3444", "Me chama no {N} que te passo o catálogo", "Fala comigo pelo {N}"},
	"fr": {"Ajoutez-moi sur {N} : anna_3444", "Écrivez-moi sur {N}, c'est plus rapide", "Contactez-moi par {N} pour le catalogue"},
	"de": {"Fügen Sie mich auf {N} hinzu: anna_3444", "Schreiben Sie mir auf {N}, das geht schneller"},
	"it": {"Aggiungimi su {N}: anna_3444", "Scrivimi su {N}, è più veloce"},
	"ru": {"Добавьте меня в {N}: anna_3444", "Напишите мне в {N}, так быстрее", "Пишите в {N}, скину каталог"},
	"tr": {"{N} üzerinden ekleyin: anna_3444", "Bana {N} üzerinden yazın, daha hızlı"},
	"ar": {"أضفني على {N}: anna_3444", "راسلني على {N} أسرع", "تواصل معي على {N}"},
	"hi": {"मुझे {N} पर मैसेज करें", "{N} pe message karo, jaldi reply milega", "mera {N} id anna_3444 hai, add karo"},
	"id": {"Add saya di {N}: anna_3444", "Hubungi saya lewat {N} ya kak", "Chat saya di {N} aja"},
	"vi": {"Kết bạn {N} với em: anna_3444", "Nhắn tin qua {N} cho em nhé", "Liên hệ em qua {N} nhé"},
	"th": {"แอด{N}มาได้เลยค่ะ anna_3444", "ทัก{N}มาค่ะ", "ติดต่อทาง{N}ได้เลยค่ะ"},
	"ja": {"{N}のIDはanna_3444です、追加してください", "{N}で連絡してください", "{N}を追加してください"},
	"ko": {"{N} 아이디 anna_3444 추가해 주세요", "{N}로 연락 주세요", "{N} 추가해 주세요"},
}

// nicknames per language: the forms a merchant writing that language uses.
var nicknames = map[string][]string{
	"en": {"tele", "tg", "TG", "WA", "wa", "Whats", "FB", "face", "insta", "snap", "kakao", "Signal", "Viber", "ＬＩＮＥ", "wechat"},
	"zh": {"TG", "飞机", "V", "VX", "薇", "威", "卫星", "微❤", "薇❤", "脸书", "ＬＩＮＥ", "ws"},
	"es": {"wasap", "guasap", "wasa", "WA", "tele", "Telegram", "face", "FB", "insta", "Signal"},
	"pt": {"zap", "zapzap", "wpp", "WA", "tele", "face", "FB", "insta", "Telegram"},
	"fr": {"Télégramme", "télégram", "tg", "WA", "wtsp", "FB", "insta", "snap", "Signal"},
	"de": {"WA", "Whatsi", "Tele", "Telegramm", "FB", "Insta", "Signal"},
	"it": {"uazzap", "wazzap", "WA", "tele", "Telegramma", "FB", "face", "insta"},
	"ru": {"ТГ", "тг", "телегу", "телегу", "вотсап", "ватсап", "вацап", "вичат", "фейсбук", "фб", "инсту", "вайбер", "Signal"},
	"tr": {"WA", "wp", "tele", "TG", "face", "FB", "insta", "vatsap"},
	"ar": {"واتس", "الواتس", "تلي", "التلي", "تيليجرام", "سناب", "السناب", "فيس", "الفيس", "انستا", "فايبر"},
	"hi": {"व्हाट्सऐप", "वॉट्सऐप", "व्हाट्सएप", "टेलीग्राम", "WA", "whatsapp", "tele", "FB", "insta"},
	"id": {"WA", "tele", "TG", "FB", "IG", "line"},
	"vi": {"za lô", "zalo", "zl", "tele", "tg", "FB", "phây", "WA"},
	"th": {"ไลน์", "วีแชท", "เทเล", "เฟส", "วอทสแอพ", "ＬＩＮＥ"},
	"ja": {"テレ", "テレグラム", "ライン", "ＬＩＮＥ", "カカオ", "カカオトーク", "ワッツアップ", "インスタ"},
	"ko": {"텔레", "텔레그램", "카톡", "카카오톡", "라인", "네이버 밴드", "왓츠앱", "페북", "인스타"},
}

func nickCases() []gapCase {
	var cs []gapCase
	for lang, names := range nicknames {
		for _, n := range names {
			for _, c := range nickCarriers[lang] {
				cs = append(cs, gapCase{lang, "op_nickname", []turn{seller(strings.ReplaceAll(c, "{N}", n))}, op})
			}
		}
	}
	// WeChat given as "the same number" as the phone: V同号, 微信同号.
	for _, tpl := range []string{"手机 13812345678 V同号", "电话13812345678，微信同号", "V同号，随时联系", "微信同手机号，直接加"} {
		cs = append(cs, gapCase{"zh", "op_nickname", []turn{seller(tpl)}, op})
	}
	// Near misses: the nickname as an ordinary word.
	for lang, ts := range map[string][]string{
		"en": {"The face of the product is polished.", "Watch band in black and brown, add 2 USD for steel.",
			"Our new product line launches in May.", "12V power supply, V: 220", "Size V, 24V battery, add a charger?",
			"The tele lens is sold separately.", "Our telecom modules ship in 3 days.", "WA state orders ship from Seattle.",
			"Add a band to the order?", "Face ID works on this phone model.", "Send me the face width please.",
			"The signal is strong in the basement.", "Add the wall plate on the face side."},
		"es": {"El teléfono viene con cargador.", "Ideal para ver la tele en casa.", "La tele de 55 pulgadas está en oferta.",
			"Escríbeme el modelo de la tele que tienes."},
		"fr": {"La télévision est incluse.", "Ajoutez une bande en face de la porte.", "Le télégramme est un vieux moyen de communication.", "Le magasin est en face de la gare."},
		"it": {"La tele di 50 pollici è in offerta.", "Scrivimi il modello della tele."},
		"de": {"Das Tele-Objektiv ist nicht dabei.", "Schreiben Sie mir die Größe des Armbands."},
		"zh": {"威力很大的电钻", "卫星接收器 100 台", "薇薇安的订单已经发货", "加V领的款式吗？", "V领 T恤 有货", "微型电机 200 个"},
		"ru": {"Телега с колёсами в наличии.", "Сигнал стабильный."},
		"ko": {"시계 밴드 색상은 검정과 갈색입니다.", "밴드 추가해 주세요.", "시계 밴드 추가해 주세요.", "텔레비전 거치대 재고 있습니다.", "밴드 사이즈를 알려 주세요."},
		"ja": {"テレビ台の在庫があります。", "テレビに接続できます。"},
		"ar": {"الواجهة من التيتانيوم."},
		"th": {"สายนาฬิกามีสีดำ"},
		"vi": {"Sản phẩm có màu xanh lá."},
		"pt": {"A face do produto é polida.", "Assisto tele à noite."},
		"tr": {"Tele objektif ayrı satılır."},
	} {
		for _, tpl := range ts {
			cs = append(cs, gapCase{lang, "op_nickname_clean", []turn{seller(tpl)}, ""})
		}
	}
	return cs
}

func TestChannelNicknames(t *testing.T) { runGapCases(t, nickCases()) }

// nickQuestions ask whether the buyer has the app, with a nickname ({N});
// the short question is the cue even for nicknames that are everyday words.
var nickQuestions = map[string][]string{
	"en": {"Do you have {N}?", "Got {N}? faster to talk there", "Write on {N}, same nick as here"},
	"zh": {"有{N}吗？发你报价单"},
	"es": {"¿Tienes {N}? te mando el catálogo"},
	"pt": {"Você tem {N}? te mando o catálogo"},
	"ru": {"У вас есть {N}? скину прайс"},
	"id": {"Punya {N} kak? saya kirim katalog", "Kamu ada {N}? nanti saya kirim katalog"},
	"vi": {"Bạn có {N} không? em gửi báo giá"},
	"ko": {"{N} 있으세요? 카탈로그 보내드릴게요"},
	"ja": {"{N}やってますか？カタログ送ります"},
	"tr": {"{N} var mı? kataloğu göndereyim"},
	"de": {"Haben Sie {N}? Ich schicke den Katalog"},
	"ar": {"هل لديك {N}؟ سأرسل الكتالوج"},
}

var questionNicks = map[string][]string{
	"en": {"tele", "WA", "tg", "insta", "the green app"}, "zh": {"V", "VX", "TG", "飞机", "薇"},
	"es": {"wasap", "tele", "Telegram"}, "pt": {"zap", "tele"}, "ru": {"телега", "ТГ", "вотсап", "вайбер"},
	"id": {"WA", "tele"}, "vi": {"za lô", "zalo", "tele"}, "ko": {"텔레", "카톡", "라인"}, "ja": {"テレ", "ライン", "LINE"},
	"tr": {"WhatsApp", "tele"}, "de": {"WhatsApp", "Telegram"}, "ar": {"واتس", "سناب", "تيليجرام"},
}

func nickQuestionCases() []gapCase {
	var cs []gapCase
	for lang, names := range questionNicks {
		for _, n := range names {
			for _, c := range nickQuestions[lang] {
				cs = append(cs, gapCase{lang, "op_nickname_question", []turn{seller(strings.ReplaceAll(c, "{N}", n))}, op})
			}
		}
	}
	for lang, ts := range map[string][]string{
		"en": {"The face of the watch is sapphire glass.", "Can you change the band to leather?", "Tele lens kit included.",
			"24V 100W, V: 24", "Our new line of LED panels is ready.", "The WA plug fits Australian sockets.",
			"We ship FB (free on board) from Ningbo.", "Do you have a watch band in black?", "Do you have face masks in stock?"},
		"zh": {"有V领的吗？", "有现货吗？", "有卫星接收器吗？"},
		"es": {"¿Tienes la tele encendida?"},
		"ko": {"시계 밴드 있으세요?"},
		"ja": {"テレビ台はありますか？"},
	} {
		for _, tpl := range ts {
			cs = append(cs, gapCase{lang, "op_nickname_question_clean", []turn{seller(tpl)}, ""})
		}
	}
	return cs
}

func TestChannelNicknameQuestions(t *testing.T) { runGapCases(t, nickQuestionCases()) }

// Product talk around the words the channels lexicon added (join, visit,
// official website, PDF, group, channel, tele, face, WS2812, 5V, 微/威/薇,
// 卫星, 밴드, テレワーク, เฟส, paper plane toys): none is a contact.
var channelsSweepClean = []string{
	"Join the two parts with the screws provided.\n",
	"You are welcome to visit our factory in Ningbo.\n",
	"Visit our store page for more models.\n",
	"Our official website is being updated, please order here on Alibaba.\n",
	"Please check the PDF manual for wiring.\n",
	"The channel width is 5 mm.\n",
	"Our sales channel in Europe is distributors only.\n",
	"The group of products ships together.\n",
	"Telescopic handle, tele zoom 10x.\n",
	"Face powder and face cream in stock.\n",
	"WS2812B LED strip, 60 LEDs per metre.\n",
	"5V 2A adapter, V: 5\n",
	"微型马达，微调旋钮\n",
	"威格斯品牌的轴承\n",
	"薇诺娜面霜 100 支\n",
	"卫星锅 20 台\n",
	"TG-100 model available.\n",
	"밴드 길이는 20cm입니다.\n",
	"テレワーク用のヘッドセットです。\n",
	"เฟสสองของการผลิตเริ่มเดือนหน้า\n",
	"فيس ماسك متوفر\n",
	"El canal de aluminio mide 2 m.\n",
	"Kanal genişliği 5 mm.\n",
	"Join our Alibaba store's membership to get coupons.\n",
	"The QR code on the box links to the manual.\n",
	"Phone number and address of the consignee are on the invoice.\n",
	"Please put your phone number on the shipping label.\n",
	"Add a signal booster to the order?\n",
	"Can we add the face plate in green?\n",
	"Our tele lens accessories are cheaper this month.\n",
	"Please fill in the form on Alibaba to request a sample.\n",
	"Contact our Alibaba customer service channel.\n",
	"加入购物车即可下单\n",
	"加微量元素的配方\n",
	"进我们店铺看看新品\n",
	"Gabung dengan program reseller di toko Alibaba kami.\n",
	"Tham gia chương trình khuyến mãi trên Alibaba nhé.\n",
	"Our group company has three factories.\n",
	"Join us at the Canton Fair, booth 12.1\n",
	"Our catalogue PDF with all models is attached.\n",
	"The business licence photo is attached for verification.\n",
	"Photos of the business card holder in black.\n",
	"Green app icon printed on the packaging.\n",
	"The paper plane toy is a bestseller.\n",
	"Avión de papel de juguete, 100 piezas.\n",
	"Бумажный самолётик в подарок к заказу.\n",
	"纸飞机玩具 500 个\n",
	"Máy bay giấy đồ chơi.\n",
}

func TestChannelsLexiconSweepClean(t *testing.T) {
	var cs []gapCase
	for _, s := range channelsSweepClean {
		cs = append(cs, gapCase{"mixed", "op_channels_sweep_clean", []turn{seller(s)}, ""})
	}
	runGapCases(t, cs)
}
