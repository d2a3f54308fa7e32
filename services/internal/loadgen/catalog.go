package loadgen

// The catalog: what generated listings and messages look like. Categories,
// price bands, tier ladders, SKU variants and shipping models follow the
// labelled corpus (../shared/corpus): a category's clean listings share a
// price band, tier discounts and a shipping cost per quantity, so that the
// market reference learns them and the planted violations stand out.

// shipBand is a quoted shipping model for orders of lo ≤ qty < hi: the total
// fee is (base + perUnit×qty) × jitter.
type shipBand struct {
	methods      []string
	lo, hi       float64
	base, perUnt float64
}

// variant is a SKU variant and its price multiplier.
type variant struct {
	name string
	mult float64
}

// customOffer is a customisation option with a range for its minimum quantity.
type customOffer struct {
	option string
	lo, hi float64
}

type category struct {
	id, unit, plural string
	path             []string
	typical          [2]float64 // base unit price band of clean listings
	moqs             []float64
	tierQtys         []float64
	disc             [2]float64 // discount per tier step
	vattr            string
	variants         []variant
	ship             []shipBand
	custom           []customOffer
	sample           bool
	ports            []string
	titles, feats    []string
}

const never = 1e12

var categories = []category{
	{
		id: "hair-extensions", unit: "gram", plural: "grams",
		path:    []string{"Beauty & Personal Care", "Hair Extensions & Wigs", "Human Hair", "Hair Extensions"},
		typical: [2]float64{0.45, 1.3}, moqs: []float64{100, 100, 200, 300, 500}, tierQtys: []float64{1000, 3000, 5000, 10000, 30000},
		disc: [2]float64{0.03, 0.10}, vattr: "Stretched Length",
		variants: []variant{{"10 inch", 0.8}, {"12 inch", 0.88}, {"14 inch", 0.95}, {"16 inch", 1}, {"18 inch", 1.1}, {"20 inch", 1.22}, {"24 inch", 1.5}},
		ship:     []shipBand{{[]string{"Express", "DHL Express", "FedEx IP"}, 0, 5000, 22, 0.055}, {[]string{"Air freight"}, 5000, never, 150, 0.012}},
		custom:   []customOffer{{"Customized logo", 1000, 5000}, {"Customized packaging", 1000, 3000}},
		sample:   true, ports: []string{"Qingdao", "Guangzhou", "Ho Chi Minh City"},
		titles: []string{"Double Drawn Virgin Hair Extensions Body Wave", "Keratin Flat Tip Remy Human Hair Extensions", "Tape In Hair Extensions 100% Human Hair", "Raw Cambodian Curly Hair Bundles"},
		feats:  []string{"Single-donor hair, cuticle aligned, no shedding.", "Can be dyed to 613; lasts 12-24 months.", "Each bundle weighs 100 g (+/-3 g)."},
	},
	{
		id: "quartz-slabs", unit: "square meter", plural: "square meters",
		path:    []string{"Construction & Real Estate", "Tiles & Accessories", "Quartz Tiles & Slabs"},
		typical: [2]float64{32, 85}, moqs: []float64{50, 100, 100, 200, 300}, tierQtys: []float64{500, 1000, 3000},
		disc: [2]float64{0.03, 0.09}, vattr: "Color",
		variants: []variant{{"Pure White", 1}, {"Beige Sand", 1}, {"Carrara Grey", 1.05}, {"Black Galaxy", 1.15}, {"Calacatta White", 1.25}},
		ship:     []shipBand{{[]string{"Sea freight", "Ocean shipping (LCL)"}, 0, never, 320, 8.5}},
		custom:   []customOffer{{"Customized logo", 300, 3000}, {"Cut-to-size", 100, 500}},
		sample:   true, ports: []string{"Xiamen", "Foshan"},
		titles: []string{"Engineered Quartz Stone Slabs 20mm Polished", "Calacatta Quartz Slab for Kitchen Countertops", "Quartz Vanity Top Prefab"},
		feats:  []string{"93% natural quartz, Mohs hardness 7.", "Water absorption under 0.02%.", "Packed in fumigated wooden A-frames."},
	},
	{
		id: "bread-proofing-baskets", unit: "piece", plural: "pieces",
		path:    []string{"Home & Garden", "Kitchen & Tabletop", "Bakeware", "Baking & Pastry Tools"},
		typical: [2]float64{1.9, 6.2}, moqs: []float64{2, 10, 50, 100, 200}, tierQtys: []float64{100, 500, 2000, 5000},
		disc: [2]float64{0.04, 0.12}, vattr: "Size",
		variants: []variant{{"8 inch round", 0.95}, {"9 inch round", 1}, {"10 inch round", 1.08}, {"25x15 cm oval", 1.12}},
		ship:     []shipBand{{[]string{"Express", "UPS Saver"}, 0, 300, 11, 0.85}, {[]string{"Sea freight"}, 300, never, 160, 0.09}},
		custom:   []customOffer{{"Customized logo", 200, 1000}},
		sample:   true, ports: []string{"Ningbo", "Xiamen"},
		titles: []string{"Natural Rattan Bread Proofing Basket with Liner", "Oval Rattan Dough Proofing Basket for Sourdough"},
		feats:  []string{"Handmade natural rattan, splinter-free.", "Comes with a washable cotton liner."},
	},
	{
		id: "steel-rebar", unit: "ton", plural: "tons",
		path:    []string{"Metals & Alloys", "Steel", "Steel Rebars"},
		typical: [2]float64{510, 720}, moqs: []float64{1, 5, 10, 25, 50}, tierQtys: []float64{50, 100, 500, 1000},
		disc: [2]float64{0.01, 0.04}, vattr: "Diameter",
		variants: []variant{{"10 mm", 1.02}, {"12 mm", 1}, {"16 mm", 1}, {"20 mm", 1}, {"25 mm", 1.01}},
		ship:     []shipBand{{[]string{"Sea freight (bulk)", "Break-bulk vessel"}, 0, never, 280, 46}},
		custom:   []customOffer{{"Cut length", 25, 100}},
		ports:    []string{"Tianjin", "Qingdao"},
		titles:   []string{"HRB400 Deformed Steel Rebar for Construction", "ASTM A615 Grade 60 Reinforcing Steel Bar"},
		feats:    []string{"Mill test certificate EN 10204 3.1 with every lot.", "Standard length 12 m."},
	},
	{
		id: "led-strip-lights", unit: "meter", plural: "meters",
		path:    []string{"Lights & Lighting", "LED Lighting", "LED Strip Lights"},
		typical: [2]float64{0.3, 1.9}, moqs: []float64{50, 100, 500, 1000}, tierQtys: []float64{1000, 5000, 20000, 50000},
		disc: [2]float64{0.04, 0.12}, vattr: "Type",
		variants: []variant{{"2835 60LED/m 12V", 1}, {"2835 120LED/m 24V", 1.5}, {"5050 RGB 60LED/m", 1.7}, {"COB 320LED/m 24V", 2}},
		ship:     []shipBand{{[]string{"Express", "DHL Express"}, 0, 5000, 14, 0.032}, {[]string{"Sea freight"}, 5000, never, 150, 0.006}},
		custom:   []customOffer{{"Customized logo", 1000, 5000}, {"Custom color temperature", 500, 2000}},
		sample:   true, ports: []string{"Shenzhen", "Guangzhou"},
		titles: []string{"SMD LED Strip Light 12V 24V Flexible Tape", "Waterproof IP65 LED Strip Light Smart Control"},
		feats:  []string{"3M adhesive backing, cuttable every 3 LEDs.", "CE and RoHS listed; 3-year warranty."},
	},
	{
		id: "solar-panels", unit: "watt", plural: "watts",
		path:    []string{"Renewable Energy", "Solar Energy Products", "Solar Panels"},
		typical: [2]float64{0.10, 0.20}, moqs: []float64{5000, 10000, 20000, 30000}, tierQtys: []float64{100000, 500000, 1000000},
		disc: [2]float64{0.02, 0.07}, vattr: "Power",
		variants: []variant{{"410W", 1.05}, {"450W", 1.02}, {"550W", 1}, {"580W", 1}},
		ship:     []shipBand{{[]string{"Express"}, 0, 2000, 120, 0.12}, {[]string{"Sea freight", "Ocean shipping (FCL)"}, 2000, never, 140, 0.017}},
		custom:   []customOffer{{"Customized logo", 100000, 500000}},
		sample:   true, ports: []string{"Ningbo", "Shanghai"},
		titles: []string{"Mono PERC Half Cell Solar Panel 410W-580W", "N-Type TOPCon Bifacial Solar Module"},
		feats:  []string{"12-year product warranty, 30-year power warranty.", "TUV and IEC 61215 certified."},
	},
	{
		id: "knitted-fabric", unit: "kilogram", plural: "kilograms",
		path:    []string{"Textiles & Leather Products", "Fabric", "Knitted Fabric"},
		typical: [2]float64{3.2, 8.0}, moqs: []float64{25, 100, 300, 500}, tierQtys: []float64{1000, 3000, 10000},
		disc: [2]float64{0.03, 0.08}, vattr: "Color",
		variants: []variant{{"Black", 1}, {"White", 1}, {"Navy", 1}, {"Heather grey", 1.05}},
		ship:     []shipBand{{[]string{"Express"}, 0, 101, 28, 5.4}, {[]string{"Sea freight (LCL)"}, 101, never, 110, 0.32}},
		custom:   []customOffer{{"Customized color", 500, 1500}},
		sample:   true, ports: []string{"Shaoxing", "Ningbo"},
		titles: []string{"180gsm Cotton Spandex Single Jersey Fabric", "French Terry Cotton Knitted Fabric 320gsm"},
		feats:  []string{"Width 170-180 cm.", "Oeko-Tex Standard 100 certified."},
	},
	{
		id: "running-shoes", unit: "pair", plural: "pairs",
		path:    []string{"Shoes & Accessories", "Sports Shoes", "Running Shoes"},
		typical: [2]float64{8, 28}, moqs: []float64{2, 10, 50, 100, 300}, tierQtys: []float64{200, 500, 1000, 5000},
		disc: [2]float64{0.04, 0.10}, vattr: "Size",
		variants: []variant{{"EU 39", 1}, {"EU 40", 1}, {"EU 41", 1}, {"EU 42", 1}, {"EU 43", 1}, {"EU 44", 1}},
		ship:     []shipBand{{[]string{"Express", "UPS Saver"}, 0, 60, 22, 10.5}, {[]string{"Sea freight"}, 60, never, 190, 0.85}},
		custom:   []customOffer{{"Customized logo", 300, 1000}},
		sample:   true, ports: []string{"Xiamen", "Quanzhou"},
		titles: []string{"Men's Breathable Mesh Running Shoes", "Trail Running Shoes Non-slip Outsole"},
		feats:  []string{"Fly-knit upper, EVA midsole.", "12 pairs per carton."},
	},
	{
		id: "cookware-sets", unit: "set", plural: "sets",
		path:    []string{"Home & Garden", "Kitchen & Tabletop", "Cookware", "Cookware Sets"},
		typical: [2]float64{13, 50}, moqs: []float64{10, 50, 100, 300}, tierQtys: []float64{500, 1000, 3000},
		disc: [2]float64{0.03, 0.09}, vattr: "Set Pieces",
		variants: []variant{{"5-piece set", 0.6}, {"8-piece set", 0.8}, {"10-piece set", 1}, {"12-piece set", 1.2}},
		ship:     []shipBand{{[]string{"Express"}, 0, 21, 30, 31}, {[]string{"Sea freight"}, 21, never, 240, 2.4}},
		custom:   []customOffer{{"Customized logo", 300, 1000}},
		sample:   true, ports: []string{"Guangzhou", "Jiangmen"},
		titles: []string{"Stainless Steel Cookware Set Induction Ready", "Non-Stick Granite Cookware Set with Lids"},
		feats:  []string{"PFOA-free coating, LFGB compliant.", "Tempered glass lids."},
	},
	{
		id: "phone-cases", unit: "piece", plural: "pieces",
		path:    []string{"Consumer Electronics", "Mobile Phone Accessories", "Mobile Phone Bags & Cases"},
		typical: [2]float64{0.45, 2.8}, moqs: []float64{10, 50, 100, 500}, tierQtys: []float64{500, 2000, 10000, 50000},
		disc: [2]float64{0.05, 0.16}, vattr: "Compatible Model",
		variants: []variant{{"iPhone 15", 1}, {"iPhone 15 Pro", 1}, {"Galaxy S24", 1}, {"Pixel 8", 1}},
		ship:     []shipBand{{[]string{"Express", "ePacket"}, 0, 5000, 11, 0.06}, {[]string{"Sea freight"}, 5000, never, 130, 0.008}},
		custom:   []customOffer{{"Customized logo", 500, 2000}},
		sample:   true, ports: []string{"Shenzhen", "Dongguan"},
		titles: []string{"Clear TPU Shockproof Phone Case", "Liquid Silicone Phone Case Soft Touch"},
		feats:  []string{"Raised edges protect the camera.", "Drop tested from 1.8 m."},
	},
	{
		id: "green-tea", unit: "kilogram", plural: "kilograms",
		path:    []string{"Food & Beverage", "Tea", "Green Tea"},
		typical: [2]float64{8, 50}, moqs: []float64{1, 5, 10, 50}, tierQtys: []float64{50, 200, 1000},
		disc: [2]float64{0.04, 0.12}, vattr: "Grade",
		variants: []variant{{"Grade A", 1}, {"Grade AA", 1.2}, {"Grade AAA", 1.45}},
		ship:     []shipBand{{[]string{"Express", "EMS"}, 0, 51, 26, 8.8}, {[]string{"Sea freight"}, 51, never, 150, 0.45}},
		custom:   []customOffer{{"Customized packaging", 100, 500}},
		sample:   true, ports: []string{"Shanghai", "Hangzhou"},
		titles: []string{"Chunmee Green Tea 9371", "Organic Sencha Green Tea Loose Leaf"},
		feats:  []string{"EU MRL compliant.", "Spring harvest, vacuum packed."},
	},
	{
		id: "custom-paper-boxes", unit: "piece", plural: "pieces",
		path:    []string{"Packaging & Printing", "Packaging Boxes", "Paper Boxes"},
		typical: [2]float64{0.12, 1.4}, moqs: []float64{300, 500, 1000, 2000}, tierQtys: []float64{1000, 3000, 5000, 10000},
		disc: [2]float64{0.15, 0.40}, vattr: "Size",
		variants: []variant{{"10x10x5 cm", 1}, {"15x15x8 cm", 1.35}, {"20x20x10 cm", 1.8}},
		ship:     []shipBand{{[]string{"Express"}, 0, 2001, 22, 0.085}, {[]string{"Sea freight"}, 2001, never, 150, 0.018}},
		custom:   []customOffer{{"Custom size", 500, 2000}},
		sample:   true, ports: []string{"Dongguan", "Shenzhen"},
		titles: []string{"Custom Printed Corrugated Mailer Boxes", "Kraft Paper Folding Carton Box"},
		feats:  []string{"CMYK offset printing, matte lamination.", "Price includes printing plates and die-cutting setup."},
	},
	{
		id: "copper-power-cable", unit: "meter", plural: "meters",
		path:    []string{"Electrical Equipment & Supplies", "Wires, Cables & Cable Assemblies", "Power Cables"},
		typical: [2]float64{0.4, 1.4}, moqs: []float64{100, 500, 1000, 3000}, tierQtys: []float64{5000, 10000, 50000},
		disc: [2]float64{0.02, 0.06}, vattr: "Cross Section",
		variants: []variant{{"1.5 mm2", 1}, {"2.5 mm2", 1.55}, {"4 mm2", 2.4}, {"6 mm2", 3.5}},
		ship:     []shipBand{{[]string{"Express"}, 0, 301, 35, 0.5}, {[]string{"Sea freight"}, 301, never, 140, 0.11}},
		custom:   []customOffer{{"Customized printing on sheath", 3000, 10000}},
		sample:   true, ports: []string{"Ningbo", "Tianjin"},
		titles: []string{"Copper Core PVC Insulated Power Cable", "BV Single Core Copper Building Wire"},
		feats:  []string{"99.99% oxygen-free copper conductor.", "IEC 60227 compliant."},
	},
	{
		id: "cotton-t-shirts", unit: "piece", plural: "pieces",
		path:    []string{"Apparel", "Men's Clothing", "T-Shirts"},
		typical: [2]float64{2.1, 7.5}, moqs: []float64{2, 10, 50, 100}, tierQtys: []float64{100, 500, 1000, 5000},
		disc: [2]float64{0.05, 0.15}, vattr: "Size",
		variants: []variant{{"S", 1}, {"M", 1}, {"L", 1}, {"XL", 1}, {"XXL", 1.08}},
		ship:     []shipBand{{[]string{"Express"}, 0, 301, 16, 0.26}, {[]string{"Sea freight"}, 301, never, 150, 0.05}},
		custom:   []customOffer{{"Customized logo", 100, 500}},
		sample:   true, ports: []string{"Guangzhou", "Ningbo"},
		titles: []string{"180gsm 100% Cotton Blank T-Shirts", "Oversized Heavyweight Cotton Tee"},
		feats:  []string{"Combed ring-spun cotton, pre-shrunk.", "Sizes S-3XL, 12 colours in stock."},
	},
}

