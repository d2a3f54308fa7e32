package message_test

import "testing"

// Families of lures that give no value, of the merchant asking for the
// buyer's contact, of "no need for WhatsApp", and of look-alikes, in the
// supported languages. Written as intents in each language's own words, not
// as translations of one sentence.

func checkFamily(t *testing.T, family string, texts []string, want bool, min float64) {
	t.Helper()
	d := newDetector(t)
	pass := 0
	var fails []string
	for _, text := range texts {
		if found(t, d, buyer("Hello, is this available?"), seller(text)) == want {
			pass++
		} else {
			fails = append(fails, text)
		}
	}
	rate(t, family, pass, len(texts), fails, min)
}

func TestIndirectLureQRCode(t *testing.T) {
	checkFamily(t, "lure/qr_code", []string{
		"The QR code in my avatar is my WeChat, scan it",
		"Scan the code in the last picture and add me",
		"扫描我头像里的二维码",
		"发你的图片里有我的二维码，扫码加好友",
		"Escanea el QR de la imagen y agrégame",
		"Scannez le QR code sur la photo pour m'ajouter",
		"Escaneie o QR code da foto e me adiciona",
		"Отсканируйте QR-код на картинке и добавьте меня",
		"امسح رمز QR في الصورة وأضفني",
		"사진 속 QR코드 스캔하고 친구추가 해주세요",
		"写真のQRコードを読み取って友達追加してください",
		"Quét mã QR trong hình để kết bạn Zalo nhé",
		"Resimdeki QR kodu okutun, beni ekleyin",
		"Scannen Sie den QR-Code im Bild und fügen Sie mich hinzu",
		"Scan kode QR di gambar lalu add saya",
		"สแกน QR code ในรูปแล้วแอดมาได้เลย",
		"Scansiona il QR code nella foto e aggiungimi",
		"Photo mein QR code hai, scan karke add karo",
	}, true, 0.9)
}

func TestIndirectLureSearchName(t *testing.T) {
	checkFamily(t, "lure/search_name", []string{
		"Look up \"Amy Lighting\" on Facebook, that's us",
		"Search our store name on Instagram and message us",
		"在微信里搜我们公司名就能加到我",
		"Busca \"Amy Lighting\" en Instagram, somos nosotros",
		"Cherchez notre marque sur Facebook",
		"Procure nossa loja no Instagram",
		"Найдите наш магазин в Телеграме",
		"ابحث عن اسم متجرنا على فيسبوك",
		"인스타에서 저희 가게 이름 검색해 주세요",
		"インスタで店名を検索してください",
		"Tìm tên shop của em trên Zalo nhé",
		"Instagram'da mağaza adımızı aratın",
		"Suchen Sie unseren Shopnamen auf Instagram",
		"Cari nama toko kami di Instagram ya",
		"ค้นหาชื่อร้านเราในไลน์ได้เลย",
		"Cerca il nome del nostro negozio su Instagram",
		"Instagram pe hamari shop ka naam search karo",
	}, true, 0.9)
}

func TestIndirectLureProfile(t *testing.T) {
	checkFamily(t, "lure/profile", []string{
		"My WhatsApp is in my bio",
		"Our contact details are on the profile banner",
		"联系方式在我的签名里",
		"我的微信在主页简介里",
		"Mi WhatsApp está en mi perfil",
		"Mon WhatsApp est dans mon profil",
		"Meu contato está no meu perfil",
		"Мои контакты в профиле",
		"رقمي موجود في الملف الشخصي",
		"제 연락처는 프로필에 있어요",
		"連絡先はプロフィールにあります",
		"Zalo của em có trong trang cá nhân",
		"İletişim bilgilerim profilimde",
		"Meine Kontaktdaten stehen im Profil",
		"Kontak saya ada di profil",
		"ช่องทางติดต่ออยู่ในโปรไฟล์",
		"I miei contatti sono nel profilo",
		"Mera contact profile mein hai",
	}, true, 0.9)
}

