package message_test

import (
	"strings"
	"testing"
)

// Pointers to a contact outside the text (family 4 of the channels round):
// a QR code in the sample photos or on the package to scan, a phone number or
// an app account on the business licence, business card or catalogue PDF,
// the merchant's official website and its form. Near misses point at the
// listing's own photos, a certificate, a QR code that checks authenticity,
// or the website shown in the platform profile.

// pointerTexts are, per language: QR in photos, QR on the package, number on
// the business licence photo, number in the catalogue PDF / business card,
// the official website's form.
var pointerTexts = map[string][]string{
	"en": {"Scan the QR code in the sample photos", "Scan the QR code on the package to contact us directly",
		"The phone number is on our business licence photo", "Our WhatsApp number is in the catalogue PDF",
		"Same number as on our business card", "Visit our official website and fill in the form there"},
	"zh": {"扫描样品图片里的二维码", "扫包装上的二维码直接联系我们", "电话号码在我们营业执照的照片上", "我的微信在产品目录PDF里",
		"电话号码和名片上的一样", "请访问我们的官网填写表单"},
	"es": {"Escanea el código QR de las fotos de muestra", "Escanea el QR del paquete para contactarnos directamente",
		"El número de teléfono está en la foto de nuestra licencia comercial", "Nuestro WhatsApp está en el catálogo PDF",
		"Visita nuestro sitio web oficial y rellena el formulario"},
	"pt": {"Escaneie o QR code nas fotos da amostra", "O número de telefone está na foto da nossa licença comercial",
		"Nosso WhatsApp está no catálogo PDF", "Visite nosso site oficial e preencha o formulário"},
	"fr": {"Scannez le QR code sur les photos des échantillons", "Le numéro de téléphone est sur la photo de notre licence commerciale",
		"Notre WhatsApp est dans le catalogue PDF", "Visitez notre site officiel et remplissez le formulaire"},
	"de": {"Scannen Sie den QR-Code auf den Musterfotos", "Die Telefonnummer steht auf unserem Gewerbeschein-Foto",
		"Unsere WhatsApp-Nummer steht in der Broschüre", "Besuchen Sie unsere offizielle Website und füllen Sie das Formular aus"},
	"it": {"Scansiona il QR code nelle foto dei campioni", "Il numero di telefono è sulla foto della nostra licenza commerciale",
		"Il nostro WhatsApp è nel catalogo PDF", "Visita il nostro sito ufficiale e compila il modulo di contatto"},
	"ru": {"Отсканируйте QR-код на фото образцов", "Номер телефона на фото нашей лицензии", "Наш вотсап есть на визитке",
		"Посетите наш официальный сайт и заполните форму заявки"},
	"tr": {"Numune fotoğraflarındaki QR kodu okutun", "Telefon numaramız kartvizitte yazıyor", "Resmi web sitemizi ziyaret edin ve formu doldurun"},
	"ar": {"امسح رمز QR في صور العينات", "رقم الهاتف موجود في صورة الرخصة التجارية", "قم بزيارة موقعنا الرسمي واملأ النموذج"},
	"hi": {"सैंपल फोटो में QR code scan karke add karo", "फोन नंबर हमारे बिज़नेस कार्ड पर है", "हमारी आधिकारिक वेबसाइट पर फॉर्म भरें"},
	"id": {"Scan kode QR di foto sampel", "Nomor HP ada di foto izin usaha kami", "Kunjungi situs resmi kami dan isi formulir"},
	"vi": {"Quét mã QR trong ảnh mẫu nhé", "Số điện thoại có trên danh thiếp của bên em", "Truy cập trang web chính thức của bên em và điền biểu mẫu"},
	"th": {"สแกน QR code ในรูปตัวอย่างได้เลยค่ะ", "เบอร์โทรอยู่ในนามบัตรของเราค่ะ", "เยี่ยมชมเว็บไซต์ทางการของเราแล้วกรอกแบบฟอร์ม"},
	"ja": {"サンプル写真のQRコードを読み取ってください", "電話番号は弊社の名刺に書いてあります", "公式サイトのフォームにご記入ください"},
	"ko": {"샘플 사진의 QR코드를 스캔해 주세요", "전화번호는 저희 사업자등록증 사진에 있습니다", "공식 홈페이지에 방문해서 작성해 주세요"},
}