// CategoryIDs lists the categories the generator knows.
func CategoryIDs() []string {
	ids := make([]string, len(categories))
	for i, c := range categories {
		ids[i] = c.id
	}
	return ids
}

// decoySKUs are the accessory and placeholder variants of abused_sku listings.
var decoySKUs = []string{"Price difference link / 补差价", "Gift box only", "Thank-you card", "Spare part", "Sample chip", "Extra packaging bag"}

var paymentTerms = []string{"Trade Assurance, T/T, L/C at sight.", "Alibaba.com Pay under Trade Assurance.", "30% deposit, 70% before shipment, via Trade Assurance."}

// phrasebook is one language's message templates. {p} is a product, {q} a
// quantity, {phone}, {handle} and {mail} a contact, {app} a messaging app.
type phrasebook struct {
	buyerAsk     []string // product questions
	sellerAnswer []string // clean answers
	buyerContact []string // the buyer asks for the seller's contact first
	sellerReply  []string // contact given on the buyer's request (allowed)
	sellerLure   []string // contact pushed on the seller's own initiative (offplatform_contact)
	buyerTA      []string // the buyer asks about Trade Assurance
	sellerTAOK   []string // Trade Assurance accepted (clean)
	sellerTANo   []string // Trade Assurance refused or conditioned (trade_assurance_refusal)
	buyerPaid    []string // the buyer paid (order stage "ordered")
	sellerPaper  []string // contact asked for order paperwork (allowed)
}

