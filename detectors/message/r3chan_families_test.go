package message_test

import (
	"strings"
	"testing"
)

// Round three of the channel families: an app described by its icon or first
// letter, a contact shown in the product video, Discord, and "WeChat/WhatsApp
// 同号" written with the Latin name. Near misses stay clean: a video call as
// a product feature, a green icon on the listing, a video of the goods.

var r3IconApps = []string{
	"the app with the green icon", "the app with the green logo", "the green icon app", "the app starting with W",
	"the green chat app",
}

var r3IconTemplates = []string{
	"Search my ID in {A}: ledking88", "Add me on {A}, my number is 139 1234 5678", "Message me in {A}: +86 139 1234 5678",
}

var r3IconNative = map[string][]string{
	"es": {"Búscame en la app con el icono verde: ledking88"},
	"pt": {"Me procure no app com o ícone verde: ledking88"},
	"fr": {"Ajoutez-moi sur l'appli avec l'icône verte : ledking88"},
	"de": {"Schreiben Sie mir in der App mit dem grünen Symbol: +86 139 1234 5678"},
	"it": {"Scrivetemi sull'app con l'icona verde: +86 139 1234 5678"},
	"ru": {"Пишите мне в приложении с зелёной иконкой: +86 139 1234 5678"},
	"tr": {"Yeşil simgeli uygulamadan yazın: +86 139 1234 5678"},
	"hi": {"हरे आइकन वाले ऐप पर मैसेज करें: +86 139 1234 5678"},
	"id": {"Chat saya di aplikasi ikon hijau: +86 139 1234 5678"},
	"th": {"ทักมาที่แอปไอคอนสีเขียว +86 139 1234 5678"},
	"ja": {"緑のアイコンのアプリで連絡してください：+86 139 1234 5678"},
	"ko": {"초록 아이콘 앱으로 연락 주세요: +86 139 1234 5678"},
	"zh": {"加我绿色图标的软件：ledking88"},
}

var r3Video = map[string][]string{
	"en": {"My number is in the product video.", "Our WhatsApp is shown at the end of the product video."},
	"es": {"Mi número de WhatsApp sale en el video del producto."},
	"zh": {"我的微信号在视频里。"},
	"ko": {"제 카톡 아이디는 영상에 있어요."},
}

var r3Discord = []string{
	"Join our Discord server for group buys.", "My Discord is ledking#8888, add me there.", "Entre no nosso Discord para ver as ofertas.",
	"加我discord：ledking", "Заходите в наш дискорд, там все цены.",
}

var r3Same = []string{"wechat同号", "WeChat同号，直接加", "whatsapp同号", "wx同号"}

var r3Clean = []string{
	"The camera supports WhatsApp video calls and Bluetooth 5.3.",
	"The green icon on the listing means the item is in stock.",
	"Please watch the product video to see how the lamp is installed.",
	"We can send you a video of the production line today.",
	"The app starting with the login page lets you track the order here.",
	"Our products are shown in the video on the listing page.",
}

func r3ChanCases() []gapCase {
	var cs []gapCase
	for _, a := range r3IconApps {
		for _, tpl := range r3IconTemplates {
			cs = append(cs, gapCase{"en", "r3_icon_app", []turn{seller(strings.ReplaceAll(tpl, "{A}", a))}, op})
		}
	}
	for lang, ts := range r3IconNative {
		for _, t := range ts {
			cs = append(cs, gapCase{lang, "r3_icon_app", []turn{seller(t)}, op})
		}
	}
	for lang, ts := range r3Video {
		for _, t := range ts {
			cs = append(cs, gapCase{lang, "r3_video_pointer", []turn{seller(t)}, op})
		}
	}
	for _, t := range r3Discord {
		cs = append(cs, gapCase{"mixed", "r3_discord", []turn{seller(t)}, op})
	}
	for _, t := range r3Same {
		cs = append(cs, gapCase{"zh", "r3_same_number", []turn{seller(t)}, op})
	}
	for _, t := range r3Clean {
		cs = append(cs, gapCase{"en", "r3_clean", []turn{seller(t)}, ""})
	}
	return cs
}

func TestR3ChannelFamilies(t *testing.T) { runGapCases(t, r3ChanCases()) }
