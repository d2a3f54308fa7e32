package message_test

import (
	"strings"
	"testing"
)

// Apps described without their name (family 2 of the channels round): the
// green app (WhatsApp, WeChat, LINE), the paper-plane app (Telegram), the
// blue app (Facebook, Zalo), with an instruction to write, add or message
// there; near misses are the colour options of a product and apps that run
// the product.

// describedApps are the descriptions per language: green, paper plane, blue.
var describedApps = map[string][]string{
	"en": {"the green app", "the paper plane app", "the blue app"},
	"zh": {"绿色软件", "纸飞机软件", "蓝色软件"},
	"es": {"la app verde", "el avión de papel", "la app azul"},
	"pt": {"app verde", "avião de papel", "app azul"},
	"fr": {"l'appli verte", "l'avion en papier", "l'appli bleue"},
	"de": {"der grünen App", "dem Papierflieger", "der blauen App"},
	"it": {"app verde", "aeroplanino di carta", "app blu"},
	"ru": {"зелёном приложении", "бумажном самолётике", "синем приложении"},
	"tr": {"yeşil uygulama", "kağıt uçak", "mavi uygulama"},
	"ar": {"التطبيق الأخضر", "الطائرة الورقية", "التطبيق الأزرق"},
	"hi": {"हरे वाले ऐप", "कागज़ के हवाई जहाज़", "नीले ऐप"},
	"id": {"aplikasi hijau", "pesawat kertas", "aplikasi biru"},
	"vi": {"ứng dụng màu xanh", "máy bay giấy", "app xanh dương"},
	"th": {"แอปสีเขียว", "เครื่องบินกระดาษ", "แอปสีฟ้า"},
	"ja": {"緑のアプリ", "紙飛行機", "青いアプリ"},
	"ko": {"초록 앱", "종이비행기", "파란 앱"},
}

// describedCarriers instruct the buyer to write or add there; {A} is the app.
var describedCarriers = map[string][]string{
	"en": {"Write me on {A}, I'll send the catalogue", "Add me on {A}: anna_3444", "Message me on {A} for the real price"},
	"zh": {"{A}上加我，发你报价", "来{A}联系我，那边方便", "{A}聊吧，加我：anna_3444"},
	"es": {"Escríbeme por {A}, te paso el catálogo", "Agrégame en {A}: anna_3444"},
	"pt": {"Me chama no {A} que te passo o catálogo", "Me adiciona no {A}: anna_3444"},
	"fr": {"Écrivez-moi sur {A}, je vous envoie le catalogue", "Ajoutez-moi sur {A} : anna_3444"},
	"de": {"Schreiben Sie mir in {A}, dort schicke ich den Katalog", "Kontaktieren Sie mich in {A}: anna_3444"},
	"it": {"Scrivimi sull'{A}, ti mando il catalogo", "Aggiungimi sull'{A}: anna_3444"},
	"ru": {"Напишите мне в {A}, скину каталог", "Добавьте меня в {A}: anna_3444"},
	"tr": {"{A} üzerinden bana yazın, kataloğu göndereyim", "{A} üzerinden ekleyin: anna_3444"},
	"ar": {"راسلني على {A} وسأرسل الكتالوج", "أضفني على {A}: anna_3444"},
	"hi": {"{A} पर मैसेज करें, कैटलॉग भेज दूंगा", "{A} pe message karo, catalogue bhejta hoon"},
	"id": {"Chat saya di {A} ya, nanti saya kirim katalog", "Hubungi saya lewat {A} ya kak"},
	"vi": {"Nhắn tin cho em qua {A} nhé, em gửi catalogue", "Kết bạn {A} với em: anna_3444"},
	"th": {"ทัก{A}มาค่ะ จะส่งแคตตาล็อกให้", "ติดต่อทาง{A}ได้เลยค่ะ"},
	"ja": {"{A}で連絡してください、カタログを送ります", "{A}で追加してください：anna_3444"},
	"ko": {"{A}으로 연락 주세요, 카탈로그 보내드릴게요", "{A}에서 메시지 주세요"},
}

func describedCases() []gapCase {
	var cs []gapCase
	for lang, apps := range describedApps {
		for _, a := range apps {
			for _, c := range describedCarriers[lang] {
				cs = append(cs, gapCase{lang, "op_described_app", []turn{seller(strings.ReplaceAll(c, "{A}", a))}, op})
			}
		}
	}
	for lang, ts := range map[string][]string{
		"en": {"The lamp comes in green, blue and white colour options.", "App-controlled LED strip, 5 m, RGB.",
			"Our app-enabled thermostat saves 20% energy.", "Download our app to control the lamp, the green app icon is on the box.",
			"Our green app controls the heating.", "Add the green colour to the order?", "The blue app version supports iOS."},
		"zh": {"绿色款有货，蓝色缺货", "我们的绿色软件可以控制灯光", "本产品支持APP控制"},
		"es": {"Disponible en verde y azul.", "Nuestra app verde controla la luz."},
		"fr": {"Disponible en vert et bleu.", "Notre appli verte pilote le thermostat."},
		"de": {"In Grün und Blau erhältlich.", "Die App steuert die Lampe."},
		"ru": {"Есть зелёный и синий цвет.", "Лампа управляется через приложение."},
		"tr": {"Yeşil ve mavi renkler mevcut."},
		"ar": {"متوفر باللون الأخضر والأزرق."},
		"id": {"Tersedia warna hijau dan biru.", "Lampu bisa dikontrol lewat aplikasi."},
		"vi": {"Có màu xanh lá và xanh dương."},
		"th": {"มีสีเขียวและสีฟ้า"},
		"ja": {"緑と青の色があります。"},
		"ko": {"초록색과 파란색이 있습니다."},
		"it": {"Disponibile in verde e blu."},
		"pt": {"Disponível em verde e azul.", "Nosso app verde controla a lâmpada."},
		"hi": {"हरा और नीला रंग उपलब्ध है।"},
	} {
		for _, tpl := range ts {
			cs = append(cs, gapCase{lang, "op_described_clean", []turn{seller(tpl)}, ""})
		}
	}
	return cs
}

func TestDescribedApps(t *testing.T) { runGapCases(t, describedCases()) }