var pointerClean = map[string][]string{
	"en": {"See the photos in the listing.", "The certificate is in the listing photos.", "Scan the QR code on the product to check authenticity.",
		"Our website is in the platform profile.", "The model number is on the package label.", "Your phone number is on the invoice, please check it.",
		"The catalogue PDF is attached.", "Our business licence is in the photos.", "Phone case photos attached.", "The phone in the photos is the new model.",
		"Please send me your business licence photo.", "Yes, SGS report No. GZIN2612345TX, I've attached the PDF here in the chat.",
		"The number is on the box photo.", "Our official website shows the same products as this store."},
	"zh": {"请看详情页的图片", "证书在产品图片里", "扫描产品上的二维码验证真伪", "营业执照在店铺资料里", "目录PDF已发送"},
	"es": {"Mira las fotos del anuncio.", "El certificado está en las fotos del producto.", "Escanea el QR del producto para verificar la autenticidad."},
	"fr": {"Voir les photos de l'annonce.", "Le certificat est dans les photos."},
	"pt": {"Veja as fotos do anúncio.", "O telefone está na foto da caixa."},
	"de": {"Das Zertifikat ist auf den Fotos."},
	"it": {"Il certificato è nelle foto."},
	"ru": {"Сертификат на фото товара.", "Отсканируйте QR-код на товаре для проверки подлинности."},
	"tr": {"Sertifika ürün fotoğraflarında."},
	"ar": {"الشهادة في صور المنتج."},
	"hi": {"प्रमाणपत्र फोटो में है।"},
	"id": {"Sertifikat ada di foto produk."},
	"vi": {"Chứng nhận có trong ảnh sản phẩm."},
	"th": {"ใบรับรองอยู่ในรูปสินค้า"},
	"ja": {"証明書は商品写真にあります。"},
	"ko": {"인증서는 상품 사진에 있습니다."},
}

func pointerCases() []gapCase {
	var cs []gapCase
	for lang, ts := range pointerTexts {
		for _, s := range ts {
			cs = append(cs, gapCase{lang, "op_pointer", []turn{seller(s)}, op})
		}
	}
	for lang, ts := range pointerClean {
		for _, s := range ts {
			cs = append(cs, gapCase{lang, "op_pointer_clean", []turn{seller(s)}, ""})
		}
	}
	return cs
}

func TestContactPointers(t *testing.T) { runGapCases(t, pointerCases()) }

