package message

import "slices"

// Round two of the channel families (lure_r2chan.go): social pages the buyer
// is told to follow and message there, the same number on another app, and
// the official website's reserved prices. Their words carry family
// categories (famFollow, famDM, famSame, famOffer); each is inert alone.
var (
	// r2Follow: follow / like / subscribe to a page or account.
	r2Follow = []string{
		"follow", "follow our page", "follow us", "sigue", "siguenos", "síguenos", "siga", "sigam",
		"suivez", "suivez-nous", "folgen", "folgen sie", "segui", "seguici", "seguite", "подпишитесь", "подписывайтесь",
		"takip edin", "takip et", "تابع", "تابعنا", "تابعونا", "फॉलो", "follow karo", "ikuti", "theo dõi", "ติดตาม",
		"关注", "フォロー", "팔로우", "이웃 추가", "구독",
	}
	// r2DM: message us there (a direct message on the page, not in this chat).
	r2DM = []string{
		"dm", "dm us", "dms", "direct message",
		"mensagem direta", "message privé", "en mp", "директ", "личку", "личные сообщения",
		"dm atın", "dm at", "راسلنا", "رسالة خاصة", "इनबॉक्स", "私信", "私聊", "ダイレクトメッセージ", "쪽지", "디엠",
		"inbox", "nhắn tin", "ib", "ทักแชท", "ทักมา",
	}
	// r2Same: the same number (as given before).
	r2Same = []string{
		"same number", "mismo número", "même numéro",
		"mesmo número", "dieselbe nummer", "gleiche nummer", "stesso numero",
		"тот же номер", "этот же номер", "aynı numara", "نفس الرقم", "वही नंबर", "nomor yang sama", "số này", "cùng số",
		"เบอร์เดียวกัน", "同じ番号", "같은 번호", "同一个号码", "同一个号", "同号",
	}
	// r2Offer: prices kept for the site (reserved, special, internal).
	r2Offer = []string{
		"reserved prices", "special prices", "special price", "prezzi riservati", "prezzo riservato", "prezzi speciali",
		"precios especiales", "precio especial", "preços especiais", "preço especial", "prix réservés", "prix spéciaux",
		"sonderpreise", "sonderpreis", "специальные цены", "спеццены", "özel fiyatlar", "özel fiyat", "أسعار خاصة",
		"खास कीमत", "विशेष कीमत", "harga khusus", "giá đặc biệt", "ราคาพิเศษ", "内部价格", "内部价", "特别价格",
		"特別価格", "특별 가격", "특가",
	}
)

// r2FamEntries marks the round-two words with their families.
func r2FamEntries() []famEntry {
	return []famEntry{{famPointer, []string{"web oficial", "la web oficial", "página web oficial"}}, {famFollow, r2Follow}, {famDM, r2DM}, {famSame, r2Same}, {famOffer, r2Offer}}
}

// r2chanLexicon: the round-two words (inert categories: the families carry
// their meaning), inflected nicknames and more QR spellings.
var r2chanLexicon = []lexEntry{
	{0, 0, slices.Concat(r2Follow, r2DM, r2Same, r2Offer)},
	// Russian cases of the nicknames: "QR-код вичата", "в вичате", "вотсапа".
	{catChannel, ChannelWeChat, []string{"вичата", "вичате", "вичатом", "вичату", "вичатик"}},
	{catChannel, ChannelWhatsApp, []string{"вотсапа", "ватсапа", "вацапа", "вотсапка", "ватсапом", "вацапом"}},
	{catChannel, ChannelTelegram, []string{"телеги", "телегой", "телеграма", "телеграмом", "телеграмма", "телеграммом"}},
	{catChannelWeak | catAppRef, ChannelTelegram, []string{"aviãozinho", "app do aviãozinho", "papierflieger-app"}},
	{catProfile | catAppRef, 0, []string{"web oficial", "la web oficial", "página web oficial"}},
	{catShopName, 0, []string{
		"nome dell'azienda", "nome della ditta", "nombre de la empresa", "nome da empresa", "nom de l'entreprise",
		"firmennamen", "unseren firmennamen", "社名", "nama perusahaan", "tên công ty", "ชื่อบริษัท", "कंपनी का नाम",
		"اسم شركتنا",
	}},
	// Find us there (as a name): a search with its object, the merchant.
	{catSearch, 0, []string{"ci trovi", "mi trovi", "trovaci", "trovateci", "bizi bulun", "beni bulun", "bizi arayın", "encontre-nos", "procure-nos"}},
	{catSearch | catInvite, 0, []string{"найдите меня", "ищите меня", "найдите нас"}},
	{catInvite, 0, []string{"yazışalım", "direkt yazışalım"}},
	{catChannelWeak, ChannelTikTok, []string{"تيك توك", "تيكتوك", "тикток", "틱톡", "ティックトック", "ติ๊กต็อก", "टिकटॉक"}},
	{catQR, 0, []string{
		"karekodu", "karekodunu", "karekodumuzu", "kare kod", "क्यूआर कोड", "क्यूआर", "คิวอาร์โค้ด", "qr 코드", "二维码",
		"qrコード", "mã qr",
	}},
}
