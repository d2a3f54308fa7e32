package message

// r2numLexicon: "เบอร์ดิฉัน" (my number, formal first person after the noun).
var r2numLexicon = []lexEntry{
	{catPossSelfPost, 0, []string{"ดิฉัน"}},
}
