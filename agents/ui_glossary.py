"""A task in one language, a screen in another: the common controls by what they mean.

A traveller types "add this to my cart" on a shop that shows Thai ("เพิ่มลงรถเข็น"); a Spanish
speaker says "llama a la farmacia" on a phone set to English ("Call"). Words cannot meet across
languages, so the few concepts apps put on their buttons everywhere (cart, add, buy, pay, call,
search, send, delete, save, share, download, settings, message) are listed with their usual
words in the languages phones ship. A label gets credit for a concept the task names in ANOTHER
language only: within one language the ranker's own words and synonyms already decide.
"""

from __future__ import annotations

import re
from functools import cache

from ..unitext import NO_SPACES
from .text import normalize

# concept: language=words|words; ... (en de fr es pt it nl pl ru tr id vi th zh ja ko ar fa hi)
_TABLE = """
cart: en=cart|basket|shopping bag|trolley; de=warenkorb|einkaufswagen; fr=panier; es=carrito|cesta; pt=carrinho|sacola;
  it=carrello; nl=winkelwagen|winkelmandje; pl=koszyk; ru=корзина|корзину; tr=sepet|sepete; id=keranjang|troli; vi=giỏ hàng;
  th=รถเข็น|ตะกร้า; zh=购物车|購物車; ja=カート; ko=장바구니; ar=سلة|عربة التسوق; fa=سبد خرید; hi=कार्ट
add: en=add; de=hinzufügen|füge|legen; fr=ajouter|ajoute; es=añadir|añade|agregar|agrega; pt=adicionar|adiciona;
  it=aggiungi|aggiungere; nl=toevoegen|voeg;
  pl=dodaj|dodać; ru=добавить|добавь; tr=ekle; id=tambah|tambahkan|masukkan|masukan; vi=thêm; th=เพิ่ม|ใส่;
  zh=加入|添加|新增; ja=追加|入れる; ko=추가|담기; ar=أضف|إضافة; fa=افزودن|اضافه; hi=जोड़ें|डालें
buy: en=buy|purchase; de=kaufen|kauf|kaufe; fr=acheter|achète; es=comprar|compra|cómpralo; pt=comprar|compra;
  it=acquista|compra; nl=kopen|koop; pl=kup|kupić; ru=купить|купи;
  tr=satın al; id=beli; vi=mua; th=ซื้อ; zh=购买|購買|立即购买|立即購買; ja=購入|買う; ko=구매|구입; ar=شراء|اشتر; fa=خرید;
  hi=खरीदें|ख़रीदें
pay: en=pay|payment; de=bezahlen|bezahle|zahlen; fr=payer|paie|paiement; es=pagar|paga|pago; pt=pagar|paga;
  it=paga|pagare; nl=betalen|betaal; pl=zapłać;
  ru=оплатить|оплата; tr=öde|ödeme; id=bayar|pembayaran; vi=thanh toán; th=ชำระเงิน|จ่าย; zh=支付|付款; ja=支払;
  ko=결제; ar=دفع; fa=پرداخت; hi=भुगतान
call: en=call|dial; de=anrufen|anruf; fr=appeler|appelle; es=llamar|llama|llámale|llámala; pt=ligar|liga; it=chiama|chiamare;
  nl=bellen|bel; pl=zadzwoń|połącz;
  ru=позвонить|позвони|вызов; id=telepon|panggil; vi=gọi; th=โทร; zh=呼叫|拨打|撥打|打电话|打電話; ja=電話|発信;
  ko=전화|통화; ar=اتصال|اتصل; fa=تماس; hi=कॉल
search: en=search|find; de=suchen|suche; fr=rechercher|chercher|cherche; es=buscar|busca; pt=pesquisar|pesquisa|procurar|procura;
  it=cerca|cercare;
  nl=zoeken|zoek; pl=szukaj|wyszukaj; ru=поиск|найти|найди; id=cari; vi=tìm kiếm|tìm; th=ค้นหา; zh=搜索|搜尋|查找;
  ja=検索|探す; ko=검색|찾기; ar=بحث|ابحث; fa=جستجو; hi=खोजें|खोज
send: en=send; de=senden|sende|schicken|schick; fr=envoyer|envoie; es=enviar|envía|envia|manda; pt=enviar|envia|manda;
  it=invia|inviare|manda; nl=verzenden|sturen|stuur; pl=wyślij|wysłać;
  ru=отправить|отправь; tr=gönder; id=kirim; vi=gửi; th=ส่ง; zh=发送|傳送|發送; ja=送信|送る; ko=보내기|전송;
  ar=إرسال|أرسل; fa=ارسال|بفرست; hi=भेजें
delete: en=delete|remove|erase; de=löschen|lösche|lösch|entfernen|entferne; fr=supprimer|supprime|effacer|efface;
  es=eliminar|elimina|borrar|borra; pt=excluir|exclui|apagar|apaga;
  it=elimina|eliminare; nl=verwijderen; pl=usuń|usunąć; ru=удалить|удали; tr=sil; id=hapus; vi=xóa|xoá; th=ลบ;
  zh=删除|刪除; ja=削除|消す; ko=삭제|지우기; ar=حذف|احذف; fa=حذف; hi=हटाएं|हटाएँ|डिलीट
save: en=save; de=speichern|speichere|speicher|merken; fr=enregistrer|enregistre|sauvegarder; es=guardar|guarda;
  pt=salvar|salva|guardar|guarda; it=salva|salvare; nl=opslaan|bewaren|bewaar;
  pl=zapisz|zapisać; ru=сохранить|сохрани; tr=kaydet; id=simpan; vi=lưu; th=บันทึก; zh=保存|儲存|收藏; ja=保存;
  ko=저장; ar=حفظ|احفظ; fa=ذخیره; hi=सहेजें|सेव
share: en=share; de=teilen|teile|teil; fr=partager|partage; es=compartir|comparte; pt=compartilhar|compartilha|partilhar;
  it=condividi; nl=delen|deel;
  pl=udostępnij; ru=поделиться; tr=paylaş; id=bagikan; vi=chia sẻ; th=แชร์; zh=分享; ja=共有|シェア; ko=공유;
  ar=مشاركة|شارك; fa=اشتراک; hi=शेयर|साझा
download: en=download; de=herunterladen; fr=télécharger|télécharge; es=descargar|descarga; pt=baixar|baixa;
  it=scarica|scaricare;
  nl=downloaden; pl=pobierz|pobrać; ru=скачать|загрузить; tr=indir; id=unduh; vi=tải xuống|tải về; th=ดาวน์โหลด;
  zh=下载|下載; ja=ダウンロード; ko=다운로드; ar=تنزيل|تحميل; fa=دانلود; hi=डाउनलोड
settings: en=settings; de=einstellungen; fr=paramètres|réglages; es=ajustes|configuración; pt=configurações|definições;
  it=impostazioni; nl=instellingen; pl=ustawienia; ru=настройки; tr=ayarlar; id=pengaturan|setelan; vi=cài đặt;
  th=การตั้งค่า|ตั้งค่า; zh=设置|設定; ja=設定; ko=설정; ar=الإعدادات|إعدادات; fa=تنظیمات; hi=सेटिंग्स|सेटिंग
message: en=message|messages|chat; de=nachricht|nachrichten; fr=message|messages; es=mensaje|mensajes; pt=mensagem|mensagens;
  it=messaggio|messaggi; nl=bericht|berichten; pl=wiadomość|wiadomości|czat; ru=сообщение|сообщения|чат; tr=mesaj|mesajlar;
  vi=tin nhắn; th=ข้อความ|แชท; zh=消息|訊息|聊天; ja=メッセージ|チャット; ko=메시지|채팅; ar=رسالة|رسائل|دردشة;
  fa=پیام|گفتگو; hi=संदेश|मैसेज|चैट
"""
_CREDIT = 0.75  # per concept; two concepts (add + cart) make a button's whole meaning


