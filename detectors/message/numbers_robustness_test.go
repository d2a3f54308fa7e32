package message_test

import (
	"math/rand/v2"
	"strings"
)

// Robustness transforms for numbers given in words (robustness_test.go runs
// them with the others): a phone dictated in pairs and hundreds in a
// language that does so, the spoken number split over two messages between
// its words, and native digit scripts.

// numbersTransforms are the transforms of this file.
func numbersTransforms() []rbTransform {
	var ts []rbTransform
	ts = append(ts, rbEvasion("spoken_pairs_lang", rbOnSpans(rbPhoneSpans, rbSpokenPairs))...)
	ts = append(ts, rbEvasion("spoken_split_lang", func(r *rand.Rand, text string) ([]string, bool) {
		sp := rbPhoneSpans(text)
		if len(sp) == 0 {
			return nil, false
		}
		lang := rbPick(r, []string{"en", "es", "fr", "pt", "ru", "ar", "de", "tr", "vi", "id", "it", "hi"})
		spoken := rbSpokenIn(lang, text[sp[0][0]:sp[0][1]])
		words := strings.Fields(spoken)
		if len(words) < 8 {
			return nil, false
		}
		cut := 3 + r.IntN(len(words)-6) // at least three words on each side
		first := strings.TrimSpace(text[:sp[0][0]] + strings.Join(words[:cut], " "))
		second := strings.TrimSpace(strings.Join(words[cut:], " ") + text[sp[0][1]:])
		return []string{first, second}, true
	})...)
	ts = append(ts, rbEvasion("native_digits", rbOnSpans(rbPhoneSpans, func(r *rand.Rand, sp string) string {
		zero := rbPick(r, []rune{'๐', '٠', '۰', '०', '０'})
		var b strings.Builder
		for _, c := range sp {
			if c >= '0' && c <= '9' {
				c = zero + c - '0'
			}
			b.WriteRune(c)
		}
		return b.String()
	}))...)
	return ts
}

// rbSpokenPairs dictates a number in a language that reads digits in pairs
// and hundreds: the written groups kept, each of more than three digits cut
// into pairs, a group with a leading zero read digit by digit.
func rbSpokenPairs(r *rand.Rand, run string) string {
	lang := rbPick(r, []string{"en", "es", "fr", "pt", "ru", "tr", "id", "vi", "it", "de"})
	run = strings.TrimSpace(run)
	var words []string
	if strings.HasPrefix(run, "+") || strings.HasPrefix(run, "00") {
		words = append(words, rbPlusWords[lang])
		run = strings.TrimPrefix(strings.TrimPrefix(run, "+"), "00")
	}
	groups := strings.FieldsFunc(run, func(c rune) bool { return c < '0' || c > '9' })
	for _, g := range groups {
		for len(g) > groupMax(lang) {
			words = append(words, dictate(lang, g[:2]))
			g = g[2:]
		}
		words = append(words, dictate(lang, g))
	}
	return strings.Join(words, " ")
}