// pointerGrid crosses contact words and documents per language: "{C} is on
// {D}", where {C} names the contact (a number, an app) and {D} a document or
// picture outside the chat.
var pointerGrid = map[string]struct{ tpls, contacts, docs []string }{
	"en": {[]string{"{C} is on {D}", "You can find {C} in {D}"},
		[]string{"our phone number", "my WhatsApp", "our WeChat ID", "our contact details", "the phone number"},
		[]string{"our business card", "the catalogue PDF", "our brochure", "the business licence photo", "the sample photos"}},
	"zh": {[]string{"{C}在{D}上", "{C}见{D}"},
		[]string{"电话号码", "我的微信", "联系方式", "WhatsApp号码"},
		[]string{"名片", "营业执照照片", "画册", "产品目录PDF"}},
	"es": {[]string{"{C} está en {D}"},
		[]string{"nuestro número de teléfono", "mi WhatsApp", "el número de teléfono"},
		[]string{"la tarjeta de visita", "el folleto", "la foto de la licencia comercial"}},
	"pt": {[]string{"{C} está n{D}"},
		[]string{"nosso número de telefone", "meu WhatsApp", "o número de telefone"},
		[]string{"o cartão de visita", "o folheto", "a licença comercial"}},
	"fr": {[]string{"{C} est sur {D}"},
		[]string{"notre numéro de téléphone", "mon WhatsApp", "le numéro de téléphone"},
		[]string{"la carte de visite", "la brochure", "la licence commerciale"}},
	"de": {[]string{"{C} steht auf {D}"},
		[]string{"unsere Telefonnummer", "meine WhatsApp-Nummer", "die Telefonnummer"},
		[]string{"der Visitenkarte", "der Broschüre", "dem Gewerbeschein"}},
	"it": {[]string{"{C} è {D}"},
		[]string{"il nostro numero di telefono", "il mio WhatsApp", "il numero di telefono"},
		[]string{"sul biglietto da visita", "sulla licenza commerciale"}},
	"ru": {[]string{"{C} на {D}"},
		[]string{"наш номер телефона", "мой вотсап", "номер телефона"},
		[]string{"визитке", "фото лицензии"}},
	"tr": {[]string{"{C} {D} yazıyor"},
		[]string{"Telefon numaramız", "WhatsApp numaram"},
		[]string{"kartvizitte", "broşür"}},
	"ar": {[]string{"{C} موجود في {D}"},
		[]string{"رقم الهاتف", "رقم الواتساب"},
		[]string{"بطاقة العمل", "الرخصة التجارية", "الكتيب"}},
	"hi": {[]string{"{C} {D} पर है"},
		[]string{"फोन नंबर", "हमारा व्हाट्सऐप नंबर"},
		[]string{"बिज़नेस कार्ड", "लाइसेंस"}},
	"id": {[]string{"{C} ada di {D}"},
		[]string{"Nomor HP", "Nomor WA saya"},
		[]string{"kartu nama", "brosur", "foto izin usaha"}},
	"vi": {[]string{"{C} có trên {D}"},
		[]string{"Số điện thoại", "Số zalo của em"},
		[]string{"danh thiếp", "giấy phép kinh doanh"}},
	"th": {[]string{"{C}อยู่ใน{D}ค่ะ"},
		[]string{"เบอร์โทร", "ไลน์ไอดี"},
		[]string{"นามบัตร", "โบรชัวร์"}},
	"ja": {[]string{"{C}は{D}に書いてあります"},
		[]string{"電話番号", "LINE ID"},
		[]string{"名刺", "パンフレット"}},
	"ko": {[]string{"{C}는 {D}에 있습니다"},
		[]string{"전화번호", "카톡 아이디"},
		[]string{"명함", "사업자등록증 사진"}},
}

func pointerGridCases() []gapCase {
	var cs []gapCase
	for lang, g := range pointerGrid {
		for _, tpl := range g.tpls {
			for _, c := range g.contacts {
				for _, d := range g.docs {
					s := strings.NewReplacer("{C}", c, "{D}", d).Replace(tpl)
					cs = append(cs, gapCase{lang, "op_pointer_grid", []turn{seller(s)}, op})
				}
			}
		}
	}
	// Near misses: a document or picture without a contact in it, or the
	// buyer's own number.
	for lang, ts := range map[string][]string{
		"en": {"The price is in the catalogue PDF.", "The size chart is on the brochure.", "Your phone number is on the business card you sent.",
			"The model number is on our business card.", "Phone photos and business card photos attached."},
		"zh": {"价格在产品目录PDF里", "型号在画册第5页"},
		"es": {"El precio está en el folleto."},
		"de": {"Der Preis steht in der Broschüre."},
		"ru": {"Цена на визитке не указана."},
		"id": {"Harga ada di brosur."},
		"vi": {"Giá có trên danh thiếp."},
		"ja": {"価格はパンフレットに書いてあります"},
		"ko": {"가격은 명함에 있습니다"},
	} {
		for _, s := range ts {
			cs = append(cs, gapCase{lang, "op_pointer_grid_clean", []turn{seller(s)}, ""})
		}
	}
	return cs
}

func TestContactPointerGrid(t *testing.T) { runGapCases(t, pointerGridCases()) }
