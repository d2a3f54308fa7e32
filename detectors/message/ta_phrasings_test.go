package message_test

import (
	"slices"
	"testing"
)

// TestTAPhrasings checks phrasings written apart from the family templates
// (other wordings of the same families), so the models are not fitted to
// the templates alone.
func TestTAPhrasings(t *testing.T) {
	d := newDetector(t)
	pos := []string{
		"For TA orders we need to add 5% because Alibaba charges us.",
		"Trade assurance price: USD 12.5/pc. Wire transfer price: USD 11.8/pc.",
		"If you use trade assurance, unit price will be $3.40 instead of $3.10",
		"Sorry dear, our company doesn't support Trade Assurance.",
		"TA is only available for orders over USD 10,000.",
		"We can't open Trade Assurance order for sample.",
		"Trade Assurance needs 2 weeks extra processing, better to pay by TT.",
		"信保的话价格要上调5%。",
		"信保订单运费另算，贵50美金。",
		"样品不走信保，请直接付款到我的支付宝。",
		"Con Garantía Comercial el precio sube a 5,20 USD.",
		"Trade Assurance ile fiyat %5 daha yüksek olur.",
		"Trade Assurance는 지원되지 않습니다.",
		"Avec Trade Assurance, il faut ajouter 4% de frais.",
		"Через Trade Assurance цена будет выше на 5%.",
		"Mit Trade Assurance kostet es 5% mehr.",
		"Trade Assurance tidak bisa untuk order sampel.",
		"Trade Assurance qua sàn thì giá cao hơn 5%.",
		"We only accept Western Union or MoneyGram.",
		"Can you pay via Payoneer? It's easier for us.",
		"请走支付宝转账。",
		"Trade Assurance? Sorry, not for this item.",
		"Trade Assurance order is 3% higher.",
		"Alibaba price is $2.50, outside Alibaba $2.30.",
		"平台价格15元，线下12元。",
		"通过阿里巴巴下单要加3%。",
		"Minimum order for Trade Assurance is USD 3000.",
		"Trade Assurance available only from 500 pcs.",
		"With Trade Assurance the price is different.",

		"트레이드 어슈어런스로 하시면 단가가 올라갑니다.",
		"무역 보증 주문은 5% 더 받아야 합니다.",
		"트레이드 어슈어런스는 저희가 안 해요. 계좌이체만 됩니다.",
		"Trade Assurance siparişlerinde fiyat %4 artar.",
		"Ticaret Güvencesi ile birim fiyat 5,20 USD, havale ile 4,80 USD.",
		"Trade Assurance bu ülke için geçerli değil.",
		"Trade Assurance ile sipariş veremiyoruz, sadece Western Union.",
		"ضمان التجارة غير متوفر لبلدك.",
		"إذا استخدمت ضمان التجارة سيرتفع السعر 5%.",
		"مع ضمان التجارة السعر 5.20 دولار، بالتحويل المباشر 4.80 دولار.",
		"نحن لا نتعامل مع ضمان التجارة.",
		"Avec Trade Assurance le prix unitaire passe à 5,20 $ au lieu de 4,80 $.",
		"Trade Assurance n'est pas possible pour les petites commandes.",
		"Nous ne travaillons pas avec Trade Assurance, seulement virement.",
		"Par la plateforme, comptez 5% de plus.",
		"Trade Assurance nur ab 5000 USD Bestellwert.",
		"Mit Trade Assurance wird es teurer.",
		"取引保証だと単価が5%上がります。",
		"Trade Assurance thì giá tăng 5%.",
		"Kalau pakai Trade Assurance harga naik 5%.",
		"Con Trade Assurance il prezzo aumenta del 5%.",
		"Trade Assurance se order karoge to price 5% badh jayega.",
	}
	for _, text := range pos {
		if got := lastCodes(t, d, buyer("Can I pay by Trade Assurance?"), seller(text)); !slices.Contains(got, ta) {
			t.Errorf("refusal missed: %q", text)
		}
	}
	neg := []string{
		"Trade Assurance is free for buyers, the fee is paid by the seller.",
		"Yes, we support Trade Assurance, it protects you 100%.",
		"Trade Assurance covers your order up to USD 50,000.",
		"The price is $5.20 for 100 pcs and $4.80 for 500 pcs, all with Trade Assurance.",
		"We never charge extra for Trade Assurance.",
		"Please don't pay by Western Union, use Trade Assurance to be safe.",
		"信保订单我们已经发过去了，请查收。",
		"我们支持信保，也支持电汇，价格一样。",
		"Trade Assurance order received, thank you! We will ship in 5 days.",
		"Con Trade Assurance no hay ningún recargo.",
		"Trade Assurance siparişleri için ekstra ücret almıyoruz.",
		"Trade Assurance 주문은 추가 요금이 없습니다.",
		"If you don't choose Trade Assurance, your payment is not protected.",
		"Yes, please create the order and I'll confirm.",
		"Trade Assurance shipping is the same, $80 by DHL.",
		"Shipping by DHL is $80, by sea $30, you can pay with Trade Assurance.",
		"Trade Assurance is not only safe but also fast.",
		"Our price on Alibaba is $5.20, minimum order 100 pcs.",
		"No problem, Trade Assurance is OK.",
		"Trade Assurance protects you if the goods are not as described.",
		"We received your T/T payment, thank you.",
		"Lead time is from 3 days after the Trade Assurance payment.",
		"Trade Assurance covers orders from USD 1 to USD 50,000.",
		"Price $5.20 + shipping $80, you can pay via Trade Assurance.",
		"Our Alibaba store price is $5.20, but for 1000 pcs we can do $4.80.",
		"Please add $50 for shipping and pay through Trade Assurance.",
		"30% deposit $1500 and balance $3500 before shipment, all through Trade Assurance.",

		"트레이드 어슈어런스로 주문하셔도 가격은 같습니다.",
		"Trade Assurance ile de fiyat değişmez.",
		"ضمان التجارة لا يكلفك أي شيء إضافي.",
		"Trade Assurance ne vous coûte rien de plus.",
		"Trade Assurance kostet Sie nichts extra.",
		"取引保証でも価格は変わりません。",
		"Trade Assurance không làm tăng giá.",
		"Trade Assurance tidak menambah biaya.",
		"Trade Assurance non costa nulla in più.",
		"Trade Assurance se price same rahega.",
		"Trade Assurance est gratuit pour vous.",
		"Nous n'acceptons pas PayPal, mais Trade Assurance oui.",
	}
	for _, text := range neg {
		if got := lastCodes(t, d, buyer("Can I pay by Trade Assurance?"), seller(text)); slices.Contains(got, ta) {
			t.Errorf("clean message flagged: %q", text)
		}
	}
}