@cache
def _glossary() -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for entry in re.split(r"\n(?=\w+:)", _TABLE.strip()):
        concept, _, body = entry.partition(":")
        langs = out.setdefault(concept.strip(), {})
        for part in body.split(";"):
            lang, _, said = part.strip().partition("=")
            if said:
                langs[lang] = tuple(normalize(p) for p in said.split("|"))
    return out


def _has(text: str, phrase: str) -> bool:
    if NO_SPACES.search(phrase):  # Thai, Chinese, Japanese, Korean: written into the word
        return phrase in text
    return re.search(rf"(?<!\w){re.escape(phrase)}(?:s|es)?(?!\w)", text) is not None


def concepts(text: str) -> dict[str, set[str]]:
    """Each concept ``text`` names, with the languages whose words say it."""
    said = normalize(text)
    found: dict[str, set[str]] = {}
    for concept, langs in _glossary().items():
        hits = {lang for lang, phrases in langs.items() if any(_has(said, p) for p in phrases)}
        if hits:
            found[concept] = hits
    return found


def fit(task_concepts: dict[str, set[str]], label: str) -> float:
    """Credit for the concepts ``label`` shares with the task in another language only (at most two)."""
    if not task_concepts or not label:
        return 0.0
    shared = [c for c, langs in concepts(label).items() if c in task_concepts and not langs & task_concepts[c]]
    return _CREDIT * min(len(shared), 2)


__all__ = ["concepts", "fit"]
