package message_test

import "testing"

// fpBuCases are the Chinese words beginning with 不 that negate nothing
// (不错, 不仅, 不管, 不少, 不断 and their traditional forms) beside Trade
// Assurance: clean; and next to them the refusals and lures that must stay
// caught.
func fpBuCases() []gapCase {
	var cs []gapCase
	add := func(family, want string, texts ...string) {
		for _, s := range texts {
			cs = append(cs, gapCase{lang: "zh", family: family, turns: []turn{seller(s)}, want: want})
		}
	}
	for _, taName := range []string{"信保", "信用保障"} {
		add("bu-clean", "",
			"不仅可以"+taName+"下单，价格也不错",
			"不僅可以"+taName+"下單，價格也不錯",
			taName+"不错，我们很多客户都用",
			"我们不少客户用"+taName+"下单",
			taName+"订单不断增加",
			"不管多少数量都可以走"+taName,
			"不但可以走"+taName+"，还可以样品单",
		)
		add("bu-caught", ta,
			"不支持"+taName,
			taName+"不管用，请直接付款到银行卡",
			"价格不错，不过不能走"+taName,
			"不少客户都问，但我们不接受"+taName,
		)
	}
	add("bu-caught", op,
		"不管怎样加我微信",
		"不错，加我微信聊",
		"不少客户都加我微信下单",
	)
	return cs
}

func TestFPBuWords(t *testing.T) { runGapCases(t, fpBuCases()) }