func TestIndirectLureElsewhere(t *testing.T) {
	checkFamily(t, "lure/elsewhere", []string{
		"We could continue this conversation on another app",
		"Let's chat somewhere more private",
		"我们去别的软件聊吧",
		"Hablemos por otra aplicación, es más fácil",
		"Parlons sur une autre application",
		"Vamos falar em outro app, é melhor",
		"Давайте общаться в другом приложении",
		"لنتحدث على تطبيق آخر",
		"다른 앱에서 얘기해요",
		"別のアプリで話しましょう",
		"Mình nói chuyện qua ứng dụng khác nhé",
		"Başka bir uygulamadan konuşalım",
		"Lass uns in einer anderen App weiterreden",
		"Kita ngobrol di aplikasi lain aja",
		"ไปคุยที่อื่นกันนะ",
		"Parliamo su un'altra app",
		"Kahin aur baat karte hain",
	}, true, 0.9)
}

func TestSellerAsksForBuyerContact(t *testing.T) {
	checkFamily(t, "ask/every_language", []string{
		"Can I get your WhatsApp?",
		"Please share your WeChat ID",
		"方便加个微信吗",
		"你的电话号码多少",
		"¿Me pasas tu WhatsApp?",
		"Quel est votre numéro WhatsApp ?",
		"Qual é o seu WhatsApp?",
		"Ваш номер телефона?",
		"ما هو رقم الواتساب الخاص بك؟",
		"전화번호 알려주세요",
		"電話番号を教えてください",
		"Cho em xin số Zalo của anh",
		"WhatsApp numaranızı alabilir miyim?",
		"Können Sie mir Ihre WhatsApp-Nummer geben?",
		"Boleh minta nomor WA kakak?",
		"ขอไลน์หน่อยค่ะ",
		"Mi dai il tuo numero di WhatsApp?",
		"Aapka WhatsApp number kya hai?",
	}, true, 0.9)
}

func TestNoNeedIsNoLure(t *testing.T) {
	checkFamily(t, "neg/no_need", []string{
		"No need for WhatsApp, we can talk here.",
		"We don't need WeChat, this chat is fine.",
		"不用加微信，这里聊就行",
		"不需要微信，在这里沟通就可以",
		"No hace falta WhatsApp, hablamos por aquí",
		"Pas besoin de WhatsApp, on continue ici",
		"Não precisa de WhatsApp, falamos por aqui",
		"WhatsApp не нужен, продолжим здесь",
		"لا داعي للواتساب، نكمل هنا",
		"WhatsApp는 필요 없어요, 여기서 얘기해요",
		"LINEは不要です、ここで話しましょう",
		"Không cần Zalo, nói chuyện ở đây nhé",
		"WhatsApp'a gerek yok, buradan konuşalım",
		"Wir brauchen kein WhatsApp, wir schreiben hier",
		"Tidak perlu WA, di sini saja",
		"ไม่ต้องใช้ไลน์ คุยที่นี่ได้เลย",
		"Non serve WhatsApp, parliamo qui",
		"WhatsApp ki zarurat nahi, yahin baat karte hain",
		"Let's keep talking here, it is more convenient",
	}, false, 1)
}

func TestLookalikesStayQuiet(t *testing.T) {
	checkFamily(t, "neg/lookalikes", []string{
		"Our speaker supports WhatsApp, LINE and Viber calls, CE certified",
		"Zoom lens 3x, signal strength -70 dBm, line-in jack",
		"This router is compatible with WeChat Pay and Alipay",
		"我们的产品支持微信扫码支付",
		"Model LN-2024-138, voltage 220V, 50 pcs per carton",
		"Please scan the QR code on the box to check authenticity",
		"Our brand logo is printed on the package",
		"Please check the product photos on our Alibaba store",
		"It is more convenient to pay by T/T",
		"We ship from our warehouse, the place is near the port",
		"The line is busy, I will call the factory",
		"Our phone holder fits all smartphones",
		"Send me the number of cartons you need",
		"Production line 3 makes 8,000 pcs per day",
		"The banner of our store shows the new collection",
		"Please search for our product on Alibaba by model number",
		"We can do a video call right here in the Alibaba chat",
		"Signal booster for 4G, LINE certified cable, Telegram-style UI",
		"Die Kopfhörer unterstützen WhatsApp-Anrufe, CE-zertifiziert",
		"이 이어폰은 카카오톡 통화를 지원합니다",
		"イヤホンはLINE通話に対応しています",
		"Tai nghe hỗ trợ gọi Zalo",
		"หูฟังรองรับการโทร LINE",
	}, false, 1)
}
