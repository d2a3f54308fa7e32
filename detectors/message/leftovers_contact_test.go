package message_test

import (
	"strings"
	"testing"
)

// Off-platform families the holdout set showed missing, generated.

// spaced writes digits one by one, separated by sep: "8 6 1 5 7 9".
func spaced(ds, sep string) string {
	return strings.Join(strings.Split(ds, ""), sep)
}

// A number written in two messages of bare spaced digits, no keyword, no
// plus: the country code starts the first half. Every cut, several
// countries; spaced or comma-spaced second halves.
func TestLeftoverSplitSpacedDigits(t *testing.T) {
	d := newDetector(t)
	mobiles := []string{"8613800138000", "66812345678", "821012345678", "6281234567890", "84912345678",
		"905321234567", "79123456789", "5511912345678", "447911123456", "819012345678"}
	pass, total := 0, 0
	var fails []string
	for _, n := range mobiles {
		for cut := 4; cut <= len(n)-4; cut++ {
			for _, sep := range []string{" ", "  "} {
				first, second := spaced(n[:cut], sep), spaced(n[cut:], sep)
				total++
				if found(t, d, buyer("Can you send me the catalogue?"), seller(first), seller(second)) {
					pass++
				} else {
					fails = append(fails, first+" || "+second)
				}
			}
		}
	}
	rate(t, "split_spaced_digits", pass, total, fails, 0.95)

	clean := [][]turn{
		{seller("1 2 3 4"), seller("5 6 7 8")},
		{seller("Sizes: 3 4 5 6"), seller("7 8 9 10")},
		{seller("8 6 1 5 7 9"), buyer("what is this?"), seller("1 0 7 5 4 6 4")},
		{seller("8 6 1 5 7 9"), seller("Sorry, wrong chat.")},
		{seller("Colours 1 2 3 4 5 available"), seller("MOQ 500 pcs")},
	}
	for _, c := range clean {
		if found(t, d, c...) {
			t.Errorf("false alarm: %v", c)
		}
	}
}

// Channel names spaced out with any one sign between the letters, or a digit
// or sign for a letter ("L ! N E", "L 1 N E", "W . H . A . T . S . A . P . P"),
// "Q Q" before a number in digits or Chinese numerals, numbers grouped with
// underscores glued to a Japanese particle, and an app's ID given as "my
// number/ID is …" after the app is named.
func leftoverDisguiseCases() []gapCase {
	var cs []gapCase
	names := map[string]string{"line": "L ! N E", "line2": "L 1 N E", "line3": "L | N E", "wa": "W . H . A . T . S . A . P . P",
		"tg": "T 3 L 3 G R @ M", "signal": "S ! G N A L", "viber": "V ! B E R", "skype": "S K Y P 3"}
	tpls := map[string][]string{
		"en": {"Add me on {N}: anna_3444", "{N} ID: anna_3444, add me please"},
		"ja": {"こんにちは、{N}を追加してください：ID: anna_3444 詳細をお送りします"},
		"es": {"Agrégame en {N}: anna_3444"},
		"de": {"Fügen Sie mich auf {N} hinzu: anna_3444"},
	}
	for lang, ts := range tpls {
		for _, tpl := range ts {
			for _, n := range names {
				cs = append(cs, gapCase{lang, "op_spaced_channel", []turn{seller(strings.ReplaceAll(tpl, "{N}", n))}, op})
			}
		}
	}
	for _, qq := range []string{"Q Q", "Q  Q", "QQ"} {
		for _, num := range []string{"幺三三五零四二九九八", "1335042998", "两八六七幺洞三五九九", "２８６７１０３５９９"} {
			cs = append(cs, gapCase{"zh", "op_qq_digits", []turn{seller("有事直接" + qq + " " + num)}, op})
			cs = append(cs, gapCase{"zh", "op_qq_digits", []turn{seller("加我" + qq + "：" + num)}, op})
		}
	}
	for _, n := range []string{"81_90_8220_4695", "81_80_1234_5678", "82_10_1234_5678"} {
		for _, tpl := range []string{"携帯の方がずっと便利です、{X}を追加してください。", "{X}に電話してください。", "{X}로 연락 주세요."} {
			cs = append(cs, gapCase{"ja", "op_sep_number", []turn{seller(strings.ReplaceAll(tpl, "{X}", n))}, op})
		}
	}
	for lang, ts := range map[string][]string{
		"de": {"Lassen Sie uns über Threema reden, meine Nummer ist vivian.3966", "Schreiben Sie mir auf Telegram, meine ID ist vivian_3966"},
		"en": {"Let's talk on Telegram, my ID is vivian_3966", "We can chat on Signal, my number is vivian.3966"},
		"es": {"Hablemos por Signal, mi número es vivian.3966"},
		"fr": {"Parlons sur Telegram, mon ID est vivian_3966"},
	} {
		for _, tpl := range ts {
			cs = append(cs, gapCase{lang, "op_my_id_after_app", []turn{seller(tpl)}, op})
		}
	}
	// Near misses: product lines, sizes, codes, refusing the app.
	for lang, ts := range map[string][]string{
		"en": {"Our new line is easier to assemble.", "Our new line is much better than the old one.",
			"We don't use LINE, let's talk here.", "Size L, colour blue, 3 pcs.", "We ship by DHL, my number is AB-2250 for the order.",
			"Our production line is faster this year.", "Model Q Q-200 is in stock."},
		"th": {"ไม่ต้องใช้ ไลน์ไอดี ค่ะ คุยทุกอย่างในแชทของแพลตฟอร์มได้เลย", "ไม่ต้องใช้ วอทส์แอพ ครับ คุยในแชทของแพลตฟอร์มได้เลย",
			"ขอบคุณค่ะ สินค้าของเราพร้อมส่ง"},
		"ja": {"型番 81_90 の部品は在庫があります。"},
		"fr": {"Notre nouvelle ligne est plus pratique."},
	} {
		for _, tpl := range ts {
			cs = append(cs, gapCase{lang, "op_disguise_clean", []turn{seller(tpl)}, ""})
		}
	}
	return cs
}

func TestLeftoverDisguiseFamilies(t *testing.T) { runGapCases(t, leftoverDisguiseCases()) }
