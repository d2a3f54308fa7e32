package message_test

import (
	"strings"
	"testing"
)

// Searches that stay on the platform and reviews left on a search engine are
// no indirect lure; typing the brand into a search engine to find the
// merchant's site or contact still is. Generated per language and engine.

// leftReview asks the buyer for a review of the shop on a search engine.
var leftReview = map[string][]string{
	"en": {"Please type a {E} review for our shop.", "Please leave a {E} review for our shop, thank you!", "Could you write a review of our store on {E}?"},
	"es": {"Por favor escribe una reseña en {E} para nuestra tienda.", "Déjanos una reseña de nuestra tienda en {E}, gracias."},
	"pt": {"Por favor, deixe uma avaliação da nossa loja no {E}."},
	"fr": {"Merci de laisser un avis {E} pour notre boutique.", "Tapez un avis sur {E} pour notre boutique, merci."},
	"de": {"Bitte schreiben Sie eine {E}-Bewertung für unseren Shop.", "Bitte geben Sie unserem Shop eine Bewertung auf {E}."},
	"it": {"Per favore lascia una recensione su {E} per il nostro negozio."},
	"ru": {"Пожалуйста, напишите отзыв в {E} о нашем магазине."},
	"tr": {"Lütfen mağazamız için {E} üzerinde yorum yazın."},
	"id": {"Tolong tulis ulasan {E} untuk toko kami."},
	"vi": {"Bạn viết giúp shop một đánh giá trên {E} nhé.", "Nhờ bạn review shop của chúng tôi trên {E}."},
	"zh": {"请在{E}上给我们店铺写个好评。", "麻烦在{E}给我们店铺评价一下。"},
	"ja": {"{E}で当店のレビューを書いてください。"},
	"ko": {"{E}에 저희 가게 리뷰 남겨주세요."},
	"th": {"ช่วยเขียนรีวิวร้านเราใน {E} หน่อยนะ"},
	"ar": {"من فضلك اكتب تقييم لمتجرنا على {E}."},
	"hi": {"Please hamari shop ke liye {E} review likho."},
}

// leftShopSearch searches a model in the shop's own page on the platform.
var leftShopSearch = map[string][]string{
	"en": {"Type the model number in the search box of our shop page.", "Search the model number in our shop to see all colours.",
		"Type the item number into the search bar of our store."},
	"es": {"Escribe el número de modelo en el buscador de nuestra tienda."},
	"pt": {"Digite o número do modelo na busca da nossa loja."},
	"fr": {"Tapez le numéro de modèle dans la barre de recherche de notre boutique."},
	"de": {"Geben Sie die Modellnummer in das Suchfeld unseres Shops ein."},
	"it": {"Scrivi il numero di modello nella ricerca del nostro negozio."},
	"ru": {"Введите номер модели в поиске нашего магазина."},
	"tr": {"Model numarasını mağazamızın arama kutusuna yazın."},
	"id": {"Ketik nomor model di kolom pencarian toko kami."},
	"vi": {"Gõ mã sản phẩm vào ô tìm kiếm của shop chúng tôi."},
	"zh": {"在我们店铺的搜索框输入型号即可。"},
	"ja": {"当店の検索ボックスに型番を入力してください。"},
	"ko": {"저희 가게 검색창에 모델 번호를 입력하세요."},
	"th": {"พิมพ์รหัสรุ่นในช่องค้นหาของร้านเรา"},
	"ar": {"اكتب رقم الموديل في خانة البحث في متجرنا."},
	"hi": {"Hamari shop ke search box mein model number type karo."},
}

// leftTypeBrand types the brand into a search engine to find the merchant.
var leftTypeBrand = map[string][]string{
	"en": {"Type our brand into {E} to find our website.", "Type our shop name into {E} and you will find our contact."},
	"es": {"Escribe nuestra marca en {E} para encontrar nuestra web."},
	"fr": {"Tapez notre marque sur {E} pour trouver notre site."},
	"ru": {"Наберите наш бренд в {E}, там наш сайт и контакты."},
	"zh": {"在{E}输入我们的品牌就能找到我们的联系方式。"},
	"id": {"Ketik merek kami di {E} untuk menemukan kontak kami."},
	"tr": {"Markamızı {E}'da yazın, iletişim bilgilerimizi bulursunuz."},
	"it": {"Scrivi il nostro marchio su {E} per trovare i nostri contatti."},
}

var leftEngines = []string{"Google", "Baidu", "Yandex"}

func leftLureCases() []gapCase {
	var cs []gapCase
	add := func(set map[string][]string, family, want string) {
		for lang, tpls := range set {
			for _, tpl := range tpls {
				for _, e := range leftEngines {
					text := strings.ReplaceAll(tpl, "{E}", e)
					cs = append(cs, gapCase{lang, family, []turn{seller(text)}, want})
					if !strings.Contains(tpl, "{E}") {
						break
					}
				}
			}
		}
	}
	add(leftReview, "clean_review_on_engine", "")
	add(map[string][]string{
		"es": {"Nuestra marca aparece en {E}, escribe tu pedido aquí en la tienda."},
		"en": {"Our brand shows up on {E}, write your order here in the shop."},
	}, "clean_order_here", "")
	add(leftShopSearch, "clean_search_in_shop", "")
	add(leftTypeBrand, "lure_type_brand_engine", op)
	return cs
}

func TestLeft2LureFamilies(t *testing.T) { runGapCases(t, leftLureCases()) }