var apps = []string{"WhatsApp", "WeChat", "Telegram", "Skype", "WhatsApp"}

var phrasebooks = map[string]phrasebook{
	"en": {
		buyerAsk:     []string{"What is the price for {q} units of {p}?", "Can you do OEM packaging for {p}?", "How long is the lead time for {q} pcs?", "Do you have the {p} in stock?"},
		sellerAnswer: []string{"For {q} units the price is on the listing; lead time is 15 days.", "Yes, OEM packaging is available from the listed customisation quantity.", "We have {p} in stock and can ship within a week.", "Sure, I am uploading photos and a video here now."},
		buyerContact: []string{"Can you give me your {app}? It is easier for me.", "Please share your {app} number so we can talk there."},
		sellerReply:  []string{"Sure, my {app} is {phone}.", "OK, as you asked: {app} {phone}."},
		sellerLure:   []string{"Add my {app} {phone} for a better price.", "Please contact me on {app}: {phone}, I reply faster there.", "Send me an email at {mail}, we can talk outside Alibaba.", "{app} ID: {handle} - add me for the catalogue."},
		buyerTA:      []string{"Can I pay with Trade Assurance?", "Is this order covered by Trade Assurance?"},
		sellerTAOK:   []string{"Yes, Trade Assurance is fine, same price.", "Of course, we accept Trade Assurance for every order."},
		sellerTANo:   []string{"We don't accept Trade Assurance, only T/T.", "Trade Assurance takes too long, please pay by Western Union.", "With Trade Assurance the price is 5% higher."},
		buyerPaid:    []string{"Payment done.", "I have paid the deposit."},
		sellerPaper:  []string{"Thank you! Please provide your e-mail so we can send the commercial invoice.", "Please give us the consignee's phone number for the customs declaration."},
	},
	"zh": {
		buyerAsk:     []string{"{p}{q}个多少钱？", "可以做OEM吗？", "{q}件交期多久？", "有现货吗？"},
		sellerAnswer: []string{"{q}个按页面阶梯价，交期15天。", "可以做OEM，起订量见定制选项。", "有现货，一周内发货。", "好的，我现在在这里上传图片和视频。"},
		buyerContact: []string{"可以加个微信吗？", "方便给我你的微信号吗？"},
		sellerReply:  []string{"可以，我的微信是{handle}。", "好的，微信号：{handle}"},
		sellerLure:   []string{"加我微信{handle}，给你更优惠的价格。", "加v：{handle}，详细聊。", "请加我的QQ {digits}，站外聊更方便。"},
		buyerTA:      []string{"可以走信保吗？", "这个单可以用信用保障吗？"},
		sellerTAOK:   []string{"可以走信保，价格一样。", "支持信用保障订单。"},
		sellerTANo:   []string{"不接受信保，只接受T/T。", "走信保要加5%手续费。"},
		buyerPaid:    []string{"已付款。", "定金已付。"},
		sellerPaper:  []string{"谢谢！请提供邮箱，我们发商业发票。", "请提供收货人电话用于清关。"},
	},
	"es": {
		buyerAsk:     []string{"¿Cuál es el precio de {q} unidades?", "¿Pueden hacer empaque OEM?", "¿Cuánto tarda la producción de {q} piezas?"},
		sellerAnswer: []string{"Para {q} unidades el precio está en el anuncio; entrega en 15 días.", "Sí, hacemos empaque OEM.", "Tenemos stock y enviamos en una semana."},
		buyerContact: []string{"¿Me das tu {app}? Es más fácil para mí.", "¿Puedes compartir tu número de {app}?"},
		sellerReply:  []string{"Claro, mi {app} es {phone}.", "Sí, como pediste: {app} {phone}."},
		sellerLure:   []string{"Agrégame a {app} {phone} para un mejor precio.", "Escríbeme por {app} al {phone}, respondo más rápido."},
		buyerTA:      []string{"¿Puedo pagar con Trade Assurance?"},
		sellerTAOK:   []string{"Sí, aceptamos Trade Assurance, mismo precio."},
		sellerTANo:   []string{"No aceptamos Trade Assurance, solo transferencia bancaria.", "Con Trade Assurance el precio sube un 5%."},
		buyerPaid:    []string{"Pago realizado."},
		sellerPaper:  []string{"¡Gracias! Por favor envíe su correo para la factura comercial."},
	},
	"pt": {
		buyerAsk:     []string{"Qual o preço para {q} unidades?", "Vocês fazem embalagem OEM?"},
		sellerAnswer: []string{"Para {q} unidades o preço está no anúncio; prazo de 15 dias.", "Sim, fazemos embalagem OEM."},
		buyerContact: []string{"Pode me passar seu {app}?"},
		sellerReply:  []string{"Claro, meu {app} é {phone}."},
		sellerLure:   []string{"Me chama no {app} {phone}, fica mais fácil negociar por lá.", "Pode me passar seu zap? Fica mais fácil negociar por lá."},
		buyerTA:      []string{"Posso pagar com Trade Assurance?"},
		sellerTAOK:   []string{"Sim, aceitamos Trade Assurance, mesmo preço."},
		sellerTANo:   []string{"Não aceitamos Trade Assurance, só transferência bancária."},
		buyerPaid:    []string{"Pagamento feito."},
		sellerPaper:  []string{"Obrigado! Envie seu e-mail para a fatura comercial."},
	},
	"ru": {
		buyerAsk:     []string{"Какая цена за {q} штук?", "Можно сделать упаковку OEM?"},
		sellerAnswer: []string{"Цена за {q} штук указана в объявлении, срок 15 дней.", "Да, упаковка OEM возможна."},
		buyerContact: []string{"Дайте, пожалуйста, ваш {app}."},
		sellerReply:  []string{"Конечно, мой {app}: {phone}."},
		sellerLure:   []string{"Напишите мне в {app} {phone}, там дешевле.", "Мой телеграм @{handle}, пишите туда."},
		buyerTA:      []string{"Можно оплатить через Trade Assurance?"},
		sellerTAOK:   []string{"Да, Trade Assurance принимаем, цена та же."},
		sellerTANo:   []string{"Через Trade Assurance не работаем, только прямой перевод на счёт компании."},
		buyerPaid:    []string{"Оплата отправлена."},
		sellerPaper:  []string{"Спасибо! Укажите e-mail для коммерческого инвойса."},
	},
	"fr": {
		buyerAsk:     []string{"Quel est le prix pour {q} unités ?", "Faites-vous l'emballage OEM ?"},
		sellerAnswer: []string{"Pour {q} unités le prix est sur l'annonce ; délai 15 jours.", "Oui, l'emballage OEM est possible."},
		buyerContact: []string{"Pouvez-vous me donner votre {app} ?"},
		sellerReply:  []string{"Bien sûr, mon {app} : {phone}."},
		sellerLure:   []string{"Ajoutez-moi sur {app} {phone} pour un meilleur prix.", "Contactez-moi sur {app} au {phone}."},
		buyerTA:      []string{"Puis-je payer avec Trade Assurance ?"},
		sellerTAOK:   []string{"Oui, nous acceptons Trade Assurance, même prix."},
		sellerTANo:   []string{"Nous n'acceptons pas Trade Assurance, seulement virement T/T."},
		buyerPaid:    []string{"Paiement effectué."},
		sellerPaper:  []string{"Merci ! Merci d'indiquer votre e-mail pour la facture commerciale."},
	},
	"ar": {
		buyerAsk:     []string{"ما هو السعر لـ {q} قطعة؟", "هل يمكنكم عمل تغليف OEM؟"},
		sellerAnswer: []string{"السعر لـ {q} قطعة موجود في الإعلان، مدة التسليم 15 يوما.", "نعم، التغليف OEM متاح."},
		buyerContact: []string{"ممكن رقم الواتساب حقك؟"},
		sellerReply:  []string{"بالتأكيد، رقم الواتساب {phone}."},
		sellerLure:   []string{"تواصل معي على الواتساب {phone} للحصول على سعر أفضل."},
		buyerTA:      []string{"هل يمكنني الدفع عبر Trade Assurance؟"},
		sellerTAOK:   []string{"نعم، نقبل Trade Assurance بنفس السعر."},
		sellerTANo:   []string{"لا نقبل Trade Assurance، فقط تحويل بنكي T/T."},
		buyerPaid:    []string{"تم الدفع."},
		sellerPaper:  []string{"شكرا! يرجى إرسال بريدك الإلكتروني للفاتورة التجارية."},
	},
}

// LanguageCodes lists the languages messages are generated in.
func LanguageCodes() []string { return []string{"en", "zh", "es", "pt", "ru", "fr", "ar"} }
