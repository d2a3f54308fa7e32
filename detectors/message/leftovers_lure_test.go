package message_test

import (
	"strings"
	"testing"
)

// Indirect lures the holdout set showed missing, generated per language:
// search the brand on a search engine to find the merchant's contact, and
// move somewhere more convenient because the chat here is slow. Near misses
// (the brand on Google Shopping, staying here, a factory moved to a
// convenient place) must stay clean.

var lureSearchBrand = map[string][]string{
	"en": {"Search our brand {B} on Google, you'll find my contact.", "Type our brand {B} into Google and you will find our contact details."},
	"fr": {"Tapez notre marque {B} sur Google, vous trouverez mes coordonnées.", "Cherchez notre marque {B} sur Google pour mes coordonnées."},
	"th": {"ลองค้นแบรนด์ {B} ใน Google จะเจอช่องทางติดต่อ", "ค้นหาแบรนด์ {B} ใน Google จะเจอข้อมูลติดต่อ"},
	"es": {"Busca nuestra marca {B} en Google y encontrarás mi contacto.", "Escribe nuestra marca {B} en Google, ahí están mis datos de contacto."},
	"pt": {"Pesquise nossa marca {B} no Google, vai achar meu contato."},
	"de": {"Googeln Sie unsere Marke {B}, dort finden Sie meine Kontaktdaten.", "Suchen Sie unsere Marke {B} bei Google, dort finden Sie meine Kontaktdaten."},
	"it": {"Cerca il nostro marchio {B} su Google, troverai i miei contatti."},
	"ru": {"Наберите наш бренд {B} в Google, там мои контакты.", "Поищите наш бренд {B} в Яндексе, там есть мои контакты."},
	"tr": {"Markamız {B} adını Google'da aratın, iletişim bilgilerimi bulursunuz."},
	"vi": {"Tìm thương hiệu {B} trên Google là thấy thông tin liên lạc của mình."},
	"id": {"Cari merek kami {B} di Google, nanti ketemu kontak saya."},
	"zh": {"百度搜一下我们品牌{B}，就能找到我的联系方式。"},
	"ja": {"グーグルで当社ブランド{B}を検索すれば連絡先が出てきます。"},
	"ko": {"구글에서 저희 브랜드 {B} 검색하시면 연락처가 나와요."},
	"ar": {"ابحث عن علامتنا التجارية {B} في جوجل وستجد معلومات الاتصال."},
	"hi": {"Google par hamara brand {B} search karo, contact mil jayega."},
}

var lureMove = map[string][]string{
	"en": {"Let's move somewhere more convenient, the chat here is slow.", "Let's talk somewhere more convenient, this chat is too slow."},
	"zh": {"我们换个方便点的地方聊吧，这里聊天太慢了。"},
	"es": {"Pasemos a un lugar más cómodo, aquí el chat va lento."},
	"fr": {"Allons dans un endroit plus pratique, le chat ici est lent."},
	"pt": {"Vamos para um lugar mais prático, o chat aqui é lento."},
	"it": {"Spostiamoci in un posto più comodo, la chat qui è lenta."},
	"ru": {"Давайте перейдём в место поудобнее, здесь чат медленный.", "Давайте перейдём куда-нибудь поудобнее, тут чат тормозит."},
	"tr": {"Daha rahat bir yere geçelim, buradaki sohbet yavaş."},
	"vi": {"Mình qua chỗ nào tiện hơn nói chuyện nhé, chat ở đây chậm quá.", "Mình chuyển qua chỗ khác tiện hơn nhé, ở đây chậm."},
	"id": {"Kita pindah ke tempat yang lebih nyaman ya, chat di sini lambat."},
	"th": {"ย้ายไปคุยที่อื่นที่สะดวกกว่านะ แชทที่นี่ช้า"},
	"ko": {"더 편한 곳으로 옮겨서 얘기해요, 여기 채팅은 느려요."},
	"ar": {"لننتقل إلى مكان أنسب، الدردشة هنا بطيئة."},
	"de": {"Lass uns woanders weiterreden, hier ist der Chat langsam."},
}

var lureClean = map[string][]string{
	"en": {"Our brand {B} is registered, you can see it on Google Shopping.", "Let's keep talking here, it is more convenient.",
		"Sorry, the chat here is slow today.", "You can search our brand {B} on Alibaba, all products are there.",
		"We moved our factory to a more convenient place near the port."},
	"es": {"Escribe tu marca en la caja y te mandamos la foto.", "Escribe tu pedido aquí, por favor."},
	"de": {"Bitte geben Sie unserem Shop eine Google-Bewertung."},
	"fr": {"Notre marque {B} est déposée, continuons ici.", "Restons ici, c'est plus pratique."},
	"ru": {"Давайте продолжим здесь, так удобнее."},
	"vi": {"Cứ nói chuyện ở đây cho tiện nhé.", "Bạn muốn màu nào?"},
	"th": {"คุยที่นี่ได้เลยสะดวกกว่า"},
}

func leftoverLureCases() []gapCase {
	var cs []gapCase
	for lang, tpls := range lureSearchBrand {
		for _, tpl := range tpls {
			for _, b := range []string{"Yiwu Happy Pet", "Bright Home", "Sunrise"} {
				cs = append(cs, gapCase{lang, "op_search_brand", []turn{seller(strings.ReplaceAll(tpl, "{B}", b))}, op})
			}
		}
	}
	for lang, tpls := range lureMove {
		for _, tpl := range tpls {
			cs = append(cs, gapCase{lang, "op_move_convenient", []turn{seller(tpl)}, op})
		}
	}
	for lang, tpls := range lureClean {
		for _, tpl := range tpls {
			cs = append(cs, gapCase{lang, "op_lure_clean", []turn{seller(strings.ReplaceAll(tpl, "{B}", "Bright Home"))}, ""})
		}
	}
	return cs
}

func TestLeftoverLureFamilies(t *testing.T) { runGapCases(t, leftoverLureCases()) }
