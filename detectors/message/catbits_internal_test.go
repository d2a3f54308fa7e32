package message

import (
	"math/bits"
	"testing"
)

// TestCategoryBitsDistinct: every category is one bit of its own. The bits
// are spread over several files (lexicon.go, lexicon_intent.go,
// lexicon_gaps.go); a new category that takes a bit already in use makes the
// two read as one, silently.
func TestCategoryBitsDistinct(t *testing.T) {
	all := []cat{catAccept, catAltPay, catAnti, catAppRef, catAskHave, catAskX, catBecome, catChanRun, catChannel, catChannelWeak, catCodeCtx, catComfort, catCompare, catCond, catConnector, catCurrency, catDotWord, catElsewhere, catFine, catGoods, catHere, catImage, catInvite, catMinOrder, catMore, catNeg, catNegBreak, catNegX, catNeutral, catNumberWord, catOnly, catOther, catOutside, catPaper, catPay, catPlace, catPlatform, catPossSelf, catPossSelfPost, catPossYou, catPossYouPost, catPrice, catProduct, catProfile, catPropose, catQR, catQuestion, catReport, catReqVerb, catRise, catScan, catSearch, catShopName, catSite, catSlang, catStayHere, catSurcharge, catTA, catTANeutral, catTARefuse, catTalk, catTalkTo, catWithout, catYou}
	var seen cat
	for i, c := range all {
		if bits.OnesCount64(uint64(c)) != 1 {
			t.Errorf("category %d (%#x) is not one bit", i, uint64(c))
		}
		if seen&c != 0 {
			t.Errorf("category %d (%#x) shares its bit with another", i, uint64(c))
		}
		seen |= c
	}
}
