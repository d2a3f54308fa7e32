package message

import (
	"encoding/json"
	"fmt"
	"math/bits"
)

// Channel is a communication channel outside the platform.
type Channel uint8

// Channels the detector recognises. The order is part of ChannelSet's bit
// layout, which is persisted by name, not by number, so it may change.
const (
	ChannelUnknown Channel = iota // a handle whose app the text does not name
	ChannelWhatsApp
	ChannelWeChat
	ChannelQQ
	ChannelTelegram
	ChannelSkype
	ChannelLine
	ChannelViber
	ChannelEmail
	ChannelPhone
	ChannelFax
	ChannelSignal
	ChannelZoom
	ChannelInstagram
	ChannelFacebook
	ChannelLinkedIn
	ChannelKakaoTalk
	ChannelZalo
	ChannelSnapchat
	ChannelDingTalk
	ChannelTikTok
	ChannelContact // "contact details" without a named app
	ChannelVK
	ChannelThreema
	ChannelBiP     // Turkey's messaging app
	ChannelIMO     // imo messenger
	ChannelNaver   // Naver (Korea): blog, cafe, search
	ChannelWebsite // the merchant's own website, written with its dots spelt out
	ChannelDiscord
	ChannelMarketplace // another marketplace's shop and chat: Shopee, Tokopedia, Amazon
	numChannels
)

var channelNames = [numChannels]string{
	"handle", "whatsapp", "wechat", "qq", "telegram", "skype", "line", "viber", "email", "phone",
	"fax", "signal", "zoom", "instagram", "facebook", "linkedin", "kakaotalk", "zalo", "snapchat",
	"dingtalk", "tiktok", "contact", "vk", "threema", "bip", "imo", "naver", "website",
	"discord", "marketplace",
}

// channelLabels are the display names used in explanations.
var channelLabels = [numChannels]string{
	"messaging-app", "WhatsApp", "WeChat", "QQ", "Telegram", "Skype", "LINE", "Viber", "e-mail",
	"phone", "fax", "Signal", "Zoom", "Instagram", "Facebook", "LinkedIn", "KakaoTalk", "Zalo", "Snapchat",
	"DingTalk", "TikTok", "contact details", "VK", "Threema", "BiP", "IMO", "Naver", "website", "Discord",
	"another marketplace",
}

var channelLabelsZH = [numChannels]string{
	"站外账号", "WhatsApp", "微信", "QQ", "Telegram", "Skype", "LINE", "Viber", "电子邮箱", "电话", "传真",
	"Signal", "Zoom", "Instagram", "Facebook", "LinkedIn", "KakaoTalk", "Zalo", "Snapchat", "钉钉",
	"TikTok", "联系方式", "VK", "Threema", "BiP", "IMO", "Naver", "网站", "Discord", "其他电商平台",
}

// String is the channel's evidence name, e.g. "whatsapp".
func (c Channel) String() string {
	if c < numChannels {
		return channelNames[c]
	}
	return "unknown"
}

// phoneCapable reports whether a bare number next to the channel's name is
// that channel's account (WhatsApp, Viber, … are keyed by phone number).
func (c Channel) phoneCapable() bool {
	switch c {
	case ChannelWhatsApp, ChannelWeChat, ChannelTelegram, ChannelSkype, ChannelLine, ChannelViber,
		ChannelPhone, ChannelFax, ChannelSignal, ChannelKakaoTalk, ChannelZalo, ChannelContact, ChannelThreema,
		ChannelBiP, ChannelIMO:
		return true
	}
	return false
}

// paperwork reports whether an order or its logistics may legitimately need
// the channel (e-mail, phone, fax), which the rulebook allows.
func (c Channel) paperwork() bool {
	switch c {
	case ChannelEmail, ChannelPhone, ChannelFax, ChannelContact:
		return true
	}
	return false
}

// ChannelSet is a small set of channels. It is persisted as a JSON array of
// channel names so that the stored form survives a reordering of the constants.
type ChannelSet uint32

// Add returns the set with c added.
func (s ChannelSet) Add(c Channel) ChannelSet { return s | 1<<c }

// Has reports whether c is in the set.
func (s ChannelSet) Has(c Channel) bool { return s&(1<<c) != 0 }

// Len is the number of channels in the set.
func (s ChannelSet) Len() int { return bits.OnesCount32(uint32(s)) }

// Names lists the set's channel names in constant order.
func (s ChannelSet) Names() []string {
	if s == 0 {
		return nil
	}
	out := make([]string, 0, s.Len())
	for c := Channel(0); c < numChannels; c++ {
		if s.Has(c) {
			out = append(out, c.String())
		}
	}
	return out
}

// MarshalJSON encodes the set as an array of names.
func (s ChannelSet) MarshalJSON() ([]byte, error) {
	names := s.Names()
	if names == nil {
		names = []string{}
	}
	return json.Marshal(names)
}

// UnmarshalJSON decodes an array of names; an unknown name is an error so that
// a corrupted state is noticed rather than silently narrowed.
func (s *ChannelSet) UnmarshalJSON(data []byte) error {
	var names []string
	if err := json.Unmarshal(data, &names); err != nil {
		return err
	}
	var out ChannelSet
	for _, n := range names {
		found := false
		for c := Channel(0); c < numChannels; c++ {
			if channelNames[c] == n {
				out = out.Add(c)
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("message: unknown channel %q", n)
		}
	}
	*s = out
	return nil
}
