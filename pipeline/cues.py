"""Language-aware vocabularies and patterns that mark boilerplate lines.

Data more than code: each rule is (kind, rule id, pattern, longest line it may match). The length
cap is what keeps a rule from eating article prose that merely mentions a cue word ("Kommentar"
in a sentence is text, "Kommentare (12)" on its own line is a comment prompt). Rule ids are stored
with every removed segment, so a wrong removal can be traced to the line here that made it.
Covered: German, English, French, Spanish, Italian, Dutch, Polish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.patternset import Prefiltered
from pipeline.reasons import SegmentKind as K


@dataclass(frozen=True, slots=True)
class LineRule:
    kind: K
    rule: str
    pattern: re.Pattern[str]
    max_chars: int
    lowered: bool = False  # ``pattern`` is case-sensitive and expects lower-cased text

    def matches(self, text: str, lower: str) -> bool:
        """Does the rule fire on a line (``lower`` is ``text.lower()``, made once a line)?"""
        if len(text) > self.max_chars:
            return False
        return bool(self.pattern.search(lower if self.lowered else text))


_UPPER_LITERAL = re.compile(r"[A-Z\u00c0-\u00de]")


def _rule(kind: K, rule: str, pattern: str, max_chars: int = 120) -> LineRule:
    """Rules are case-insensitive. Python's ``re`` is about three times slower with IGNORECASE
    than on lower-cased text, so a pattern without upper-case literals (after its escapes are
    taken out) runs case-sensitively on the lower-cased line; one that needs case keeps it."""
    if _UPPER_LITERAL.search(re.sub(r"\\.", "", pattern)):
        return LineRule(kind, rule, re.compile(pattern, re.IGNORECASE), max_chars)
    return LineRule(kind, rule, re.compile(pattern), max_chars, lowered=True)


SHARE_WORDS = (
    r"teilen|share|facebook|twitter|x|whatsapp|e-?mail|mail|drucken|print|link kopieren|copy link"
    r"|pinterest|linkedin|telegram|xing|flipboard|reddit|messenger|threads|bluesky|mastodon"
    r"|partager|imprimer|compartir|imprimir|condividi|stampa|delen|udostępnij|drukuj|tweet"
    r"|copia(?: il)? link|copier le lien|copiar (?:el )?enlace|link kopiëren|kopiuj link"
    r"|copy article link|copy story link|save (?:in|to) pocket"
    r"|deli na (?:facebook|x|twitter)|pošlji po e-pošti|podijeli|podeli|подели|сподели"
    r"|x \(twitter\)|x \(ehemals twitter\)"
    r"|teilen auf facebook|auf x teilen|per e-mail teilen|artikel teilen|beitrag teilen"
    r"|per (?:e-)?mail (?:senden|versenden|teilen)|link kopiert!?|copied!?|link copied!?|x\.com"
    r"|email this (?:article|story)|enviar por (?:correo|e-?mail)|envoyer par e-?mail"
    r"|invia per e-?mail"
    r"|share (?:the |this )?(?:full )?(?:article|story|issue|post|edition)|kopieer (?:de )?link"
    r"|delen via \S+(?: \S+)?"
    # Nordic and Central European pages
    r"|dela|dela artikeln|kopiera länk|del|del artiklen|del artikkelen|kopier link|kopier lenke"
    r"|e-post|skriv ut|udskriv|jaa|jaa artikkeli|kopioi linkki|tulosta|sdílet|sdílejte"
    r"|sdílet článek|sdílejte článek|kopírovat odkaz|vytisknout|zdieľať|zdieľajte|zdieľať článok"
    r"|kopírovať odkaz|megosztás|megosztom|link másolása|nyomtatás|distribuie|copiază link(?:ul)?"
    r"|distribuie pe|share on|teilen auf|teile auf|partager sur|compartir en|condividi su"
    r"|delen op|udostępnij na|sdílet na|zdieľať na|deli na|podijeli na|dalintis"
    r"|kopīgot|dalīties|jaga|jagamine|kopeeri link|kopēt saiti|kopijuoti nuorodą|dalintis"
    r"|gift (?:this )?article|offrir (?:cet |l['’])article|geef cadeau|cadeau geven"
    r"|artikel (?:verschenken|schenken)|partager cet article|deel dit artikel|jetzt teilen"
    r"|compartir (?:este|el) artículo|condividi (?:questo |l['’])articolo"
    r"|deel|deel artikel|deel via \S+(?: \S+)?|deel dit bericht|partilhe|compartilhe"
    r"|oferecer (?:este )?artigo|ofereça este artigo|bewaar|bewaren|reageer|opslaan"
    r"|share this (?:item|article|story) (?:on|via) [\w.+ -]{1,20}"
    r"|(?:voir|view|ansehen|bekijk) (?:sur|on|auf|op) (?:x|twitter"
    r"|instagram|facebook|tiktok|bluesky|threads|youtube)"
    r"|help keep family (?:&|and) friends informed by sharing this (?:article|story)"
    r"|share this with (?:your )?(?:family|friends)(?: (?:and|&) (?:family|friends))?"
    r"|podijeli|kopiraj poveznicu|deli|kopiraj povezavo|partilhar|compartilhar|copiar link"
    r"|поделиться|скопировать ссылку|поширити|поділитися|скопіювати посилання|сподели|споделете"
    r"|копирай линка|κοινοποίηση|μοιραστείτε|αντιγραφή συνδέσμου|paylaş|bağlantıyı kopyala"
    r"|linki kopyala|share\d|skopiuj link|skopiuj|twittern|mailen|zur merkliste|merkliste"
    # "Teilen | Feedback | Merken", "Auf Facebook teilen | Per WhatsApp teilen"
    r"|merken|feedback|(?:auf|per|via|bei) \S+ teilen"
    # (in a row of buttons; alone, "Artikel anhören" is the audio player's)
    r"|(?<=[|·•]\s)artikel anhören(?: \(\d+ min\.?\))?|artikel anhören(?=\s*[|·•])"
    r"|zurück zur übersicht|pdf(?: der gesamtausgabe| herunterladen)?(?: \([^)]{1,20}\))?"
    r"|kommentieren|folge mir|folgen sie mir|follow me|courriel|artikel merken"
    r"|e-?mail (?:this )?to a friend|click to (?:share on \S+|email a link to a friend|print)"
    r"|share this|kopyala|e-posta"
    r"|bildergalerie \(\d+ bilder\)|\d+ kommentare?"
    r"|شارك|مشاركة|שתפו|שתף|שתפו בפייסבוק|اشتراک‌گذاری|शेयर|分享|シェア|공유|chia sẻ|bagikan|แชร์"
    r"|line|kakaotalk|weibo|wechat|微信|微博|リンクをコピー|링크 복사|复制链接|שתפו ב\S+"
    r"|\d+ תגובות|\d+ تعليقات?"
    r"|העתק קישור|نسخ الرابط"
    r"|sao chép liên kết|salin tautan|คัดลอกลิงก์|공유하기|페이스북|카카오톡|트위터"
    # the social bookmarks and tools of pages from before 2015
    r"|versenden|artikel versenden|leserbrief schreiben|bookmarken bei|social bookmarks"
    r"|mister wong|del\.icio\.us|delicious|yigg|webnews|oneview|digg|stumbleupon|linkarena"
    r"|folkd|google bookmarks|google\+|studivz|myspace|technorati|live-?bookmarks"
    r"|in pocket speichern|save to pocket|bei pocket speichern"
    r"|(?:teilen|share|partager|compartir|condividi|delen|udostępnij)"
    r" (?:auf|on|via|per|sur|par|en|su|op|via|na|in|a) [\w.+ -]{1,20}"
    r"|(?:partilhar|compartilhar|partilhe|compartilhe) (?:no|na|em|por|via) [\w.+ -]{1,20}"
    r"|share options"
    r"|(?:diesen |den )?artikel drucken|seite drucken|fenster schließen|druckansicht|druckversion"
    r"|print (?:this )?(?:article|page|story)|close (?:this )?window|imprimer (?:l'|cet )article"
    r"|réutiliser ce contenu|reuse this content|inhalte (?:nutzen|lizenzieren)"
    r"|hier können sie die (?:nutzungs)?rechte an diesem artikel erwerben"
    r"|(?:die )?(?:nutzungs)?rechte (?:an diesem artikel )?erwerben|reprints? (?:and|&) permissions"
    r"|artikelrechte erwerben"
    # counters and buttons: "312 Aufrufe · 3 Kommentare", "1.4K Comments", "Feedback senden"
    r"|\d[\d.,]*\s?k? (?:aufrufe|views|reads|comments?)|feedback senden|fehler melden"
    r"|request reprint (?:&|and) licensing|reprints? (?:&|and) licensing|all sharing options"
    r"|comentar|comenta|commenta|commenter|commentare|url copied!?|envoyer par (?:e-?)?mail"
)
LANGUAGE_NAMES = (
    r"deutsch|english|français|francais|español|espanol|italiano|nederlands|polski|português"
    r"|русский|türkçe|українська|العربية|中文|dansk|svenska|norsk|suomi|čeština|magyar"
)
# When a browser printed a page, as it prints it in the page's head: "20.02.25, 10:03".
PRINT_TIME = r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
NAV_WORDS = (
    r"startseite|home|menü|menu|suche|search|login|log in|anmelden|abmelden|registrieren|sign in"
    r"|претплата|пријава|latinica|ћирилица|ćirilica|pretplata|prijava"
    r"|einloggen|tap here|click here|direkt zum inhalt(?: springen)?"
    r"|[\w .]{0,40}\biçin t[ıi]klay[ıi]n(?:[ıi]z)?"  # "SÖZCÜ TV CANLI YAYIN İÇİN TIKLAYIN"
    r"|direkt zur (?:navigation|suche)"
    r"|discover more from [\w .'’-]{2,40}"
    r"|sign up|subscribe|abonnieren|abo|schließen|close|zurück|back|nach oben|back to top|mehr"
    r"|more|weiterlesen|read more|mehr anzeigen|show more|alle artikel|video|videos|audio|podcast"
    r"|podcasts|live|liveblog|newsticker|ticker|galerie|bildergalerie|fotostrecke|gallery"
    r"|übersicht|overview|navigation|hauptmenü|main menu|skip to content|zum inhalt springen"
    r"|accueil|rechercher|se connecter|inicio|buscar|iniciar sesión|cerca|accedi|zoeken|inloggen"
    r"|szukaj|zaloguj|epaper|e-paper|app|apps|rss|kontakt|contact|impressum|datenschutz"
    r"|datenschutzerklärung|agb|nutzungsbedingungen|privacy|privacy policy|terms|terms of use"
    r"|cookie-einstellungen|cookie settings|cookies|barrierefreiheit|accessibility|jobs|karriere"
    r"|careers|mediadaten|werbung|advertise|hilfe|help|faq|über uns|about us|team|redaktion"
    r"|site index|sitemap|alle veranstaltungen|alle termine|zum liveblog|zum live-?ticker"
    r"|zur bildergalerie|zur galerie|zum video|zu den videos|zur fotostrecke"
    r"|mentions légales|aviso legal|note legali|colofon|polityka prywatności"
    r"|zusammenfassung|artikelzusammenfassung|summary|ga naar de inhoud|direkt zum inhalt"
    r"|save|speichern|merken|bookmark|vorlesen|drucken|zur merkliste hinzufügen|merkliste"
    r"|save for later|lire plus tard|leer más tarde|guardar|salva|lien|link|enlace"
    r"|beitragsnavigation|post navigation|neueste beiträge|recent posts|archiv|archives"
    r"|link des videos|link zum video|video link|click here to search|show purposes"
    r"|click here to share(?: on social media)?|klicken sie hier,? um zu suchen"
    r"|suivre|obserwuj|box aufklappen|box zuklappen|aufklappen|zuklappen|ausklappen|einklappen"
    r"|zum inhalt springen|aller au contenu|ir al contenido|vai al contenuto"
    r"|ves al contingut|saltar al contingut|saltar al contenido(?: principal)?|ir ao contido"
    r"|ir para o conteúdo|leer en castellano|llegir en català|llegir en castellà|leer en catalán"
    r"|siirry (?:suoraan )?sisältöön|hopp til (?:hoved)?innhold(?:et)?"
    r"|gå (?:direkte )?till innehåll"
    r"|gå til (?:hoved)?indhold(?:et)?|spring til indhold|naar de inhoud|ga naar de inhoud"
    r"|przejdź do treści|přejít k obsahu|ugrás a tartalomhoz|içeriğe geç|μετάβαση στο περιεχόμενο"
    r"|benutzername|passwort|kennwort|angemeldet bleiben|eingeloggt bleiben|username"
    r"|password"
    r"|(?:passwort|kennwort|benutzername|benutzernamen) vergessen\??|remember me"
    r"|forgot (?:your )?(?:password|username)\??|[«‹<] ?zurück|weiter ?[»›>]|[«‹<] ?back"
    r"|next ?[»›>]"
    r"|(?:direkt )?(?:zum hauptinhalt|zur (?:haupt)?navigation|zur suche|zum footer|zum seitenende)"
    r"(?: springen)?|skip to (?:main )?(?:content|navigation|search|footer)"
    # a news app's share view and a portal's tagline
    r"|diese story wurde mit dir aus der app geteilt|app öffnen|in der app öffnen"
    r"|im browser weiterlesen|open in app|open the app|continue in browser|get the app"
    r"|(?:für das beste erlebnis: )?lade (?:dir )?die app herunter|download the app"
    r"|ein service von [\w .-]{2,30}|a service (?:of|by) [\w .-]{2,30}"
    r"|saltar para o conteúdo|přejít (?:k|na) obsah(?:u)?|přeskočit na obsah|prejsť na obsah"
    r"|ugrás a (?:tartalomra|fő tartalomra)|przejdź do (?:treści|zawartości)|preskoči na vsebino"
    r"|pereiti prie turinio|pāriet uz saturu|liigu sisu juurde|hüppa sisu juurde"
    r"|preskočiť na obsah|sari la conținut|към съдържанието|skoči na sadržaj"
    r"|gå til (?:indhold|innhold|hovedinnhold)|(?:hoppa|gå) till (?:innehåll|huvudinnehåll)"
    r"|(?:skoči|preskoči|idi) na sadržaj|spring na inhoud|gaan na inhoud|przejdź do treści"
    r"|ugrás a tartalomhoz|salta al contenuto|siirry sisältöön|siirry pääsisältöön"
    r"|hopp til (?:innhold|hovedinnhold)|hoppa till (?:innehåll|huvudinnehåll)"
    r"|spring til (?:indhold|hovedindhold)|fara í efni|dichiarazione di accessibilità"
    r"|erklärung zur barrierefreiheit|accessibility statement|déclaration d['’]accessibilité"
    r"|declaración de accesibilidad|clicca per ingrandire|\+clicca per ingrandire"
    r"|pular para o conteúdo(?: principal)?|перейти до (?:основного )?вмісту"
    # a skip link's other targets: "Pular para mais conteúdos da DW", "Skip to more DW sites"
    r"|(?:pular|saltar|ir) para (?:o |a )?(?:menu(?: principal)?|navegação|busca|pesquisa|rodapé"
    r"|mais conteúdos(?: d[ao] [\w-]+)?)|skip to (?:main menu|more [\w -]{2,20})"
    r"|перейти к (?:основному )?содержанию|прескокни до содржината|kalo te përmbajtja"
    r"|تخطي إلى المحتوى(?: الرئيسي)?|انتقل إلى المحتوى|דלג(?:ו)? לתוכן(?: המרכזי)?"
    r"|پرش به محتوا|رفتن به محتوای اصلی|मुख्य सामग्री पर जाएं|跳到主要内容|跳转到主要内容"
    r"|本文へ移動|メインコンテンツへ移動|본문 바로가기|chuyển đến nội dung chính"
    r"|langsung ke konten|ข้ามไปยังเนื้อหาหลัก"
    r"|you can find this story in my bookmarks\b.*|sorry, there seem to be some issues\b.*"
)

# The words over an update's time of day alone: "Laatste update: 18:31", "Aggiornato alle 09:41"
# (also after the day's date: "… 18:42 - Ultimo aggiornamento: 19:10", ``clean``)
UPDATE_TIME_CUE = (
    r"(?:laatste update|last updated?|dernière mise à jour|zuletzt aktualisiert|aktualisiert"
    r"|bijgewerkt|aangepast|updated|ultimo aggiornamento|aggiornato|actualizado|mis à jour"
    r"|ultimo agg\.)"
    r"(?: om| at| um| à| alle| a las)?"
)

LINE_RULES: tuple[LineRule, ...] = (
    # (first: a clip's date is no reading time's) a clip's line with its length: "MDR AKTUELL
    # Do 26.06.2025 17:30Uhr 01:24 min"
    _rule(
        K.AUDIO_PLAYER,
        "clip_line",
        r"^(?:[^.!?]|\.(?=\d)){4,80}\s\d{1,2}:\d{2}\s?(?:min|minuten|mins)\.?$",
        100,
    ),
    # (first: a plea as long as a paragraph that also names a newsletter is the plea)
    _rule(
        K.DONATION_APPEAL,
        "membership_appeal",  # a site's plea for members, as long as a paragraph
        r"\bsin (?:tu|su|vuestro) apoyo,? [\w .-]{2,30} no (?:podría|puede|podríamos) (?:existir"
        r"|seguir)\b|\bayúdanos a seguir haciéndolo\b"
        r"|\bohne (?:ihre|deine) unterstützung (?:könnte|kann|gäbe es) [\w .-]{2,30} nicht\b"
        r"|\bwithout (?:your|reader) support,? [\w .-]{2,30} (?:could|would) not exist\b"
        r"|\bsi regge (?:sui|sulle|sul sostegno dei) (?:suoi |propri |nostri )?(?:abbonati|lettori"
        r"|abbonamenti)\b|^wir sind (?:[\w-]*finanziert|leserfinanziert|spendenfinanziert)\b"
        r"|^[\w .'’-]{2,40} is an? (?:independent,? )?(?:nonprofit|non-profit|nonpartisan)\b"
        r"[^.!?]{0,40}"
        r"\b(?:newsroom|news organi[sz]ation|news outlet|media organi[sz]ation|publication)\b"
        r"|\bfinancial supporters play no role\b|\bwill you join us\b[^.!?]{0,40}\bmember\b",
        400,
    ),
    _rule(
        K.FOOTER,
        "company_register",  # "Sede legale: via …", "Capitale sociale: Euro …", "P.IVA …"
        r"\bsede legale\s*:|\bcapitale sociale\b|\bcap\. soc\.|\bp\.\s?iva\b|\bpartita iva\b"
        r"|\bc\.i\.f\.\s*:|\bdomicilio social\b"
        r"|^[^©]*\bregistered (?:office|address)\s*:",  # (a line opening with © is the copyright)
        600,
    ),
    _rule(
        K.COPYRIGHT,
        "copyright_notice",  # a publisher's legal notice under "©", however long
        r"^©\s*(?-i:[A-Z0-9]).*\b(?:registered|trade ?marks?|limited|ltd|gmbh|inc|plc"
        r"|terms and conditions|handelsregister|rights reserved|derechos reservados"
        r"|rechte vorbehalten|droits réservés|diritti riservati|direitos reservados"
        # "… sin previo y expreso consentimiento de …": reuse of the content is forbidden
        r"|prohibida|interdite|vietata|untersagt|proibida)\b"
        # CJK reuse notices: "…の無断転載を禁じます", "무단 전재·재배포 및 AI 학습 이용을 금지",
        # "版权所有", "未经授权不得转载"
        r"|無断転載を禁じます|無断転載・複製を禁じます|무단 ?전재|재배포 금지|ai 학습 이용을 금지"
        r"|版权所有|版權所有|未经授权不得转载|未經授權不得轉載",
        2000,
    ),
    # a player's embed code printed as text: "Embed <iframe src=…" and its attributes
    _rule(
        K.NAVIGATION,
        "embed_code",
        r"<(?:iframe|script|embed|object)\b|\b(?:frameborder|scrolling|allowfullscreen)=\"",
        600,
    ),
    # Comments: prompts and the form a CMS prints under an article.
    _rule(
        K.COMMENT_PROMPT,
        "comment_prompt",
        r"^(?:\d+\s+)?(?:kommentare?|comments?|your comments|commentaires?|coment[aá]rios?|commenti"
        r"|reacties|reageer|reageren"
        r"|komentarze?|leserkommentare|lesermeinungen|diskussion|postings?|forum|leserforum"
        r"|kommentarer|kommentit|komentáře|komentáre|diskuse|diskuze|diskusia|hozzászólások"
        r"|kommentek|comentarii|komentari|komentarji|комментарии|коментарі|коментари|σχόλια"
        r"|yorumlar|kommentoi|réactions?|leserbriefe(?: zum thema)?|letters to the editor"
        r"|kommentaarid|komentāri|komentarai|loe kommentaare|lasīt komentārus|skaityti komentarus"
        r"|(?:die )?neuesten kommentare|latest comments|derniers commentaires|commenter)"
        r"(?:\s*\(\d+\)|\s+\d+|\s*:\s*\d+)?\s*:?$"
        # WordPress: "12 Gedanken zu „Title“", "3 thoughts on “Title”"
        r"|^zum forum(?: \(\d+ kommentare?\))?$|^(?:show|view|read) (?:all )?\d+ comments?$"
        r"|^read comments(?: \d+ posts?)?$"
        # "Por favor, inicia sesión en La Tercera para acceder a los comentarios."
        r"|\binicia sesión\b[^.!?]{0,40}\bpara (?:comentar|acceder a los comentarios|participar)"
        r"|^\d+ (?:gedanken|kommentare|antworten|thoughts|responses|replies|comments)"
        r" (?:zu|on|to|auf)\b"
        r"|^join (?:our|the) [^.!?]{0,30}(?:forums?|community|discord) to\b",  # "… keep talking"
        200,
    ),
    _rule(
        K.COMMENT_PROMPT,
        "comment_invite",  # "Sie wollen mitreden? Hier können Sie Ihre Meinung … teilen."
        r"^(?:sie wollen|wollen sie|du willst|willst du) mitreden\?"
        r"|^hier können sie ihre meinung\b[^.!?]*\b(?:teilen|sagen|äußern|hinterlassen)"
        r"|^wir freuen uns (?:auf|über) (?:ihre|deine|eure) (?:meinung|anmerkungen|kommentare"
        r"|ergänzungen|fragen)"
        # "Sie kennen eine gute Powerbank, die fehlt? Schreiben Sie es uns in die Kommentare."
        r"|(?:schreiben sie|schreibt|schreib) (?:es |uns |es uns |ihre meinung )*in die kommentare"
        r"|(?:schreiben sie|schreibt|schreib) sie uns in die kommentare\s*[.!]?$"
        # "Tausch dich mit anderen Eltern in unserer Community aus!"
        r"|\btausch(?:e|t)? (?:dich|euch) (?:mit anderen \w+ )?in unserer community aus\b"
        r"|(?:verraten sie|verratet|verrate) (?:es )?uns (?:es )?in den kommentaren"
        r"|let us know in the comments|^was meinen sie\?|schreiben sie uns ihre meinung"
        r"|^reageren kan (?:enkel|alleen) (?:voor|als) abonnee|alleen abonnees kunnen reageren"
        r"|^reageren op dit artikel\?"
        r"|you can comment on (?:stories|articles)"
        r"|^os comentários deste artigo\b|seja o primeiro a comentar|^ainda não há comentários\b"
        r"|^i commenti (?:vengono|sono|saranno) (?:letti|moderati|pubblicati|approvati)\b"
        r"|^vous souhaitez réagir\s*\?"
        r"|^per commentare (?:devi|è necessario|occorre)\b|^scrivi un commento$"
        r"|^commenting is (?:only )?(?:available|open) (?:to|for) subscribers"
        # "Para comentar, tem de ser assinante do Observador.", "Want to join the conversation?
        # Please or to comment on this article." (the login link's words lost)
        r"|^para comentar,? (?:tem|precisa|é preciso|é necessário) (?:de |que )?(?:ser assinante"
        r"|estar|iniciar|entrar|fazer login)|^want to join the conversation\?",
        240,
    ),
    _rule(
        K.NAVIGATION,
        "site_name",  # "IUL – Institut für Umweltmedizin und Luftqualität": a masthead
        r"^(?-i:[A-ZÄÖÜ]{2,6})\s+[–—|-]\s+(?!(?:by|von|par|por|di|de)\s)(?-i:[A-ZÄÖÜ])[\w-]+"
        r"(?:\s+[\w-]+)+$",
        90,
    ),
    _rule(
        K.DATELINE,
        "press_release_head",  # "Pressemitteilung Nr. 47/2025 | 12.03.2025"
        r"^(?:pressemitteilung|pressemeldung|presseinformation|medienmitteilung|press release"
        r"|communiqué de presse)\b(?:\s*(?:nr\.?|no\.?)\s*[\d/-]+)?\s*[|·•,–-]?\s*(?:vom\s+)?"
        r"(?:\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\d{1,2}\.?\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})$",
        80,
    ),
    _rule(
        K.FOOTER,
        "embargo",  # a press release's embargo, not its publication
        r"^(?:sperrfrist|embargo(?:ed)?(?: until)?|frei zur veröffentlichung ab)\s*:",
        120,
    ),
    _rule(
        K.FOOTER,
        "medical_disclaimer",
        r"ersetz(?:t|en) (?:keine|nicht (?:die|eine)) (?:persönliche |individuelle )?(?:ärztliche"
        r" |medizinische |fachliche )?(?:beratung|behandlung|diagnose|untersuchung)"
        r"|does not (?:replace|substitute for) (?:professional )?medical advice"
        r"|(?:is )?not intended as (?:a substitute for )?medical advice"
        r"|^nur für fachkreise\b|heilmittelwerbegesetz|richten sich (?:ausschließlich )?an"
        r" (?:angehörige )?(?:medizinischer )?fachkreise",
        400,
    ),
    _rule(
        K.AUTHOR_BIO,
        # "Periodista de Prensa Libre con 15 años de experiencia en …"
        "role_experience",
        r"^(?:periodista|journalist(?:in)?|journaliste|reporter(?:in)?|redakteur(?:in)?"
        r"|corresponsal|correspondent|redactora?|editor(?:a)?)\b[^.!?]{0,80}\b(?:con \d+ años de"
        r" experiencia|with \d+ years of experience|mit \d+ jahren erfahrung)\b",
        400,
    ),
    _rule(
        K.COMMENT_FORM,
        "comments_for_subscribers",  # "Os comentários são exclusivos para assinantes do …"
        r"^os comentários (?:a este artigo |deste artigo )?(?:são|estão) (?:exclusivos|reservados"
        r"|disponíveis apenas) (?:para|a|aos) assinantes\b",
        200,
    ),
    _rule(
        K.COOKIE_NOTICE,
        # an embed's consent: "Mit dem Laden des Beitrags akzeptieren Sie die
        # Datenschutzerklärung von Facebook.", "Wir benötigen Ihre Zustimmung, um den von
        # unserer Redaktion eingebundenen Instagram Inhalt anzuzeigen. …"
        "embed_consent",
        r"^mit dem laden des (?:beitrags|inhalts|videos) akzeptieren sie\b"
        r"|^wir benötigen ihre zustimmung,? um (?:den|die|das) (?:von unserer redaktion )?"
        r"eingebundenen\b",
        500,
    ),
    _rule(
        K.RELATED_LINK,
        "watch_teaser",  # "WATCH | Residents describe fleeing as flames crossed the highway:"
        r"^(?:watch|listen)\s*\|\s*\S",
        200,
    ),
    _rule(
        K.NAVIGATION,
        "content_marker",  # Postmedia's "Article content" between paragraphs and ads
        r"^article content$",
        20,
    ),
    _rule(
        K.AD_MARKER,
        "ad_placeholder",  # "This advertisement has not loaded yet, but your article continues …"
        r"^this advertisement has not loaded yet\b",
        120,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "synthetic_voice_note",  # "La synthèse vocale, basée sur l'intelligence artificielle, …"
        r"^la synthèse vocale\b"
        # "Produced by ElevenLabs and News Over Audio (NOA) using AI narration."
        r"|^(?:produced|narrated|voiced|read) by [^.!?]{2,80}\busing (?:ai|artificial intelligence)"
        r"(?:[- ]generated)? (?:narration|voices?)\b"
        r"|^(?:this (?:article|story) is )?narrated by ai\b"
        # "This is AI generated summarization, which may have errors."
        r"|^this is (?:an )?ai[- ]generated summar(?:y|i[sz]ation)\b"
        r"|^summari[sz]e this (?:article|story)(?: with ai)?$",
        300,
    ),
    _rule(
        K.DONATION_APPEAL,
        # a newsletter platform's footer: "… is a reader-supported publication", German too
        "reader_supported",
        r"\bis a reader-supported publication\b|\bist ein(?:e)? leserfinanzierte[rs]? (?:newsletter"
        r"|publikation)\b",
        300,
    ),
    _rule(
        K.SOCIAL_EMBED,
        # an embedded post's text: "Polizei Nordhessen (@Polizei_NH): …", "… #schwabing #wirtshaus"
        "embedded_post_text",
        r"^[\w .-]{2,40} \(@\w{2,30}\): \S|\S(?:\s#\w{2,30}){2,}$",
        300,
    ),
    _rule(
        K.COMMENT_FORM,
        "comment_policy",  # "By submitting a comment, you accept that … has the right to …"
        r"^by submitting a comment, you accept\b|\bfirst and last names will appear with each"
        r" submission\b|^conversations are opinions of our readers\b"
        r"|^l['’]espace commentaires est fermé\b",
        400,
    ),
    _rule(
        K.COMMENT_FORM,
        "comment_moderation",  # "Los comentarios de esta publicación están siendo moderados."
        r"^los comentarios (?:de (?:esta publicación|este artículo|esta nota) )?(?:están siendo"
        r"|son|serán) moderados\b"
        # "Vaš komentar će biti objavljen nakon odobrenja moderatora.", "Коментари се објављују
        # уз одобрење уредништва."
        r"|^vaš komentar će biti objavljen\b|^komentari se objavljuju\b|^коментари се објављују\b"
        r"|^ваш коментар ће бити објављен\b",
        300,
    ),
    _rule(
        K.COMMENT_FORM,
        "feedback_note",  # "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel haben, können Sie …"
        r"^wenn sie (?:inhaltliche )?anmerkungen zu diesem (?:artikel|beitrag) haben\b",
        400,
    ),
    _rule(
        K.COOKIE_NOTICE,
        "community_terms",  # under a messenger community's pitch
        r"^our community members are treated to special offers\b",
        300,
    ),
    _rule(
        K.PAYWALL,
        # a subscription's pitch that is a sentence (the "paywall" rule releases long lines
        # inside the text): "Did you know with a Digital Subscription to The Scotsman, you can
        # get unlimited access …", "Unbegrenzter Zugang zu allen Artikeln von …"
        "paywall_pitch",
        r"^did you know (?:that )?with a (?:digital )?subscription to\b"
        r"|^unbegrenzter zugang zu allen (?:artikeln|inhalten|beiträgen)\b"
        # "Die ersten 30 Tage kostenlos, danach 9,99 Euro im Monat.", "Lecture restreinte : …",
        # "Never miss a story. Start your subscription to …"
        r"|(?:^|[.!?]\s+)(?:die )?ersten \d+ (?:tage|wochen|monate) (?:kostenlos|gratis"
        r"|für [\d,]+ ?(?:€|euro))\b|^lesen sie alle [\w.-]*\+-?artikel\b"
        r"|^lecture restreinte\b|\bvotre abonnement n['’]autorise pas\b"
        r"|^never miss a story\.|^start your (?:digital )?subscription (?:to|with)\b"
        # "Få fuld adgang til … for 1 kr. den første måned.", "Prova Plus för 1 kr första månaden"
        r"|\b(?:for|för) 1 kr\.?,? (?:den )?(?:første|första) måned(?:en)?\b"
        r"|\b1 kr\.? (?:den )?(?:første|första) måned(?:en)?\b|^få fuld adgang til\b|^prova plus\b"
        # "Ten tekst czytasz w ramach prenumeraty …", "Subskrybuj rp.pl i czytaj bez ograniczeń",
        # "Předplaťte si Deník+ …", "Ön HVG360-előfizetőként olvassa ezt a cikket."
        r"|(?:^|[.!?]\s+)ten tekst czytasz w ramach prenumeraty\b|^subskrybuj\b"
        r"|\bczytaj bez ograniczeń\b"
        r"|^předplaťte si\b|\bčtěte všechny články bez omezení\b|\belőfizetőként olvassa\b"
        # the subscriber's thanks under a Plus article: "Sie lesen einen Artikel von … PLUS."
        r"|^sie lesen (?:gerade )?einen (?:artikel|beitrag) (?:von|aus|des|der) [\w .-]{2,30}"
        r"(?:plus|\+)\.?(?:\s|$)|\bdanke,? dass sie mit ihrem abo\b"
        r"|^sie lesen (?:gerade )?einen (?:premium|plus|abo)-?(?:artikel|beitrag)\b"
        # a site's premium offer with its price: "Philenews Premium: Απεριόριστη πρόσβαση …
        # με 1,99€ τον μήνα."
        r"|^[\w.-]+ premium\s*:\s*\S.{0,120}\d[\d,.]*\s?(?:€|euro|eur|\$|£)\s?(?:/\s?|(?:τον|per"
        r"|pro|im|al|par|a) )(?:μήνα|month|monat|mes|mese|mois)\b"
        r"|^απεριόριστη πρόσβαση\b",
        300,
    ),
    _rule(
        K.PAYWALL,
        "professional_login",  # a journal for doctors: CME points, a professionals' login
        r"\bcme-punkte?\b|fachkreis-login|^jetzt einloggen und punkte sammeln"
        r"|^(?:diesen|den) (?:artikel|beitrag) können nur eingeloggte\b",
        200,
    ),
    _rule(
        K.DATELINE,
        "updated_month",  # "Zuletzt aktualisiert: Februar 2025": an update, to the month
        r"^(?:zuletzt )?(?:aktualisiert|geändert|überarbeitet|stand)\s*:?\s*(?:januar|februar|märz"
        r"|april|mai|juni|juli|august|september|oktober|november|dezember)\s+\d{4}$",
        50,
    ),
    _rule(
        K.BYLINE,
        "byline_reviewed",  # "Text: Sabine Beispiel | Fachlich geprüft: Dr. Ulrich Beispiel"
        r"^(?:text|von|autorin?)\s*:?\s*[^|]+\|\s*(?:fachlich|medizinisch|wissenschaftlich"
        r"|redaktionell) geprüft\b",
        150,
    ),
    _rule(
        K.NAVIGATION,
        "email_view",  # a newsletter's web view: "Probleme mit der Darstellung? Im Browser ansehen"
        r"(?:^|\?\s+)(?:im browser (?:ansehen|anzeigen|öffnen|lesen)|(?:view|read) (?:this "
        r"(?:e-?mail|newsletter) )?(?:in|on) (?:your |the )?(?:browser|web)|webversion"
        r"|online-version (?:ansehen|anzeigen))\b"
        r"|^probleme mit der darstellung\b|^(?:newsletter )?abbestellen$|^unsubscribe$",
        120,
    ),
    _rule(
        K.COMMENT_FORM,
        "comments_closed",  # "Kommentare sind hier deaktiviert. Antworten gern im Thread."
        r"^(?:die )?kommentare sind (?:hier |für diesen (?:beitrag|artikel) )?(?:deaktiviert"
        r"|geschlossen|ausgeschaltet)\b|^(?:comments are (?:closed|disabled|turned off)"
        r"|commenting (?:is|has been) (?:closed|disabled))\b"
        # "Die Kommentarfunktion wurde am 11.04.2024, 08:30 Uhr geschlossen."
        r"|^(?:hinweis:\s*)?(?:die )?kommentarfunktion (?:(?:ist|wurde|bleibt) )?(?:.* )?"
        r"(?:geschlossen|deaktiviert|nicht freigeschaltet|nicht aktiviert"
        r"|abgeschaltet)\b",
        200,
    ),
    _rule(
        K.NAVIGATION,
        "live_controls",  # a live blog's sorting: "Hier können Sie die Updates … sortieren."
        r"^(?:hier können sie )?(?:die )?(?:updates|einträge|beiträge|meldungen|posts)"
        r" (?:nach [\w ]{3,50} )?sortieren\.?$",
        120,
    ),
    _rule(
        K.FOOTER,
        "interview_disclaimer",  # a broadcaster's note under an interview
        r"^äußerungen (?:unserer|seiner|ihrer) (?:gesprächspartner|interviewpartner|gäste)"
        r"|macht sich (?:die )?äußerungen (?:seiner|ihrer|unserer) (?:gesprächspartner"
        r"|interviewpartner|gäste)[^.]*nicht zu eigen"
        r"|^the views (?:and opinions )?expressed (?:by|in) (?:this|our|the) (?:guests?"
        r"|interviewees?"
        r"|interview)",
        400,
    ),
    _rule(
        K.COMMENT_PROMPT,
        "comment_call",
        r"^(?:melde dich|melden sie sich|bitte melden sie sich) an,? um (?:mit)?zu(?:diskutieren"
        r"|kommentieren)\b"
        r"|^(?:schreibe einen kommentar|kommentar schreiben|kommentar verfassen|jetzt kommentieren"
        r"|kommentieren|zu den kommentaren|diskutieren sie mit|leave a (?:reply|comment)"
        r"|have your say"
        r"|join the (?:discussion|conversation)|add a comment|post a comment|show comments"
        r"|kommentare (?:anzeigen|öffnen|lesen|einblenden)|laisser un commentaire|réagir"
        r"|deja (?:un|tu) comentario|lascia un commento|laat een reactie achter|dodaj komentarz"
        r"|ir a los comentarios|aller aux commentaires|vai ai commenti|naar de reacties"
        r"|go to comments|przejdź do komentarzy|share or comment on this (?:article|story)"
        r"|zur kommentarfunktion|zu den lesermeinungen|teilen sie ihre meinung(?: mit)?"
        r"|view (?:all )?comments|add your comment|share what you think"
        # a thread still empty, and a mood meter over it: "How does this make you feel?"
        r"|there are no comments yet|no comments yet|be the first to comment"
        r"|^regístrate para (?:comentar|participar)\b"
        r"|^(?:تعليقات الزوار|أضف تعليقك|اكتب تعليقك|التعليقات|הוסיפו תגובה|תגובות)$"
        r"|how does this (?:story |article )?make you feel"
        r"|the comments below have(?: not)? been moderated"
        r"|(?:hinweis:\s*)?(?:postings|kommentare) zu diesem artikel werden vor der freischaltung"
        r"|comments (?:are|will be) (?:pre-?)?moderated\b"
        r"|(?:ver|voir|see|view|vedi|bekijk|zobacz|zeige|alle) (?:los |les |the |i |de |die )?\d+"
        r" (?:kommentare|comments|commentaires|comentarios|commenti|reacties|komentarzy)"
        r"|\d+ (?:kommentare|comments|commentaires|comentarios|commenti|reacties|postings)"
        r"|neues posting|posting (?:verfassen|schreiben)|(?:postings?|kommentare?) \d+ bis \d+ von"
        r"|comments? \d+ (?:to|-) \d+ of"
        r"|kommentera(?: artikeln)?|kommentér|kommenter(?: artiklen| artikkelen)?|kommentoi"
        r"|vstoupit do diskuse|přidat komentář|pridať komentár|napište komentář|szólj hozzá"
        r"|szóljon hozzá|hozzászólok|adaugă un comentariu|komentiraj|komentirajte"
        r"|оставить комментарий|залишити коментар|напишете коментар|γράψτε (?:ένα )?σχόλιο"
        r"|yorum (?:yap|yaz))\b.*"
        r"|\? diskutieren sie mit[.!]?$",  # "Was tun Sie, um …? Diskutieren Sie mit."
        80,
    ),
    _rule(
        K.COMMENT_PROMPT,
        # "Welche Projekte sollten bleiben? Diskutieren Sie mit – registrierte Nutzer können
        # unten kommentieren."
        "comment_question",
        r"\? (?:diskutieren sie mit|diskutiere mit|join the discussion)\b[^.!?]{0,80}[.!]?$"
        # "Vad tycker du? Kommentera artikeln nedan. Logga in …"
        r"|^(?:what do you think|was meinen sie|was denken sie|vad tycker du|hvad synes du"
        r"|hva mener du|hva synes du|mitä mieltä olet|qu['’]en pensez-vous|wat vind jij"
        r"|wat vindt u)\?\s*(?:comment|kommentier|kommentera|kommentér|kommenter|kommentoi"
        r"|commentez|reageer|diskutieren sie|discuss)\w*\b",
        240,
    ),
    _rule(
        K.COMMENT_FORM,
        "comment_form",
        r"your email address will not be published|required fields are marked|netiquette"
        r"|^um (?:kommentare|einen kommentar) (?:zu )?(?:verfassen|schreiben|abgeben|abzugeben)"
        r"|^(?:kommentare|kommentieren) (?:sind |ist )?nur (?:für|mit) (?:angemeldete|registrierte)"
        # an obituary's condolence book: "Online-Kondolenzbuch: Schreiben Sie der Familie …"
        r"|^(?:online-)?kondolenzbuch\b|virtuelle kerze|^sign the (?:online )?guest ?book\b"
        r"|^livre de condoléances\b|^libro delle condoglianze\b|^condoleanceregister\b"
        r"|ihre e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind"
        r"|save my name, email|meinen namen, meine e-mail-adresse|post comment|kommentar abschicken"
        r"|kommentar absenden|cancel reply|antworten abbrechen|log in to reply"
        r"|^(?:antworten|reply|répondre|responder|rispondi|beantwoorden|odpowiedz)$"
        r"|votre adresse (?:e-mail|de messagerie) ne sera pas publiée"
        r"|tu dirección de correo electrónico no será publicada"
        r"|il tuo indirizzo email non sarà pubblicato|je e-mailadres wordt niet gepubliceerd"
        r"|twój adres e-mail nie zostanie opublikowany|vous devez être connecté pour"
        r"|you must be logged in to|sie müssen (?:angemeldet|eingeloggt) sein|debes iniciar sesión"
        r"|müssen sie (?:angemeldet|eingeloggt) sein|^um (?:zu )?kommentieren\b"
        r"|logga in för att kommentera|log ind for at kommentere"
        r"|du må være (?:innlogget|logget inn) for å kommentere|logg inn for å kommentere"
        r"|kirjaudu sisään kommentoidaksesi"
        r"|please read our comment(?:ing)? (?:policy|guidelines|rules) before\b"
        r"|^esta es la opinión de los lectores\b"
        r"|^المرجو عدم تضمين تعليقاتكم\b|^يرجى عدم تضمين\b"
        r"|komentarje lahko oddajo (?:le|samo) prijavljeni\b|komentirati mogu samo prijavljeni\b"
        r"|^yorumlar\b[^.]{0,60}\byayınlanacaktır\b"
        r"|kommentarerna granskas|kommentarene modereres|kommentarerne modereres"
        # "Delfi aicina savus lasītājus komentēt atbildīgi …"
        r"|\baicina (?:savus )?lasītājus komentēt\b"
        r"|^zaloguj się,? aby (?:dodać komentarz|komentować)"
        r"|pro (?:přidání|vložení) komentáře se|a hozzászóláshoz (?:be kell jelentkezn|jelentkezz)"
        r"|^zum kommentieren (?:bitte )?(?:anmelden|einloggen)"
        r"|schreiben sie uns!?$|^(?:name|e-?mail|website|webseite"
        r"|kommentar|comment|nom|nombre|sito web)\s*\*?$"
        # the rules for comments, under the comment section's heading
        r"|beachten sie unsere (?:netiquette|kommentarregeln|diskussionsregeln)"
        r"|bitte (?:halte dich|halten sie sich) an (?:unsere )?(?:die )?(?:community-regeln"
        r"|netiquette|kommentarregeln|regeln)\b"
        r"|^die kommentarfunktion ist (?:für diesen artikel |hier )?(?:geöffnet|aktiviert)\b"
        r"|^welcome to [^.!?]{2,40} comment community\b|\bcomments have been closed for this\b"
        r"|^(?:disclaimer:\s*)?comments expressed here do not reflect\b"
        r"|subscribers can comment on this (?:article|story)\b"
        r"|^would you like to comment on this (?:article|story)\b|^comments are moderated\b"
        r"|^(?:comments have been closed|comments are closed"
        r"|commenting (?:on this (?:article|story) )?has been (?:disabled|closed|turned off))\b"
        r"|^(?:du möchtest|sie möchten|möchtest du|möchten sie|du willst|willst du)"
        r" (?:kommentieren|mitdiskutieren"
        r"|einen kommentar (?:schreiben|verfassen))\b"
        r"|our (?:community guidelines|commenting policy)|how we (?:moderate|handle) comments"
        r"|lees hier hoe we omgaan met reacties|onze (?:spelregels|huisregels) voor reacties"
        r"|charte de modération|normas de (?:participación|la comunidad)"
        r"|войдите или зарегистрируйтесь|чтобы оставить комментарий|щоб залишити коментар"
        r"|коментарите са на читателите|τα σχόλια (?:εκφράζουν|δημοσιεύονται)"
        r"|yorum yapabilmek için|yorumlar okurlara aittir"
        r"|os comentários são d[ae] (?:inteira |exclusiva )?responsabilidade"
        r"|^os comentários não representam\b|responsável pelo comentário"
        r"|los comentarios son (?:de )?(?:exclusiva )?responsabilidad",
        200,
    ),
    _rule(K.SHARE, "share_buttons", rf"^(?:(?:{SHARE_WORDS})\s*[|·•,/:]?\s*)+$", 160),
    # the reuse offer as a sentence: "Hier können Sie die Rechte an diesem Artikel erwerben."
    _rule(
        K.SHARE,
        "rights_offer",
        r"^hier können sie die (?:nutzungs)?rechte an diesem artikel"
        r" erwerben\.$",
        80,
    ),
    _rule(
        K.SHARE,
        "share_widget",
        r"^klicken, um .{1,40} zu teilen|^click to (?:share|email|print)|wird in neuem fenster"
        r" geöffnet|opens in (?:a )?new window|^gefällt mir\b|^like this:?$"
        r"|(?<!player )wird geladen\s*(?:…|\.{3})?$"
        r"|^loading\s*(?:…|\.\.\.)$"
        r"|^(?:ottieni il codice embed|get (?:the )?embed code|copy embed code|embed-code"
        r" (?:kopieren|anzeigen)|code einbetten|obtenir le code d['’]intégration)$",
        160,
    ),
    _rule(
        K.SHARE,
        "follow_us",
        # "Keine Nachricht mehr verpassen: Folgen Sie dem Isengau-Boten auf WhatsApp."
        r"^[^.!?:]{0,80}\?\s*dann folgen sie uns (?:auch )?auf (?:facebook|instagram|x|tiktok"
        r"|threads|bluesky|youtube)\b"
        r"|^(?:[^.!?:]{0,40}[:!?]\s*(?:dann\s+)?)?(?:folgen sie (?:uns|[\w-]+(?: [\w-]+){0,4})"
        r"(?: auch)? auf"
        r"|follow (?:us|[\w-]+(?: [\w-]+){0,2}) on|suivez-nous|join (?:our|[\w'’ -]+?) whatsapp"
        r" (?:community|channel|group)"
        r"|find (?:us|[\w .]{2,30}) on (?:whatsapp|facebook|instagram|telegram|x|google news)"
        r"|síguenos|seguici|volg ons|последвайте ни)\b|google (?:news|actualités|noticias|notizie)"
        r"|^s[uú]mate al canal de (?:whatsapp|telegram)\b"
        # "Die Volksstimme auf WhatsApp: Hier gibt es die wichtigsten Nachrichten …"
        r"|^(?:die |der |das )?[\w.-]+(?: [\w.-]+)? auf (?:whatsapp|telegram|instagram|tiktok)"
        r"(?:$|:)"
        r"|^receba (?:as )?notícias .{0,40} no (?:seu )?(?:whatsapp|telegram)"
        r"|^(?:participe|inscreva-se|siga|entre) (?:do|no|o) (?:nosso )?canal\b[^.!?]{0,40}"
        r"\b(?:whatsapp|telegram)"
        r"|^recibí las noticias .{0,40} en (?:whatsapp|telegram)"
        r"|^подпишитесь на наш (?:канал|telegram)|^підписуйтеся на наш(?:ий)? (?:канал|telegram)"
        r"|^абонирайте се за (?:нашия|канала)|^bizi (?:takip edin|[\w ]{1,20} takip edin)"
        r"|suivre notre journal|cet article vous a été utile"
        # a messenger channel: "Jetzt den KStA-Kanal auf WhatsApp abonnieren"
        r"|\b(?:whatsapp|telegram)-kanal\b|\bkanal auf (?:whatsapp|telegram)\b"
        # "For the latest on crime in Manchester, join our WhatsApp community by clicking here."
        r"|\bjoin(?:ing)? our whatsapp (?:community|channel|group)\b"
        r"|\bgibt es (?:jetzt )?auch auf (?:whatsapp|telegram|instagram)\b"
        r"|^keep up with (?:all )?the latest news\b[^.!?]{0,80}\bby following\b"
        r"|\b(?:whatsapp|telegram) channel\b|\bcanale (?:whatsapp|telegram)\b"
        r"|^(?:follow us|folgen sie uns|suivez-nous|síguenos|seguici|sledujte nás|obserwuj nas)"
        r"\s*:?$"
        r"|^(?:sledujte|sleduj) (?:[\w-]+(?: [\w-]+){0,2} )?(?:také |též |i )?na (?:facebooku"
        r"|instagramu|x|twitteru|youtube|youtubu|tiktoku|whatsappu|telegramu|threads"
        r"|sociálních sítích)\b"
        r"|\bis now on (?:whatsapp|telegram|instagram|threads|google news|bluesky)\b",
        250,
    ),
    _rule(
        K.SHARE,
        "share_call",
        r"^(?:diesen artikel|artikel|beitrag|seite)?\s*"
        r"(?:teilen(?: mit)?|share this(?: article| story)?"
        r"|partager (?:cet|l')article|compartir (?:este )?artículo|condividi (?:l')?articolo"
        r"|deel dit artikel)\s*:?$",
        60,
    ),
    _rule(
        K.LANGUAGE_PICKER,
        "language_picker",
        rf"^(?:(?:{LANGUAGE_NAMES}|(?-i:[A-Z]{{2}}))\b\s*[|·•/,]?\s*){{2,}}$",
        200,
    ),
    _rule(
        K.NEWSLETTER,
        "newsletter_consent",  # a sign-up box's privacy line (before the cookie rules)
        r"we use your sign-?up to provide content|you can unsubscribe at any time"
        r"|wir nutzen ihre anmeldung,? um",
        400,
    ),
    _rule(
        K.SOCIAL_EMBED,
        "embed_consent",  # the consent an embedded post asks for, however long it is (before the
        # cookie rules, which would let a long one back into the text)
        r"^ich bin damit einverstanden, dass mir externe inhalte angezeigt werden"
        r"|^i (?:agree|consent) to (?:external|third-party) content being (?:shown|displayed)"
        # a chart's or map's consent box: "An dieser Stelle finden Sie einen externen Inhalt von
        # Datawrapper", "Um diesen Inhalt zu sehen, müssen Sie …", "Dabei werden Daten an
        # Flourish … übermittelt.", "Mit Klick auf „Inhalt laden“ stimme ich zu, …"
        r"|einen externen inhalt|^externer inhalt\b|hier finden sie einen inhalt von\b"
        # a social post's placeholder: "Um Inhalte von Instagram anzuzeigen, benötigen wir deine
        # Zustimmung.", "Dieser Inhalt kann nicht angezeigt werden", "Instagram öffnen"
        r"|^um inhalte von \S+ (?:anzuzeigen|zu sehen|zu laden)\b|^hier findest du inhalte von\b"
        r"|^dieser inhalt kann nicht angezeigt werden\b"
        r"|^(?:instagram|tiktok|youtube|facebook|x|bluesky|threads) (?:öffnen|ansehen)$"
        r"|^um (?:diesen|den) inhalt (?:von \S+ )?(?:zu sehen|anzuzeigen"
        r"|zu laden|sehen zu können)\b|^mit (?:einem )?klick auf \W?inhalte? (?:laden|anzeigen)\W"
        r"|^dabei werden (?:personenbezogene )?daten an .+ übermittelt"
        r"|^(?:datawrapper|flourish|infogram|google maps|openstreetmap)$"
        r"|^dieser inhalt wird von [\w .-]+ bereitgestellt"
        r"|^(?:dieses element|diese grafik|diese karte) (?:beinhaltet|enthält)"
        r" (?:daten|inhalte) von\b",
        600,
    ),
    _rule(
        K.COOKIE_NOTICE,
        "cookie_notice",
        # ("consent" as the word, not Italian "consentire" nor Spanish "consentimiento")
        r"cookie|tracking-technologien|einwilligung|\bconsent(?:s|ing|ed)?\b"
        r"|personalisierte (?:werbung|anzeigen)"
        r"|\bnoi e (?:alcuni |i nostri )?partner(?: selezionati)? (?:trattiamo|utilizziamo"
        r"|archiviamo)\b|\bscegli se acconsentire\b"
        r"|^wir brauchen (?:ihre|deine|eure) zustimmung|^we need your consent"
        r"|stimmen sie der verarbeitung|verarbeitung ihrer (?:personenbezogenen )?daten"
        r"|datenverarbeitung|drittanbieter|we value your privacy|privacy settings"
        r"|vážime si (?:vaše|tvoje) súkromie|vážíme si (?:vašeho|tvého) soukromí"
        r"|cenimo (?:vašo|tvojo) zasebnost|szanujemy (?:twoją|państwa) prywatność"
        r"|respectăm confidențialitatea|értékeljük (?:az )?adatvédelm|mes vertiname jūsų privatum"
        r"|mēs novērtējam jūsu privātum|hindame teie privaatsust"
        r"|valorizamos a sua privacidade|respeitamos a sua privacidade"
        r"|datenschutz-einstellungen|privatsphäre-einstellungen|traceurs|rastreo|tracciamento"
        r"|toestemming|zgoda na|galetes|kolačić\w*|koekies|piškotk\w*|küpsis\w*|sīkdatn\w*"
        r"|колачић\w*|slapuk\w*|sütik\w*|informasjonskapsl\w*|informationskapsl\w*|\bkakor\b"
        r"|\beväste\w*"
        # consent dialogs under the IAB framework name their vendors ("wir und unsere 138
        # partner", "we and our 842 partners") and what the data is for
        r"|wir und (?:unsere|ausgewählte|unsere ausgewählten) (?:\d+ )?partner (?:speichern"
        r"|verarbeiten|nutzen|benötigen|legen)"
        # "… speichern wir und rund 140 Partner …", "… und bis zu 95 Partner verarbeiten Daten"
        r"|(?:speichern|verarbeiten|nutzen) wir und (?:rund |bis zu |über |mehr als )?\d+ partner"
        r"|\bund (?:rund |bis zu |über |mehr als )?\d+ partner (?:speichern|verarbeiten|nutzen)"
        # a consent dialog's heading: "Ihre Privatsphäre ist uns wichtig"
        r"|^(?:ihre|deine) privatsphäre ist uns wichtig"
        r"|^wir respektieren (?:ihre|deine) privatsphäre"
        r"|^your privacy (?:is important|matters) to us|^we respect your privacy"
        r"|^we care about your privacy|^(?:manage |update )?your privacy (?:choices|options)$"
        r"|^nous respectons votre vie privée|^respetamos (?:tu|su) privacidad"
        r"|^la (?:tua|sua) privacy è importante|^rispettiamo la (?:tua|sua) privacy"
        r"|^(?:tu|su) privacidad (?:es importante|nos importa)|^votre vie privée (?:est importante"
        r"|nous importe)"
        r"|benötigen (?:ihre|deine|eure) zustimmung"
        r"|speicherung und/oder (?:den )?abruf von informationen"
        r"|we and our (?:\d+ )?partners (?:store|process|use)|nos \d+ partenaires"
        r"|i nostri \d+ partner|wij en onze \d+ partners|nuestros \d+ socios"
        r"|(?:inhalte|content) und (?:werbung|anzeigen|ads) (?:zu )?personali"
        r"|personali[sz]ed? (?:content|ads) and"
        r"|verarbeiten wir und unsere partner|mit werbung und tracking (?:lesen|nutzen)"
        r"|personenbezogene daten zu werbe"
        # the purposes and features of the IAB consent framework, as its dialogs print them
        r"|use precise geolocation data|actively scan device characteristics"
        r"|store and/or access information on a device|list of partners \(vendors\)"
        r"|genaue standortdaten verwenden|gerätemerkmale zur identifikation aktiv abfragen"
        r"|informationen auf einem gerät speichern und/oder abrufen"
        r"|utiliser des données de géolocalisation précises"
        r"|données de géolocalisation précises et identification"
        r"|avec nos partenaires, nous traitons"
        r"|precise geolocation data,? and identification through device scanning"
        r"|with our partners,? we process|mit unseren partnern verarbeiten wir"
        r"|analyser activement les caractéristiques de l'appareil"
        r"|stocker et/ou accéder à des informations sur un appareil"
        r"|utilizar datos de localización geográfica precisa"
        r"|analizar activamente las características del dispositivo"
        r"|utilizzare dati di geolocalizzazione precisi"
        # "pay or okay": read for free with tracking, or subscribe without it
        r"|sin publicidad personalizada|senza pubblicità personalizzata"
        r"|sans publicité personnalisée|without personali[sz]ed (?:ads|advertising)"
        r"|ohne personalisierte werbung|zonder gepersonaliseerde advertenties"
        r"|werbefrei (?:lesen|weiterlesen|nutzen)|ohne werbung und (?:ohne )?tracking|contentpass"
        r"|^mit [\w .+-]{2,30} ohne werbung (?:lesen|weiterlesen)\b"
        # "Zeit Online mit Werbung" / "Mit Werbung weiterlesen" / "… ohne Werbetracking"
        r"|^mit werbung (?:weiterlesen|lesen)$|\bohne werbetracking\b|\bnahezu ohne werbung\b"
        r"|^[\w .-]{2,30} (?:mit|ohne) werbung$"
        # "Besuchen Sie zeit.de wie gewohnt mit Werbung und Tracking", "… im Privacy Center"
        r"|^besuchen sie [\w.-]+ wie gewohnt mit werbung\b|\bim privacy center\b"
        r"|^(?:oder:? )?zum pur-abo$"
        r"|(?:этот сайт|мы) использу\w* (?:файлы )?cookie|використову\w* (?:файли )?cookie"
        r"|бисквитки|χρησιμοποιούμε cookies|çerez(?:ler)?|käytämme evästeitä|evästeet"
        r"|ملفات تعريف الارتباط|الكوكيز|עוגיות|کوکی|कुकीज़|कुकी|クッキー|쿠키|คุกกี้"
        r"|nous utilisons des témoins|gérer les témoins|témoins de navigation|avis sur les témoins"
        r"|arbeiten wir mit partnern zusammen|naši partneři zpracovávají"
        r"|zpracováváme (?:vaše )?údaje|\bnaši partneři (?:ukládají|zpracovávají|používají)\b"
        r"|^twoja prywatność jest dla nas ważna|^(?:dbamy o|cenimy) (?:twoją|twoja) prywatność"
        r"|\bwraz z (?:naszymi )?partnerami (?:zapisujemy|przechowujemy|przetwarzamy)\b"
        r"|\b(?:zapisujemy|przechowujemy) i odczytujemy informacje\b"
        r"|používáme (?:soubory )?cookies",
        900,
    ),
    _rule(
        K.COOKIE_NOTICE,
        "consent_button",
        # one button a line, or a row of them: "Alle akzeptieren | Einstellungen oder ablehnen"
        r"^(?:(?:alle akzeptieren|akzeptieren|zustimmen|alle ablehnen|ablehnen|einstellungen"
        r"|einstellungen (?:verwalten|oder ablehnen)|accept all|accept|reject all|decline"
        r"|manage (?:settings|options)"
        r"|tout accepter|accepter|refuser|tout refuser|aceptar(?: todo)?|rechazar"
        r"|accetta(?: tutto)?"
        r"|rifiuta|alles accepteren|accepteren|weigeren|akceptuję|zaakceptuj wszystko|ok|verstanden"
        r"|got it|no,? take me to settings|yes,? i agree|i agree|agree"
        r"|s[ií],? estoy de acuerdo|estoy de acuerdo|no,? llévame a (?:la )?configuración"
        r"|sim,? (?:eu )?concordo|não,? leve-me (?:às|para as) configurações"
        r"|nur (?:technisch |unbedingt )?(?:notwendige|erforderliche)(?: cookies)?"
        r"(?: zulassen| akzeptieren)?|necessary only|mehr informationen|more information|learn more"
        r"|scopri di più(?: e personalizza)?|personalizza|en savoir plus|paramétrer|saber más"
        r"|continuer sans accepter\s*→?|accepter et continuer|accepter (?:&|et) fermer"
        r"|paramétrer les cookies"
        r"|configurar|meer informatie|instellingen aanpassen|ustawienia|ustawienia zaawansowane"
        r"|akceptuję i przechodzę do serwisu|przejdź do serwisu|zgadzam się|zustimmen und weiter"
        r"|akzeptieren und weiter|accept and continue|accepter et continuer|einverstanden"
        r"|auswahl (?:anpassen|speichern|bestätigen)|alle cookies akzeptieren|nur essenzielle"
        r"|individuelle einstellungen|save (?:my )?(?:choices|preferences)|customi[sz]e"
        r"|personnaliser|accetto|rifiuto|aceptar y continuar|rechazar y suscribir(?:se|te)"
        r"|accepto|prihvaćam|prihvati sve|aanvaar|acepto|aceito|aceitar|aceptar todas|accepteer"
        r"|موافق|قبول|אישור|אני מסכים|स्वीकार करें|同意|동의|đồng ý|setuju|ยอมรับ(?:ทั้งหมด)?"
        r"|u redu|у реду|souhlasím|upravit nastavení|nesouhlasím|souhlasím se všemi|přizpůsobit"
        r"|odmítnout vše"
        r"|přijmout vše|podrobné nastavení"
        r"|إدارة التفضيلات|ตั้งค่าคุกกี้"
        r"|accetta e continua|rifiuta e abbonati|refuser et s'abonner|ablehnen und abonnieren"
        r"|bare nødvendige|kun nødvendige|endast nödvändiga|godta alle|godkänn alla|acceptér alle"
        r"|accepter alle|acceptera alla|avvis alle|afvis alle|neka alla|innstillinger"
        r"|hyväksy kaikki|hyväksy|hylkää(?: kaikki)?|vain välttämättömät|muokkaa asetuksia"
        r"|tilpass|godta|avvis|administrer valg"
        r"|inhalte? (?:anzeigen|laden)|externe(?:n)? inhalte? (?:laden|anzeigen|erlauben|zulassen)"
        r"|einverstanden, inhalte? anzeigen|load content|show content"
        r"|reject and subscribe|\S+ pur abonnieren|pur-abo abschließen)\s*(?:[|·•]\s*|$))+$",
        80,
    ),
    _rule(
        K.NEWSLETTER,
        # a pitch that closes on its sign-up call: a rule for long lines too (the "newsletter"
        # rule releases those inside the text, where a sentence may mention one)
        "newsletter_pitch",
        r"^(?:[^.!?]{0,160}[.!?]\s+)?sign up (?:to receive|for) (?:our|the) [\w ’'&-]{1,40}"
        r"newsletters?\.?$"
        r"|^(?:[^.!?]{0,160}[.!?]\s+)?(?:melden sie sich (?:jetzt |hier )*für unseren"
        r"|abonnieren sie (?:jetzt )?unseren) [\w -]{0,40}newsletter an\.?$"
        # "Der Morgen-Newsletter der NZZ: Die wichtigsten Nachrichten …", "Erhalten Sie die
        # wichtigsten Nachrichten aus Stadt und Kanton, jeden Werktag am Abend."
        r"|^(?:der|die|unser|unsere) [\w-]*newsletter\b[^.!?:]{0,40}:"
        r"|\bwith our (?:weekly|daily|morning|evening) round-?up of\b"
        # "Recibí en tu mail todas las novedades …", "Suscríbete aquí para recibir directo en tu
        # correo nuestras newsletters …", "Suscríbase aquí a la newsletter de …"
        r"|^receba no seu e-?mail\b|\btodas as manhãs na sua caixa de correio\b"
        r"|^recib[ií] en tu (?:mail|correo)\b|^suscr[ií]b(?:e|ete|ase)(?: aquí)? (?:para recibir"
        r"|a (?:la|nuestra|nuestras) newsletters?)\b"
        r"|\bjeden (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend"
        r"|werktag)\b[^.!?]{0,20}\bdie wichtigsten\b"
        r"|\bdie wichtigsten [\w-]*(?:nachrichten|news|themen|geschichten)\b[^.!?]{0,80}"
        r"\b(?:werktags"
        r"|jeden (?:werk)?tag|täglich|jeden (?:morgen|abend))\b"
        # "Cet article vous a plu ? Retrouvez chaque jour à midi l'essentiel … dans notre lettre"
        r"|^cet article vous a (?:plu|été utile)\s*\?\s*(?:recevez|retrouvez|inscrivez)"
        # a newsletter's line in a sign-up box: "Catch up on the top news … Sent every weekday."
        r"|^sign up for [\w .'’-]{2,40}, [\w .'’-]{2,40} (?:daily|weekly|morning|evening)"
        r" newsletter\b"
        r"|[.!?]\s+sent (?:every|each) (?:weekday|day|morning|evening|week|weekend|monday|tuesday"
        r"|wednesday|thursday|friday|saturday|sunday)s?\.?$",
        300,
    ),
    _rule(
        K.NEWSLETTER,
        "newsletter",
        r"newsletter|njuzleter|њузлетер|jetzt (?:kostenlos )?(?:als \S+ )?(?:anmelden|registrieren)"
        r"|\blink in der bestätigungs-?(?:e-?)?mail\b"
        r"|melden sie sich (?:jetzt )?an"
        # (not a tip in the text: "… and sign up for text alerts, experts say.")
        r"|e-mail-adresse eingeben|enter your email|inscrivez-vous|suscríbete"
        r"|(?<!\band )(?<!\bto )(?<!\bcan )(?<!\bor )(?<!\bmust )(?<!\bshould )sign up for"
        r"|iscriviti|schrijf je in|zapisz się|abonniere unseren|abonnieren sie unseren"
        r"|\ba tu (?:correo|e-?mail|bandeja de entrada)\.?$"
        r"|^recuerda que puedes recibir notificaciones\b|^ontvang de nieuwsbrief\b"
        r"|^ontvang (?:elke|iedere) \w+ het (?:belangrijkste|laatste) nieuws\b"
        r"|^erhalten sie (?:jeden \w+ )?die wichtigsten nachrichten aus (?:der|ihrer) region\b"
        r"|\bno seu e-?mail\.?$|^receba (?:todas|todos) (?:as|os)\b"
        r"|^stay up to date with all the latest news\b|^sign up here\.?$"
        r"|^don['’]t miss out on the latest news\b"
        r"|in ihr postfach|in ihrem postfach|in your inbox|(?:delivered|straight) to your inbox"
        r"|sign up to receive our|dans votre boîte|jederzeit abbestellbar"
        r"|^(?:einloggen|anmelden) und abonnieren$"
        r"|^(?:by subscribing|by signing up|signing up means),? you (?:acknowledge|agree|accept)"
        r"|^by providing (?:an|your) e-?mail address\b"
        # the same consent in Swedish, Norwegian, Danish, Portuguese: "Genom att registrera dig
        # godkänner du våra användarvillkor.", "Ao subscrever, aceita os Termos e Condições"
        r"|^genom att (?:registrera|prenumerera|anmäla) dig godkänner du\b"
        r"|^ved å (?:registrere|melde) deg\b[^.]{0,20}\b(?:godtar|aksepterer)\b"
        r"|^ved at (?:tilmelde|registrere) dig\b[^.]{0,20}\baccepterer\b"
        r"|^ao (?:subscrever|se inscrever|inscrever-se|assinar|se cadastrar),? (?:está a |você )?"
        r"(?:aceita|concorda)"
        r"|\b(?:a |every issue (?:carries|has|includes) a )link to (?:opt out|unsubscribe)\b"
        r"|^your information is being handled in accordance with"
        # messenger channels and news aggregators: "… auf WhatsApp – jetzt Kanal abonnieren"
        r"|\bkanal abonnieren\b|whatsapp-kanal|subscribe to our (?:whatsapp|telegram) channel"
        r"|\bwhatsapp kanal\w* katıl\w*"
        r"|follow us on (?:google news|whatsapp|telegram)|folgen sie uns (?:auf|bei) (?:whatsapp"
        r"|google news|telegram)"
        r"|in ihrer? (?:mailbox|inbox)|hier kostenlos abonnieren|in uw (?:mailbox|inbox)"
        r"|i din (?:indbakke|inkorg)|i innboksen|nyhetsbrev|nyhedsbrev|uutiskirje|hírlevél"
        r"|^få [^.!?]{0,40}\b(?:morgonbrev|kvällsbrev|morgenbrev)\b"
        r"|^primește (?:zilnic|gratuit|în fiecare)\b[^.!?]{0,60}\be-?mail\b"
        r"|\bu (?:vašem|vaš|svom|svoj) (?:sandučić|sandučiću|inbox)\b|\be-novice\b"
        r"|뉴스레터 구독|ニュースレター登録|メールマガジン登録|订阅(?:我们的)?新闻通讯"
        # a press portal's newsroom: "Erhalten Sie neue Meldungen dieses Newsrooms per E-Mail
        # oder RSS.", "Polizeipräsidium Südhessen abonnieren"
        r"|\bper e-?mail oder rss\b|^(?:\S+\s){1,5}abonnieren$"
        r"|hírlevelünkre|odebírejte (?:náš )?newsletter|přihlaste se k odběru"
        r"|do (?:vašeho|tvého|vášho) e-?mailu|do vašej (?:e-?mailovej )?schránky"
        r"|recevez (?:notre|la) (?:lettre|newsletter)\b|^retrouvez chaque (?:jour|matin|soir"
        r"|semaine)\b[^.!?]{0,60}\bl['’]essentiel"
        r"|do vaší (?:e-?mailové )?schránky"
        r"|forwarded this (?:e-?mail|newsletter)\??\s+(?:subscribe|sign up)"
        r"|wurde ihnen dieser newsletter weitergeleitet"
        r"|(?:в|на) (?:вашей|вашу) почт|подпишитесь на (?:рассылку|нашу рассылку)"
        r"|підпишіться на (?:розсилку|нашу розсилку)|абонирайте се|εγγραφείτε στο newsletter"
        r"|bültene abone ol|uutiskirjeen|uudiskiri|uudiskirja|naujienlaišk|jaunumu vēstul"
        r"|^infolettres?\b|^(?:votre )?adresse courriel$"
        r"|^(?:sinu e-posti aadress|jūsų el\. pašto adresas|jūsu e-pasta adrese)$"
        r"|^(?:your e-?mail(?: address)?|ihre e-mail(?:-adresse)?|votre (?:adresse )?e-?mail)$"
        r"|nella tua casella|en tu correo|in je mailbox|^get (?:the|our) [\w ]{0,30}"
        r"(?:briefing|newsletter|digest)$|^get the (?:day's|latest|top) |^sign up (?:to|for)\b"
        r"|newsletters? may contain"
        r"|unsubscribe at any time|jederzeit kündbar|kostenlos und jederzeit"
        r"|\b(?:morning|daily|evening) briefing$|^what's your email\??$|kostenlos per e-mail"
        r"|delivered (?:to your inbox )?(?:every|each) (?:weekday|day|morning|evening|week)\b"
        r"|you may occasionally receive promotional content\b|^abone ol(?:un)?\b"
        r"|^(?:die|der|das) \S+(?: \S+)? auf whatsapp\b.{0,30}\b(?:folgen|abonnieren)\b"
        r"|^contact me with news and offers\b|^receive email from us on behalf of\b"
        r"|^by submitting your (?:information|email|details)\b",
        250,
    ),
    _rule(
        K.PAYWALL,
        "paywall",
        r"jetzt abonnieren|(?:^|\b(?:jetzt|hier|gleich|direkt|einfach|und)\s)(?:\S+\s)?[\w-]*abo"
        r" abschließen"
        r"|weiterlesen mit|^lees verder met (?:premium|plus)$"
        # "Cet article vous a été offert par Ouest-France. Pour continuer à lire …"
        r"|^cet article vous (?:a été|est) offert par\b"
        # "Jeśli chcesz czytać dalej, wykup prenumeratę …", "Masz już prenumeratę? Zaloguj się"
        r"|^jeśli chcesz czytać dalej\b|\bwykup (?:prenumeratę|subskrypcję|dostęp)\b"
        # Vocento's session wall, VilaWeb's and others' calls: "Límite de sesiones alcanzadas",
        # "El acceso al contenido Premium está abierto por cortesía del establecimiento",
        # "Fes-te subscriptor de VilaWeb", "Ja sou 30.000 subscriptors."
        r"|^límite de sesiones alcanzad[oa]s?\b|^el acceso al contenido premium está abierto\b"
        r"|^(?:fes-te|feu-vos|hazte|hágase) (?:subscriptor|subscriptora|suscriptor|suscriptora"
        r"|soci|sòcia|socio|socia)\b|^ja (?:sou|som) [\d.]+ (?:subscriptors|socis)\b"
        r"|^masz już (?:prenumeratę|subskrypcję|dostęp)\?|^prenumerata cyfrowa od\b"
        # an offer's price: "Subscribe for £1 for 3 months"
        r"|^subscribe (?:for|from) (?:just |only )?[£$€]\s?\d[\d.,]*\s(?:for|a|per)\s"
        # "Denne artikkelen er for abonnenter", "Den här artikeln är för prenumeranter"
        r"|^(?:denne artikkelen|denne artikel|den här artikeln|denna artikel|tämä artikkeli)"
        r" (?:er|är|on) (?:kun |bara |endast |vain )?(?:for|för) (?:abonnenter|prenumeranter)"
        r"|^tämä artikkeli on (?:vain )?tilaajille"
        r"|^dieser (?:artikel|beitrag|inhalt) ist teil (?:unseres|des|von) [^.]{0,30}"
        r"(?:premium|plus|abo)"
        r"|\bjetzt \d+ (?:monate?|wochen|tage)\b[^.!?]{0,40}? für [^.!?]{1,12} (?:testen|lesen)\b"
        r"|\bnoch kein abo\?|\babone olun\b"
        r"|^nur für registrierte (?:nutzer|leser|mitglieder)"
        r"|^jetzt \d+ (?:monate?|wochen) (?:für|zum preis von) (?:fr\.|chf|€|eur)\s?[\d.,–-]+"
        r"|^subscribe to [\w .&+-]+ to (?:get|gain|enjoy) (?:full |unlimited )?access\b"
        r"|je hebt het maximale aantal gratis artikelen bereikt"
        # "Dit artikel is gratis. Wil je alle artikels van … lezen? Neem een abonnement …"
        r"|^dit artikel is gratis\b|\bwil je alle artikel(?:s|en) van [\w .+-]{2,30} lezen\b"
        r"|forbeholdt abonnenter|endast för prenumeranter|bara för prenumeranter"
        r"|kun for abonnenter|vain tilaajille|^prøv \d+ (?:måned|uge|uker|måneder) for\b"
        r"|riservato agli abbonati|exclusivo para suscriptores"
        # Delo's wall: "Članek je na voljo naročnikom.", "Že imate naročnino? Prijava"
        r"|je na voljo (?:samo )?naročnikom|^že imate naročnino\b|^naročite se\b"
        r"|preberite celoten članek\b"
        # "Cet article vous a plu? Abonnez-vous pour accéder à tous nos contenus …", "Abbonati
        # ora per leggere tutti i contenuti …", a test magazine's "Flatrate ab 8,50 € im Monat"
        r"|(?:^|[.!?]\s+)abonnez-vous (?:dès maintenant|maintenant|pour (?:accéder|lire|profiter"
        r"|continuer))\b|(?:^|[.!?]\s+)abbonati (?:ora |subito )?per (?:leggere|accedere"
        r"|continuare)\b|^abbonati ora\b|^kaufen mit paypal\b|\bflatrate ab [\d.,]+\s?(?:€|euro)"
        r"|^sie haben bereits freigeschaltet\b"
        r"|^abbonati a [^.!?]+ per continuare a leggere"
        # "Abonnez-vous à Fraternité Matin numérique et accédez à l'intégralité de nos éditions"
        r"|^abonnez-vous (?:à|au|aux)\b[^.!?]{2,60}\bet (?:accédez|profitez|lisez)\b"
        r"|^suscr[ií]b(?:ase|ete|ite) a la edición digital\b"
        r"|^esta funcionalidad es exclusiva para (?:suscriptores|registrados|usuarios registrados)"
        r"|^הצטרפו למינוי\b|\bלמינוי דיגיטלי\b"
        r"|^この記事は有料記事です|^有料会員になると|^残り\d+文字"
        r"|(?:^|[.!?]\s+)pretplatite se na (?:digitalno izdanje|[\w .-]{2,30} premium)\b"
        r"|\bnaročite se in berite\b"
        r"|^abbonati (?:a|al|alla|allo|ad)\b[^.!?]{0,40}[:–-]"
        r"|accesso illimitato a (?:tutti )?(?:i )?contenuti\b"
        r"|^assine o\b|\bacesso ilimitado\b|como assinante, pode oferec"
        r"|pozostało (?:jeszcze )?\d+% artykułu|dostępny (?:tylko )?dla subskrybentów"
        r"|^sie haben (?:bereits )?\d{1,3}\s?% (?:des|dieses) (?:artikels|beitrags) gelesen"
        r"|^(?:lesen sie|lies) (?:jetzt )?weiter mit\b"
        # "Dočetli jste zdarma přístupnou část článku.", "Předplaťte si Premium od 39 Kč měsíčně"
        r"|dostupn[ýáé] (?:pouze|jen|výhradně) (?:pro )?předplatitel|dostupn[ýáé] (?:iba|len)"
        r" (?:pre )?predplatiteľ"
        # "Il vous reste 70 % de l'article à découvrir.", "Cet article est en accès libre",
        # "Vous lisez cet article grâce à votre abonnement … Offrez-le à un proche"
        r"|^il vous reste \d{1,3}\s?% de l['’]article|^cet article est (?:en accès libre"
        r"|réservé aux abonnés)|^vous lisez cet article grâce à votre abonnement"
        r"|\boffrez-le à un proche\b"
        r"|^(?:předplaťte|predplaťte) si\b|^dočetli jste (?:zdarma |volně )?(?:přístupnou"
        r"|dostupnou|bezplatnou) část\b|^(?:prečítali|dočítali) ste (?:si )?(?:bezplatnú|voľne"
        r" dostupnú) časť\b"
        r"|exklusiv für (?:abonnenten|abonnentinnen)|abopflichtig|abonnentenexklusiv"
        r"|becom(?:e|ing) a paid (?:subscriber|member)"
        r"|reached your (?:limit|maximum) of free (?:articles|stories)|free (?:articles|stories)"
        r" (?:left|remaining) this month|continue reading with (?:a|an) [\w ]{1,30}subscription"
        r"|^subscribe to [\w .]{1,30}(?::|$)|^try [\w .]{2,30} free for \d+ days\b"
        r"|^subscribe to [^.!?]{1,40} for [^.!?]{1,20} (?:per|a) (?:month|year|week)\b"
        r"|\bjoin our community of [^.!?]{2,30} from [^.!?]{1,12} (?:a|per) (?:month|year)\b"
        r"|\bunlock exclusive (?:stories|content|articles|journalism)\b|^pay easily with\b"
        r"|sie haben bereits ein abo|bereits abonnent|plus-artikel|\b\w+\+ ?artikel|zum angebot"
        r"|subscribe to (?:continue|read)|already a subscriber|subscriber-only|subscribe now"
        r"|only available to subscribers|nur für abonnenten"
        r"|sie lesen (?:diesen|einen) (?:artikel|beitrag) mit ihrem"
        r"|^jetzt mit [\w+ .-]{2,25} (?:weiter)?lesen$"
        r"|premium article and requires a subscription|requires a subscription to read"
        r"|sie haben \d+ von \d+ kostenlosen (?:artikeln|beiträgen)"
        r"|you(?:'ve| have) read \d+ (?:of|out of) \d+ free (?:articles|stories)"
        r"|vous avez lu \d+ (?:des|sur) \d+ articles"
        r"|\d+ wochen kostenlos|zur probe lesen|abo upgraden|\d+ wochen für (?:nur )?\d"
        r"|^bereits registriert\b|^(?:heft|ausgabe) bestellen$|\bgibt es im abo\b"
        r"|^¡?notamos que te gusta estar informado|^exclusivo (?:para )?suscriptores$"
        r"|(?:^|[.!?]\s+)assinantes podem liberar \d+ acessos\b"
        r"|^você pode salvar este artigo\b|^apoie o jornalismo\b|^assine a partir de\b"
        r"|^unlock unlimited (?:digital )?access\b|^you can save this article by registering\b"
        r"|(?:\d+|drei|sechs) monate für (?:nur )?\d"
        r"|you(?:'re| are) reading (?:a|this) (?:subscriber|premium)"
        r"|réservée?s? aux abonnés|il vous reste [\d.,]+ ?% de cet article|offrir l['’]article"
        r"|déjà abonné|solo para suscriptores|ya soy suscriptor|riservato agli abbonati"
        r"|alleen voor abonnees|tylko dla prenumeratorów|testen sie .* (?:gratis|kostenlos)"
        # "Dit artikel is exclusief voor abonnees", "Word abonnee", "Al abonnee? Log in", "Nu 3
        # maanden digitaal voor 1 euro.", "Onbeperkt Premium-artikelen lezen?"
        r"|exclusief voor abonnees|^word (?:nu )?abonnee|^al abonnee\b"
        r"|^lees verder met een\b[^.!?]{0,30}\babonnement"
        r"|^nu (?:de eerste )?\d+ (?:maanden|maand|weken)\b[^.!?]{0,30}\bvoor (?:€ ?)?\d"
        r"|^onbeperkt [\w -]{0,20}artikelen lezen"
        # "Dieser Artikel ist Teil von profil+", an e-paper's box: "Die Zeitung als ePaper",
        # "Lesen Sie die TT schon ab 22 Uhr am Vorabend"
        r"|^dieser (?:artikel|beitrag) ist teil (?:von|des|unseres) [^.!?]{0,30}(?:\+|plus|abos?)$"
        r"|^(?:die |der |das )?[\w .-]{2,40} als e-?paper$"
        r"|^lesen sie (?:die|den|das) [^.!?]{1,40} (?:schon |bereits )?(?:ab \d{1,2}(?:[.:]\d{2})?"
        r" uhr )?am vorabend\b"
        # an agency's pitch to the media that buy its service
        r"|proefabonnement|bent u journalist|sind sie journalist|are you a journalist"
        r"|êtes-vous journaliste|(?:für|for|voor|pour|per) (?:medienkunden|media clients"
        r"|mediaklanten|clients médias|clienti media)|bereikbaar voor klanten"
        r"|(?:monat|month|mois|mes) (?:für|for|pour|por) (?:nur )?\d|gratis testen"
        r"|kostenlos testen|free trial|essai gratuit|prueba gratis|prova gratis"
        r"|alle artikel lesen|unlimited access|(?:den|diesen) (?:vollständigen|ganzen) artikel"
        r"|lesen sie weiter mit|lesen sie mit .{1,30} weiter|lesen sie alle (?:artikel|beiträge)"
        r"|sur un seul appareil à la fois|en cours sur un autre appareil|^continuer à lire ici$"
        r"|tu suscripción se está usando|otro usuario a tu suscripción|^añadir usuario$"
        r"|^continuar leyendo aquí$|si continúas leyendo en este dispositivo"
        r"|your subscription is being used|^continue reading here$"
        r"|^jetzt\b.{0,40}\b(?:testen|abonnieren|abo sichern)\b",
        250,
    ),
    _rule(
        K.AD_MARKER,
        "ad_marker",
        r"^(?:anzeige|werbung|advertisement|advertising|sponsored|gesponsert|promotion|publicité"
        r"|publicidad|pubblicità|advertentie|reklama|ad|ads|[-–—]+\s*anzeige\s*[-–—]+"
        r"|[\w .-]{2,30} campaign ad"  # a house ad's slot: "PT Mag Campaign AD"
        r"|(?:video )?ad feedback|anzeige\s*[|·:]\s*jetzt (?:bei|auf) \S+(?: kaufen| ansehen)?"
        r"|(?:article|story) continues (?:below|after) this (?:ad|advertisement)"
        r"|reklamı geç\b.{0,3}|haberin devamı|haber içeriği devam ediyor"
        r"|story continues below(?: advertisement)?|article continues below(?: advertisement)?"
        r"|weiterlesen nach der anzeige|la suite après (?:cette )?publicité|skip advertisement"
        r"|(?:der )?artikel (?:wird|geht) (?:unter|nach) (?:der|dieser) (?:anzeige|werbung) weiter"
        r"|(?:der )?artikel wird (?:unter|nach) (?:der|dieser) (?:anzeige|werbung) fortgesetzt"
        r"|(?:story|article) continues (?:below|after (?:this )?(?:ad|advertisement))"
        r"|advertisement\s*[·|•-]\s*scroll to continue|report this ad|continua após a publicidade"
        r"|continúa (?:después de|tras) la publicidad|publicidade|publicidad"
        r"|l['’]article continue (?:après|sous) (?:la|cette) publicité"
        r"|annonce|annons|annonse|mainos|hirdetés|reklám|publicitate|oglas|publicidade|anúncio"
        r"|sponsrad|sponset|sponsoreret|sponzorováno|szponzorált|sponsor message|sponsored content"
        r"|реклама|реклама на сайте|рекламата|διαφήμιση|reklam|mainos"
        r"|oglasno sporočilo|oglasno sporocilo|reklāma|reklaam|reklama \(sponsoruota\)"
        r"|dalsza część artykułu pod (?:materiałem wideo|reklamą)|dalszy ciąg materiału pod"
        r" (?:wideo|reklamą)|hide ad|materiał promocyjny"
        r"|ad feedback|passer la publicité|saltar publicidad|salta pubblicità|skip ad"
        r"|continue a ler (?:a seguir à|depois da|após a) publicidade"
        r"|story geht unten weiter|(?:der )?artikel (?:wird|geht) unten (?:fortgesetzt|weiter)"
        r"|článek pokračuje pod reklamou|pokračovanie článku (?:je )?pod reklamou"
        r"|a cikk a hirdetés után folytatódik"
        r"|become an? [\w ]{1,20} sponsor)$",
        60,
    ),
    # a broker's product box in a market story: "Ausgewählte Hebelprodukte auf Velmar", "Mit
    # Knock-outs können spekulative Anleger …", "Der Emittent ist berechtigt, Wertpapiere mit
    # Open End-Laufzeit zu kündigen."
    _rule(
        K.AD_MARKER,
        "product_box_line",
        r"^ausgewählte (?:hebelprodukte|optionsscheine|zertifikate|knock-outs?) (?:auf|zu)\b"
        r"|^mit knock-outs können\b|\bder emittent ist berechtigt\b"
        r"|^wählen sie (?:einfach )?den gewünschten hebel\b",
        300,
    ),
    # a classified ad in the text: "TEXT AD: Need affordable solar inverters? Call …"
    _rule(K.AD_MARKER, "text_ad", r"^text ad\s*:\s*\S", 300),
    _rule(K.DATELINE, "time_alone", r"^(?:um\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*uhr$", 20),
    # the update's time run on from the date's line: "| Actualizado 22:15h."
    _rule(
        K.DATELINE,
        "update_time_alone",
        r"^[|·•]?\s*(?:actualizad[oa]|actualitzat|atualizad[oa]|aggiornato|mis à jour|updated)"
        r"(?: a las| às| alle| à| at)?\s+(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*h?\.?$",
        40,
    ),
    _rule(
        K.DATELINE,
        "time_alone",  # "Aktualisiert um 12:05 Uhr": the day is the dateline's
        r"^(?:zuletzt )?(?:aktualisiert|geändert|update|updated|stand|publiziert|veröffentlicht)"
        r"\s*(?:um|at|:)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:uhr|h)?$",
        45,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "media_duration",
        # a player's "2:14 Min", "01:52 - Source: CNN"
        r"^\d{1,2}:\d{2}(?::\d{2})?\s*(?:min\.?|minuten|mins?|[-–|]\s*(?:source|quelle):\s*\S+)?$"
        # a player's clock, its button's word before it: "Přehrát   00:00 / 03:12"
        r"|^(?:\w+\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$",
        40,
    ),
    _rule(
        K.READING_TIME,
        "reading_time",
        # (not a Brazilian clock: "21/08/2025 - 21h40min")
        r"lesezeit|lesedauer|reading time|min(?:ute)?s? read|min\.\s?read|(?<!h\d\d)(?<!h\d)"
        r"(?<!h)\d+\s*min\.?\s*$"
        r"|temps de lecture"
        r"|tiempo de lectura|tempo di lettura|leestijd|czas czytania|minuten lesen|min\. lesen"
        r"|minut[io] di lettura|min\.? di lettura|minutos? de lectura|minutes? de lecture"
        r"|^lectura(?: de)? \d+ minutos?$|^lectura:\s*\d+\s*['’′]$"
        r"|мин(?:ут[аы]?)? чтения"
        r"|хв(?:илин[аи]?)? читання|λεπτά ανάγνωσης|dk okuma|lukuaika|\d+['’]\s*di lettura"
        r"|mins? to read|minutes? to read|min\.? de lecture|^lecture\s*:\s*\d+ min"
        r"|زمن القراءة|مدة القراءة|זמן קריאה|زمان مطالعه|पढ़ने का समय|阅读时间|読了時間|읽는 시간"
        r"|thời gian đọc|waktu baca|เวลาอ่าน",
        50,
    ),
    _rule(
        K.READING_TIME,
        "reading_time",  # "Smart Brevity® count: 1.8 mins...462 words"
        r"^smart brevity\W*\s*count\b",
        60,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "programme_note",
        r"^(?:dieses thema im programm|sendung|im programm|on air|à l'antenne|en antena"
        r"|tv-hinweis|live im tv)\s*:?$"
        # "ORF1 zeigt am Sonntag ab 22.35 Uhr eine Zusammenfassung …"
        r"|^[\w+ ]{2,20} (?:zeigt|überträgt) (?:[\w ]{0,30} )?(?:ab|um) \d{1,2}[.:]\d{2} uhr\b"
        # "Sendung: Antenne Brandenburg, 10.04.2024, 16:40 Uhr": the programme that ran it
        r"|^sendung\s*:\s*\S.*\b\d{1,2}[.:]\d{2}\s*uhr$"
        r"|^(?:ein )?thema (?:auch )?(?:in|im) (?:der )?(?:sendung|programm)\b"
        # "Aus Regionaljournal Graubünden vom 08.04.2025, 17:30 Uhr."
        r"|^aus (?:[^.!?]{2,40}) vom \d{1,2}\.\d{1,2}\.(?:19|20)\d{2}"
        r"(?:,? \d{1,2}[:.]\d{2}(?: uhr)?)?\.?$",
        90,
    ),
    _rule(
        K.SECTION_LABEL,
        "document_number",  # "Pressemitteilung Nr. 032/2025", "Medienmitteilung Nr. 14"
        r"^(?:pressemitteilung|pressemeldung|presseinformation|medienmitteilung|mitteilung"
        r"|press release|news release|communiqué de presse|comunicado de prensa)"
        r"\s+(?:nr\.?|no\.?|n°|#)\s*\d[\d/.-]*$",
        60,
    ),
    _rule(
        K.IMAGE_CAPTION,
        "gallery_title",  # "Fotostrecke: Die schönsten Bahnhöfe in Oberbayern"
        r"^(?:fotostrecke|bildergalerie|galerie|gallery|in bildern|in pictures|fotogalerie"
        r"|diaporama|galería|fotogallery)\s*:\s*\S",
        160,
    ),
    _rule(
        K.WIDGET,
        "fixture",  # when a match starts, not when the page was published
        r"^(?:anpfiff|anstoß|anwurf|spielbeginn|kick-?off|coup d'envoi"
        r"|nächstes (?:heim|auswärts)?spiel|next (?:home )?(?:game|match|fixture))\s*:"
        # a match box's start and ground: "22.12.2024, 16:30 Uhr · SAP Arena", "Sa. 08.03.2025,
        # 15:30 Uhr · Europa-Park Stadion, Freiburg"
        r"|^[^!?]{0,40}\d{1,2}[:.]\d{2}(?: uhr)?\s*[·|,–-]\s*[\w .'’-]{0,30}"
        r"(?:stadion|arena|stadium"
        r"|sporthalle|eishalle|sportpark|eisstadion|ground|stadio|estadio|stade)\b[^.!?]{0,30}$",
        200,
    ),
    _rule(
        K.WIDGET,
        "score_ticker",  # other matches: "Live: A – B 0:1 (71.)", "Endstand: A – B 2:2"
        r"^(?:live|endstand|halbzeit|abpfiff|final|ft|ht|full time|half time|en direct|en vivo"
        r"|finale|final score)\s*:\s*.{2,60}\s[–-]\s.{2,60}\s\d{1,3}:\d{1,3}"
        r"(?:\s*\(\d{1,3}\.?'?\))?$",
        160,
    ),
    _rule(
        K.AD_MARKER,
        "ad_line",  # "Anzeige: Jetzt ab 0 € handeln – über 3000 ETFs als Sparplan"
        r"^(?:anzeige|werbung|advertisement|sponsored|publicité|publicidad|pubblicità)\s*:\s*\S",
        300,
    ),
    _rule(
        K.AD_MARKER,
        "affiliate_note",  # "*Wenn Sie über diesen Link einkaufen, erhält … eine Provision."
        r"über diesen link (?:einkaufen|kaufen|bestellen)|erhält [\w .-]{1,40} eine provision"
        r"|^\*?affiliate-links?\*?$|^\*\s*(?:affiliate|provisionslink|werbelink)"
        r"|(?:partner|affiliate)-?links enthalten\b"
        r"|we may (?:earn|receive) (?:a )?commission"
        # "… erhalten wir eine Provision", "Wir bekommen eine Vergütung, wenn Du über diesen
        # Link …", "… sind teilweise Partner-Links"
        r"|erhalten wir (?:dafür )?(?:ggf\. |gegebenenfalls |eventuell |möglicherweise "
        r"|unter umständen )?eine provision"
        r"|bekommen (?:wir )?eine vergütung, wenn"
        r"|sind (?:teilweise )?(?:partner|affiliate)-links\b",
        300,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "media_promo",  # a podcast's or the app's promotion: "Podcast „…“: … – jetzt anhören"
        r"^[\w-]*podcast\b.{2,160}(?:[–—:-]\s*(?:jetzt )?(?:anhören|reinhören|hören)$"
        r"|jede[nr]? \w+ eine neue folge|wo es podcasts gibt)"
        r"|^enjoy more audio and podcasts on\b|^listen to this story\.?$"
        r"|your browser does not support the (?:audio|video) (?:element|tag)"
        r"|^the audio version of this (?:article|story) is generated\b"
        r"|^\[listen to (?:this )?(?:article|story)\]|^la lecture audio est générée automatiquement"
        r"|^this (?:article |story )?is read by an automated voice\b"
        r"|^watch (?:the latest|our latest|the full) [^.!?]{2,60} (?:below|here)\s*:?$"
        r"|^(?:new\s*)?you can now listen to [^.!?]{2,40} articles!?$"
        r"|(?:artikel|beitrag|text) vorlesen lassen|stimme wird künstlich erzeugt"
        r"|audio(?:version|fassung) (?:dieses artikels )?wurde künstlich (?:generiert|erzeugt)"
        r"|^hören sie hier (?:die audio(?:aufnahme|version)|den artikel|den beitrag)\b"
        r"|^\W{0,2}\s*hier (?:anhören|reinhören|nachhören)\b"
        r"|^ende des (?:audio|video)beitrags$|^end of (?:audio|video) clip$"
        r"|^das video ist nicht mehr verfügbar|^this video is no longer available"
        r"|wherever you get your podcasts$"
        r"|^(?:this|the) (?:audio|voice) is (?:ai-)?generated\b"
        r"|^(?:écouter|escuchar|ascolta|luister|listen)\s*[-–—]\s*\d{1,2}:\d{2}$",
        200,
    ),
    _rule(
        K.SHARE,
        "bookmark",
        r"^(?:gerade keine zeit\?\s*)?(?:artikel |beitrag )?(?:merken|später lesen)$"
        r"|^log in, register or subscribe to save articles\b"
        r"|^(?:save|save for later|save (?:this )?(?:article|story)|read later|lire plus tard"
        r"|guardar(?: artículo)?|salva(?: articolo)?|weitere optionen zum teilen|meldung teilen"
        r"|artikel verschenken|more sharing options|ajouter à (?:vos|mes|ma) (?:sélections|favoris"
        r"|liste)|añadir a (?:mis )?favoritos|aggiungi ai preferiti|toevoegen aan favorieten)$",
        60,
    ),
    _rule(
        K.PAYWALL,
        "premium_label",
        r"^(?-i:[A-ZÄÖÜ][\w.-]{0,20})(?:\s(?-i:[A-ZÄÖÜ])[\w.-]{0,20})?\s?(?:plus|\+)$"
        # "heise+", "t3n Pro", "Golem Plus Artikel": a brand's premium mark in lower case too
        r"|^(?=[\w.-]*[^\W\d_])[\w.-]{2,20}(?:\+| plus| pro)(?: artikel)?$",  # (not "18+")
        30,
    ),
    _rule(
        K.NAVIGATION,
        "news_ticker",  # "+++ EILMELDUNG +++ 14:52 Uhr: … +++", "Breaking: …" over the page
        r"^\+\+\+ .*\+\+\+$|^(?:eilmeldung|breaking news|breaking|liveticker)\s*[:+|–-]"
        # a local station's alert bar: "WINTER WEATHER ADVISORY: Freezing drizzle …"
        r"|^(?:winter storm|winter weather|severe (?:thunderstorm|weather)|tornado|flash flood"
        r"|flood|excessive heat|heat|wind chill|extreme cold|freeze|frost|fire weather|red flag"
        r"|high wind|dense fog|blizzard|ice storm)\s+(?:warning|watch|advisory|alert)s?\s*:",
        600,
    ),
    _rule(
        K.WIDGET,
        "quiz_pitch",  # "Wie gut kennen Sie die 2. Bundesliga? Testen Sie Ihr Wissen …"
        r"^wie gut kennen sie\b.{0,80}\?|testen sie ihr wissen|test your knowledge"
        r"|testez vos connaissances|metti alla prova le tue conoscenze",
        200,
    ),
    _rule(
        K.NAVIGATION,
        "error_report",
        r"^(?:haben sie einen fehler (?:entdeckt|gefunden)|fehler (?:gefunden|entdeckt)\??"
        r"|spotted an (?:error|mistake)|found an error|report an error|signaler une erreur"
        r"|reporta un error|informar de un error|notifica un errore|segnala un errore"
        r"|feedback)\b"
        r"|\b(?:ctrl|strg)\s*\+\s*enter\b",
        160,
    ),
    _rule(
        K.NAVIGATION,
        "reader_tip",
        r"^(?:hast du|haben sie) (?:auch )?(?:etwas beobachtet|einen hinweis|einen tipp|ein thema)"
        r"|^heb (?:jij|je|u) (?:een )?tip\b|^har du (?:et |ett |en )?tips?\b|^tipsa oss\b"
        r"|^vinkkaa\b"
        # an opinion desk's call for pieces: "Vill du skriva för GP Debatt? Skicka ditt bidrag …"
        r"|^(?:vill du skriva|vil du skrive|want to write|quer escrever|¿quieres escribir)"
        r" (?:för|for|på|i|para|en) [\w .-]{2,30}\?|^(?:wollen|möchten) sie für [\w .-]{2,30}"
        r" schreiben\?"
        # "BILD-Leserreporter: Haben Sie …", "Schickt uns eure Fotos …", "We pay for your stories!"
        r"|^[\w-]*leser-?reporter\s*:"
        r"|(?:^|[.!?]\s+)(?:schickt|schicken sie) uns (?:eure|ihre) (?:fotos|bilder|videos)"
        r"|^we pay for your stories\b|\bdo you have a story for\b"
        r"|^masz (?:ciekawy temat|ważną informację|informację|zdjęcie|temat)\b|^máte tip\b"
        r"|^weet (?:jij|je|u) meer\b|^tip (?:de|onze) redactie\b"
        r"|^partagez (?:votre|vos) (?:avis|témoignage|expérience|photos)\b"
        r"|^(?:sie haben|du hast) (?:ein thema|einen hinweis|einen tipp)\b"
        r"|schick(?:en sie)? uns (?:deine |ihre |eure )?(?:fotos|videos|hinweise|leserreporter)"
        # "Wissen Sie mehr? Sind Sie betroffen? Schreiben Sie uns an …"
        r"|^(?:wissen sie mehr|sind sie (?:auch )?betroffen|wissen sie etwas)\?"
        r"|^(?:sie haben|du hast) hinweise, fotos oder videos\b"
        r"|lade (?:deine|dein|eure) (?:fotos|bilder|videos) hoch|\bwerde [\w-]*reporter(?:in)?\b"
        r"|^votre témoignage nous intéresse\b"
        # "Tu as été témoin de l'incident?" / "Envoie-nous tes photos …", "Hai visto qualcosa?
        # Segnalacelo!" / "Invia foto e video alla nostra redazione via WhatsApp …"
        r"|^(?:tu as|vous avez) été témoin\b|^(?:envoie|envoyez)-nous (?:tes|vos) (?:photos"
        r"|vidéos|images|infos)\b|^hai visto qualcosa\b|\bsegnalacel[oa]\b"
        r"|^invia (?:le tue )?(?:foto|video)\b[^.!?]{0,40}\b(?:redazione|whatsapp)\b"
        # a station's call-ins: "Schickt sie uns per WhatsApp an die ffn-Hotline!", "Ruft uns
        # an im Studio unter 040 / …", "Schreibt uns über die Sprachnachricht-Funktion …",
        # "Stau melden: 0800 / …"; "Dacă ai informații …, trimite-ne un mesaj pe WhatsApp"
        r"|(?:^|[.!?]\s+)(?:schickt|schicken sie|sendet|ruft|rufen sie|schreibt|schreiben sie)"
        r"(?: \w+)? uns\b"
        r"[^.!?]{0,60}\b(?:whatsapp|hotline|studio|sprachnachricht|app|telefon|unter \d)"
        r"|^(?:stau|staus|blitzer|unfälle?|glätte)(?: und \w+)? melden\s*:"
        r"|\btrimite-ne (?:un mesaj|informații|fotografii)\b"
        r"|^imate li (?:informaciju|saznanja|fotografije|vijest)\b|^ste bili priča\b"
        r"|^(?:got|have) a (?:news )?tip\b|^skip (?:next )?section\b|^tips? voor de redactie\b"
        r"|^skip to (?:main )?content(?:\s*skip to [\w ]{2,20})?$|^skip (?:to )?navigation$"
        r"|^(?:[\w .]{2,30} - )?back to (?:home|top|homepage)$|^zurück zur startseite$"
        r"|^(?:view|switch to) (?:the )?(?:full|desktop|mobile) (?:site|version)$"
        r"|^【?字[体號号][：:]\s*大\s*中\s*小】?"
        r"|^(?:larger|smaller|normal|reset|increase|decrease) (?:text|font) size$"
        # a feed reader's and an app's share wrapper: "Eintrag 3 von 27 (ungelesen)", "Feed:
        # https://…", "Schau dir diesen Artikel aus der KStA-App an:"
        r"|^(?:eintrag|artikel|item|entry|element|beitrag) \d+ (?:von|of|sur|de|di) \d+"
        r"(?: \((?:ungelesen|gelesen|unread|read|neu|new|non lu|lu)\))?$"
        r"|^feed\s*:\s*https?://\S+$"
        r"|^(?:schau dir|sieh dir|lies) diesen (?:artikel|beitrag) (?:aus|in|auf) (?:der|dem)"
        r" [\w .-]{2,30}an\s*:?$"
        r"|^check out this (?:article|story) (?:from|on|in) (?:the )?[\w .-]{2,30}:?$"
        r"|\breader alert\s*:\s*our new app\b|^dismiss$"
        r"|^[^|]{6,40}\d{4}\s*\|\s*[^|]{2,40}\s-?\d{1,3}\s?°[cf]?$"
        # a report's neighbours: "« Einsatz 22/2025 | Übersicht | Einsatz 24/2025 »"
        r"|^[«‹<]\s*[^|]{1,40}\|\s*(?:übersicht|overview|alle \S+|zur übersicht)\s*\|"
        r"\s*[^|]{1,40}[»›>]$"
        r"|^(?:tamaño de (?:la )?letra|schriftgröße|font size|text size|taille du texte"
        r"|dimensione del testo|tekstgrootte)\s*:?(?:\s*a\s*[+-]?)*$"
        r"|^why you can trust [\w .-]{2,30}$|^warum sie [\w .-]{2,30} vertrauen können$"
        r"|^please (?:turn on|enable) javascript\b|^bitte aktivieren sie javascript\b"
        r"|^do you have a (?:story|news tip|tip) for\b|^tell us which stories we should cover\b"
        r"|^tu as une info\b|^vous avez une info\b|^(?:hast du|haben sie) (?:eine )?(?:info|news)\b"
        r"|^find out what's happening in\b|free, real-time updates from\b"
        r"|this is a space for (?:friendly )?(?:local )?discussions?\b"
        r"|in your mailbox every \w+ for\b"
        r"|^get in touch$|this external site may contain content"
        r"|^[\w.-]+\.[a-z]{2,3} is the (?:web)?site of\b"
        r"|^[\w .-]+ ist ein (?:programm|hörfunkprogramm|radioprogramm|sender) (?:von|der|des)\b"
        r"|staumelder|^(?:stau|blitzer) (?:oder (?:stau|blitzer) )?gesehen\?"
        # an old page's notices: "… aktivieren Sie bitte JavaScript in Ihrem Browser.", "Sie
        # benötigen den Macromedia Flash Player, um diesen Inhalt anzuzeigen."
        r"|aktivieren sie (?:bitte )?javascript|javascript (?:is |ist )?(?:disabled|deaktiviert)"
        r"|(?:enable|activate) javascript (?:in|to|for)\b"
        r"|benötigen (?:sie )?(?:den|das|einen) (?:\w+ )?flash[ -]?player"
        r"|(?:need|requires?) (?:the )?(?:latest )?(?:adobe |macromedia )?flash player"
        r"|^zur (?:vollversion|desktop-version|mobilen version)$",
        300,
    ),
    # A site's warning about the reader's browser, printed above everything else and as long
    # as a headline: "IE 11 is not supported. For an optimal experience visit our site on
    # another browser.", "… You are using a browser version with limited support for CSS."
    _rule(
        K.NAVIGATION,
        "browser_notice",
        r"^(?:internet explorer|ie) ?1?\d? (?:is|wird) (?:no longer |not |nicht )"
        r"(?:supported|mehr )?(?:unterstützt)?\b"
        r"|using a browser version with limited support\b"
        r"|^(?:your|this) browser (?:is (?:not|no longer) supported|is out of date|version is"
        r" (?:not supported|outdated))\b"
        r"|^you(?: are|'re) using an? (?:outdated|unsupported|older|old) (?:web )?browser\b"
        r"|^(?:ihr|dein) browser (?:wird (?:nicht|nicht mehr) unterstützt|ist veraltet)\b"
        r"|^sie (?:verwenden|nutzen) einen (?:veralteten|nicht unterstützten) browser\b",
        320,
    ),
    _rule(
        K.COMMENT_FORM,
        "poll",
        r"^(?:deine meinung zählt|ihre meinung zählt|umfrage|abstimmung|poll|sondage|encuesta"
        r"|sondaggio|peiling|ankieta|quiz|dê (?:a )?sua opinião|enquete)\s*:?$",
        30,
    ),
    # a study's reference where the DOI is most of the line: "Nature Catalysis, 2025. DOI:
    # 10.1038/…", "doi: https://doi.org/10.1038/…" (a full citation with its authors stays)
    _rule(
        K.SOURCES,
        "study_reference",
        r"^(?:\S+\s+){0,6}\S*(?:\bdoi:?\s*|doi\.org/)10\.\d{4,9}/\S+(?:\s+\S+){0,3}$",
        200,
    ),
    _rule(
        K.SOURCES,
        # a numbered list's entry: "2. Gustafson, C., Key, K. & Evans, R. L. Sci. Rep. 9, 8709
        # (2019)." (a press release's one "Originalpublikation: Name, J. (2025): …" is its text)
        "reference_entry",
        r"^(?:\d{1,3}\.|\[\d{1,3}\])\s+(?-i:[A-ZÀ-Ý])[\w'’-]+,\s(?-i:[A-Z])\.(?:\s?(?-i:[A-Z])\.)*"
        r"(?:,|\s&|\set al\.)",
        300,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "video_teaser",
        r"^watch\s*:\s*\S.{10,400}\s[–-]\s+[a-z]{3,9}\.? \d{1,2}, \d{4}$|"
        # ("VİDEO" lower-cased has a combining dot after the i)
        r"^(?:[▶►]\s*)?\[?v[ií].?deo\]?\s*(?:[▶►|:]\s*)?\S.{2,140}?"
        r"(?:\(\d{1,2}:\d{2}\)|[|▶►]\s*\d{1,2}:\d{2})$"
        # "Video | Die Highlights: … | 3 Min", "Das Spiel im Video: Alle Tore … (4:05)"
        r"|^(?:video|audio|podcast)\s*\|\s*\S.{2,120}\|\s*\d{1,3}\s*min\.?$"
        r"|^[^.!?|]{0,40}\bim video\s*:\s*\S.{2,120}\(\d{1,2}:\d{2}\)$"
        r"|^(?:video |audio )?(?:verfügbar bis|available until|disponible jusqu['’]au"
        r"|disponibile fino al)\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}$",
        450,
    ),
    _rule(
        K.IMAGE_CAPTION,
        "gallery_caption",  # "Bild 1 von 12: Die Königsstadt ist das erste Gebiet. (Quelle: …)"
        r"^(?:bild|foto|photo|image|picture)\s+\d{1,3}\s*(?:von|of|/|sur|de|di)\s*\d{1,3}\s*[:–-]"
        r"\s*\S",
        400,
    ),
    _rule(
        K.IMAGE_CAPTION,
        "video_description",  # "Beschreibung des Videos: Die Ministerin verteidigt …"
        r"^(?:vidéo|video|audio)\s*:\s*[^/]{2,40}/\s*\d+ min\.?\s*(?:/|$)"
        r"|^(?:beschreibung des videos|videobeschreibung|video description|description de la vidéo"
        r"|descripción del vídeo|descrizione del video)\s*:",
        400,
    ),
    _rule(
        K.AD_MARKER,
        "stream_promo",
        r"^[^:]{2,40} (?:im stream|zum streamen|streamen)\s*:\s*\S"
        r"|^(?:jetzt|hier|kostenlos) (?:streamen|ansehen|anschauen)$",
        120,
    ),
    _rule(
        K.RELATED_LIST,
        "breaking_ticker",  # "ÚLTIMA HORA  22:45 Reabre el aeropuerto …  ·  22:30 …"
        r"^(?:última hora|breaking(?: news)?|eilmeldung|dernière minute|ultim['’]ora|son dakika"
        r"|latest|live)\s*:?\s+\d{1,2}[:.]\d{2}\s+\S.*\s[·|•]\s+\d{1,2}[:.]\d{2}\s",
        600,
    ),
    _rule(
        K.RELATED_LINK,
        "live_link",  # "EN DIRECTO | Sigue toda la actualidad de los Sanfermines 2025"
        r"^(?:en directo|en vivo|directo|live|liveblog|liveticker|im liveticker|en direct)"
        r"\s*[|:·•]\s*\S",
        160,
    ),
    _rule(
        K.AD_MARKER,
        "trading_offer",  # a broker's buttons, its offer and the regulator's risk warning
        r"^(?:kaufen|verkaufen|buy|sell|handeln)(?:\s*[|·/]\s*(?:kaufen|verkaufen|buy|sell|handeln))+$"
        r"|^\S+(?: \S+)? mit hebel handeln\b|cfds sind komplexe instrumente"
        r"|cfds are complex instruments|\d+\s?(?:,\d+\s?)?% (?:der|of) (?:klein)?(?:anleger|retail)"
        r"[^.]{0,40}(?:verlieren|lose) (?:geld|money)\b",
        400,
    ),
    _rule(
        K.COMMENT_FORM,
        "article_rating",
        r"^(?:bewertung dieses artikels|artikel bewerten|wie hat ihnen (?:dieser|der) artikel"
        r" gefallen\??|rate this article|how useful was this article\??)$",
        60,
    ),
    _rule(
        K.RELATED_LINK,
        "click_here_promo",  # "CLICK HERE TO GET THE FOX NEWS APP", "CLICK HERE FOR MORE US NEWS"
        r"^(?-i:CLICK HERE (?:TO|FOR) [A-Z0-9][A-Z0-9 .,'’&:-]+)$"
        r"|^click here to (?:get|download) (?:the |our )?[^.!?]{2,40} app$",
        120,
    ),
    _rule(
        K.RELATED_LINK,
        "interactive_link",  # "Hier geht es zur interaktiven Karte mit allen Landkreisen"
        r"(?:^|[:–—-]\s*)(?:hier geht (?:es|'s) |hier )?zu[rm] (?:interaktiven|interaktive)"
        r" (?:karte|grafik|datenbank|anwendung|tabelle|version|übersicht|suche)\b"
        r"|^(?:explore|see|view|open) (?:the|our) interactive (?:map|graphic|chart|database)\b",
        200,
    ),
    _rule(
        K.DATELINE,
        "relative_time",  # a header's time without its day: "vor 3 Std.", "2 hours ago"
        r"^(?:vor (?:einer|einem|\d+) (?:min\.?|minuten?|std\.?|stunden?|tag(?:en)?)"
        r"|\d+ (?:mins?|minutes?|hrs?|hours?|days?) ago|gerade eben|just now)$"
        # "Kranj, pred 3 urami | Posodobljeno: pred 1 uro": a place, the time, the update's
        # (classes that are no \w keep the RE2 prefilter small: "[^,|]", "\S")
        r"|^(?:(?-i:[A-ZÀ-Ž])[^,|]*,\s+)?(?:pred \d+ (?:urami|uro|minutami|minuto|dnevi|dnem)"
        r"|před \d+ (?:hodinami|hodinou|minutami|minutou|dny|dnem)"
        r"|pred \d+ (?:hodinami|hodinou|minútami|minútou|dňami|dňom)"
        r"|\d+ (?:godz(?:\.|iny|in)?|minut[y]?|dni) temu|acum \d+ (?:ore|minute|zile)"
        r"|\d+ (?:órája|perce|napja)|prieš \d+ (?:val\.?|min\.?|d\.?)"
        r"|pirms \d+ (?:stundām|stundas|minūtēm|dienām)|\d+ (?:tundi|minutit|päeva) tagasi)"
        r"(?:\s*[|·•]\s*[^:|]+:\s*(?:pred|před|acum|prieš|pirms)?\s*\d+ \S+(?: \S+)?)?$",
        90,
    ),
    _rule(
        K.DATELINE,
        "time_line",  # the header's time under its day: "4:21 PM MYT"
        r"^\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\.?(?:\s+[a-z]{2,5})?$",
        20,
    ),
    _rule(
        K.DATELINE,
        "update_time",  # "Laatste update: 18:31", "Aggiornato alle 09:41": the day is above
        rf"^(?:{UPDATE_TIME_CUE})\s*:?\s*\d{{1,2}}[:.h]\d{{2}}(?:\s*(?:uur|uhr|h|[ap]\.?\s?m\.?))?$",
        50,
    ),
    _rule(
        K.AD_MARKER,
        "contest",  # a station's or paper's prize game: "Jetzt mitspielen und … gewinnen!"
        r"\bjetzt mitspielen\b|^(?:gewinnspiel|mitmachen und gewinnen)\s*:?$"
        # the game's teaser: "Gewinnspiel: Wir schicken dich …", "Jetzt mitmachen: Der …"
        r"|^(?:gewinnspiel|jetzt mitmachen|mitmachen und gewinnen)\s*:\s*\S",
        240,
    ),
    _rule(
        K.AD_MARKER,
        "affiliate_button",  # the star marks an affiliate link: "Jetzt bei Anbieter ansehen*"
        r"^(?:zum angebot|zum shop|jetzt kaufen|jetzt bestellen|(?:jetzt )?(?:bei|auf) [\w .&+-]+"
        r" (?:ansehen|streamen|kaufen|bestellen|buchen))\*$",
        80,
    ),
    _rule(
        K.CREDIT_LINE,
        "source_line",  # "Source: Al Jazeera", "Sources: AFP, Reuters": the text's or a map's
        # (not a teaser's "Source: Bloomberg · 2h ago" in a list of other stories)
        # ("Zdroj: Bild, Blesk.cz": a domain's dot is no sentence's)
        r"^(?:sources?|źródło|zdroj|izvor|kaynak|forrás|المصدر|מקור)\s*:\s*[^\s:/](?:[^.!?:·•|]"
        r"|\.(?=\w))*$",
        80,
    ),
    _rule(
        K.WIDGET,
        "book_details",  # a review's book: "368 Seiten, 26 Euro", "320 pages, £20"
        r"^\d{2,4} (?:seiten|s\.|pages?|pp\.)\s*[,;.]?\s*(?:[\d,.]+\s*(?:euro|eur|€|chf|£|\$)"
        r"|[€£$]\s*\d|gebunden|broschiert|taschenbuch|hardcover|paperback)",
        80,
    ),
    _rule(
        K.WIDGET,
        "rating_line",  # a review's verdict in stars: "Unsere Bewertung: 2,5 von 5 Sternen"
        r"^(?:unsere |meine |die )?(?:bewertung|wertung|rating|our rating|note|notre note)\s*:\s*"
        r"\d(?:[,.]\d)?\s*(?:von|/|out of|sur)\s*\d+(?:\s*(?:sternen|sterne|stars|étoiles))?$",
        60,
    ),
    _rule(
        K.WIDGET,
        "feedback_question",  # "Hat Dir der Ratgeber geholfen?", "War dieser Artikel hilfreich?"
        r"^(?:hat (?:dir|ihnen|euch) (?:der|dieser|unser) (?:ratgeber|artikel|beitrag|text)"
        r" (?:geholfen|gefallen)|war (?:dieser|der|unser) (?:artikel|beitrag|ratgeber|text)"
        r" hilfreich|was this (?:article|page|story) helpful|did you find this (?:article|page)"
        r" helpful|wie hilfreich (?:findest du|finden sie|fandest du|fanden sie|war)"
        r" (?:diesen|dieser|den|der|unseren|unser) (?:artikel|beitrag|ratgeber|text)"
        r"|do you like the content of this article|did you (?:like|enjoy) this (?:article|story))"
        r"\s*\??$",
        80,
    ),
    _rule(
        K.AD_MARKER,
        "stream_promo",  # "Jetzt „Villa der Wahrheit“ bei RTL+ streamen"
        # (a sentence has its full stop)
        r"^(?:jetzt|hier|alle folgen) .+ (?:bei|auf|in der|im) [\w+ .-]+"
        r" (?:streamen|ansehen|anschauen|schauen)$|^(?:stream|watch) .+ (?:now )?on [\w+ .-]+$",
        120,
    ),
    _rule(
        K.IMAGE_CREDIT,
        "staff_photo",  # "Daily Beispiel staff photo", "Courtesy of the Beispiel Library"
        r"^(?:[\w.'’ -]+ )?(?:staff|file) (?:photo|photographer)$"
        # a photographer in capitals and the address to write to: "NAME SURNAME name@paper.com"
        r"|^(?-i:[A-ZÀ-Ý]{2,}(?:[ -][A-ZÀ-Ý]{2,}){1,3})\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"
        r"|^(?:photo )?courtesy of [\w .'’&-]+$",
        60,
    ),
    _rule(
        K.NAVIGATION,
        "pagination",  # a multi-page article's page links: "Seite 1 von 3", "Weiter auf Seite 2"
        r"^(?:seite|page|pagina|página|strona) \d+ (?:von|of|sur|di|de|z) \d+"
        r"(?:\s+(?:weiter|nächste seite|next|suivant|siguiente|avanti)\s*[›»>]?)?$"
        r"|(?:^|:\s)(?:weiter|fortsetzung|lesen sie weiter) auf seite \d+\s*[›»>]?$"
        r"|^(?:\d+\s+)+(?:nächste seite|weiter|next page|next)\s*[›»>]?$"
        r"|^(?:nächste|vorherige) seite\s*[›»>]?$|^(?:next|previous) page\s*[›»>]?$",
        120,
    ),
    _rule(
        K.NAVIGATION,
        "refresh_button",
        r"^(?:ticker|seite|liveblog|live-ticker|live-blog|feed) (?:aktualisieren|neu laden)$"
        r"|^(?:refresh|reload)(?: (?:page|feed|live blog|the page))?$"
        r"|^(?:rafraîchir|actualiser) (?:le direct|la page)$|^aggiorna (?:la diretta|la pagina)$"
        r"|^(?:liveblog|pagina) (?:verversen|vernieuwen)$"
        r"|^(?:load|show) more (?:updates|posts|entries)$|^(?:weitere|mehr) einträge laden$"
        r"|^(?:afficher|charger) plus de messages$|^carica altri aggiornamenti$",
        40,
    ),
    _rule(
        K.CREDIT_LINE,
        "press_release_credit",
        r"^original-content von\b|übermittelt durch news aktuell|automatisch (?:aus|von) .{0,40}"
        r"übernommen|automatically (?:imported|published) from|automatisch veröffentlicht"
        r"|redaktion nicht bearbeitet|redaktionell (?:nicht |un)bearbeitet"
        r"|not edited by (?:our|the) (?:staff|newsroom)"
        r"|(?:dieser )?(?:artikel|text|beitrag) wurde (?:automatisch )?von (?:der )?[\w .-]{2,40}"
        r"(?:\([\w/-]+\) )?übernommen"
        # "Diese Meldung kann unter Angabe der Quelle frei verwendet werden.", and the release's
        # number over its headline: "Pressemitteilung Nr. 087/25 | Naturschutz"
        r"|^diese (?:meldung|pressemitteilung|presseinformation) (?:kann|darf)\b[^.!?]{0,40}"
        r"\bverwendet werden"
        r"|^(?:pressemitteilung|presseinformation|pressemeldung|medienmitteilung|medieninformation"
        r"|press release)\s+(?:nr\.?|no\.?|#)\s*\d{1,4}(?:/\d{2,4})?(?:\s*[|·–-]\s*[^.!?]{1,40})?$",
        300,
    ),
    _rule(
        K.CONTACT,
        "contact_heading",
        r"^(?:rückfragen (?:bitte )?an|pressekontakt|kontakt für rückfragen|media contact"
        r"|press contact|contact presse|(?:wissenschaftliche[rn]? )?ansprechpartner(?:in|innen)?)"
        r"\s*:?$",
        40,
    ),
    _rule(
        K.FOOTER,
        "disclaimer",
        r"(?:gastbeiträge|gastkommentare|kommentare|beiträge|leserbriefe) geben (?:nicht )?"
        r"(?:notwendigerweise )?(?:nur )?die meinung"
        r"|geben nicht (?:notwendigerweise|unbedingt|zwingend) die meinung der redaktion wieder"
        r"|spiegeln nicht (?:notwendigerweise |unbedingt |zwingend )?die meinung der redaktion"
        r" wider"
        r"|meinung (?:des autors|der autorin|der autoren|des gastautors|der gastautorin) muss nicht"
        r"|gibt die (?:persönliche )?meinung (?:der autorin|des autors)(?: oder des autors)? wieder"
        r"|(?:do not|don't) necessarily reflect the (?:views?|opinions?) of"
        r"|^die in (?:gastbeiträgen|gastkommentaren|diesem (?:beitrag|text)) geäußerten"
        r" (?:meinungen|ansichten)"
        r"|opinions expressed (?:here )?are (?:those|the author's)"
        # a market page's data notice: "All quotes delayed a minimum of 15 minutes."
        r"|^(?:all )?quotes (?:are )?delayed\b|^kurse (?:sind |werden )?(?:mindestens )?(?:\d+ )?"
        r"(?:min(?:uten|\.)? )?verzögert|^(?:cours|cotations) différés"
        r"|we reserve the right to (?:remove|delete|edit)|wir behalten uns (?:das recht )?vor,?"
        r" (?:kommentare|beiträge|inhalte)|nous nous réservons le droit de (?:supprimer|modérer)"
        r"|aggregates (?:stories|news|articles|headlines) from|articles are provided by (?:our )?"
        r"(?:content )?partners|(?:inhalte|artikel) (?:werden|stammen) von (?:unseren )?"
        r"(?:content-?)?partnern"
        r"|^für (?:den|die) inhalte? (?:[\w-]+ ){0,4}(?:ist|sind) (?:[\w-]+ ){0,3}verantwortlich"
        r"|^the views expressed (?:[\w-]+ ){0,4}are (?:those of|the author's)"
        # an opinion page's note in the Nordic languages and Portuguese, Spanish, French: "Detta
        # är en debattartikel. Åsikterna som uttrycks är skribenternas egna.", "Os artigos de
        # opinião … são da exclusiva responsabilidade dos seus autores."
        r"|^(?:detta är en|dette er en?|dette er et) (?:debattartikel|debattinnlegg|debatindlæg"
        r"|krönika|kommentar|ledare|leder|kronikk|klumme|insändare|replik)\."
        r"|\båsikterna (?:som uttrycks |i (?:texten|artikeln) )?är (?:skribent|författar)\w* egna"
        r"|\b(?:gir uttrykk for|udtrykker) (?:skribentens|forfatterens|skribenternes)"
        r" (?:egne? )?(?:holdning|menin)"
        r"|\bkirjoitus edustaa kirjoittajan (?:omia )?näkemyksiä"
        r"|\bsão da (?:exclusiva )?responsabilidade d(?:os seus|o seu|a sua|e seus?|os) autor"
        r"|\bson (?:de )?(?:la )?(?:exclusiva )?responsabilidad (?:exclusiva )?de (?:sus|su|los)"
        r" autor|\bn['’]engagent? que (?:leurs?|son|ses|l['’]) ?auteur",
        300,
    ),
    _rule(
        K.BYLINE,
        "reporting_from",  # where the reporters were: "Reporting from San Tan Mesa, Ariz."
        r"^(?:reporting|reports?) from\s+(?-i:[A-ZÀ-Ý])[\w .,'’-]{2,60}$",
        80,
    ),
    _rule(
        K.AD_MARKER,
        "affiliate_disclosure",  # the outlet is paid for what readers buy through its links
        r"(?:wir erhalten|erhalten wir)(?: ggf\.| gegebenenfalls)? eine (?:provision|vergütung)"
        r"|may (?:earn|receive) (?:a )?(?:small )?(?:commission|revenue|share of (?:the )?sales)"
        r"|earns? (?:an )?affiliate commissions?"
        r"|(?:affiliate|provisions|partner)-?links? (?:sind|are)"
        r"|nous (?:percevons|touchons) une commission|(?:podemos|podríamos) recibir una comisión"
        r"|(?:potremmo|possiamo) ricevere una commissione"
        # "Dieser Artikel enthält sogenannte Affiliate-Links. … erhält Golem.de eine kleine
        # Provision." and its note on prices
        r"|enthält (?:sogenannte |so genannte )?(?:affiliate|partner)-links\b"
        r"|erhält [\w .-]{1,40} eine (?:kleine )?provision"
        r"|^\*?\s*preise können sich seit der veröffentlichung geändert haben",
        300,
    ),
    _rule(
        K.AD_MARKER,
        "product_offer",  # a product box: a price at a shop, "$89.99 at Walmart", "29,99 € bei …"
        r"(?:[$€£]\s?\d+(?:[.,]\d{2})?|\d+(?:[.,]\d{2})?\s?(?:€|eur|euro))\s+(?:at|bei|chez|en|su|bij)"
        r"\s+[\w.&'’-]+(?:\s+[\w.&'’-]+)?$",
        120,
    ),
    _rule(
        K.WIDGET,
        "poll_button",  # a poll's button and its count of votes
        r"^(?:jetzt )?abstimmen$|^ergebnis(?:se)? anzeigen$|^(?:vote|vote now|show results"
        r"|see results|voter|votar|vota|stemmen|głosuj|zur abstimmung"
        # a quiz inside the page is the same widget: "Quiz starten", "Zum Quiz"
        r"|quiz starten|zum quiz|start (?:the )?quiz|take the quiz|commencer le quiz"
        r"|(?:jetzt )?mitraten)$"
        r"|^\d[\d.,]* (?:stimmen|abstimmende|votes|voix|votos|voti|stemmen|głosów|teilnehmer)$",
        40,
    ),
    _rule(
        K.SECTION_LABEL,
        "newsletter_issue",  # "The Ledger Line — Issue #212": the newsletter and its number
        r"^[\w .'’&-]{2,40}\s+[—–|-]\s+(?:issue|ausgabe|édition|numéro|edición|no\.?|nr\.?)\s*#?\s*"
        r"\d{1,4}$",
        60,
    ),
    _rule(
        K.NAVIGATION,
        "app_promo",  # the outlet's app, offered or named as where the copy came from
        r"^(?:jetzt |hier )?(?:die |unsere |our |the )?[\w -]{0,40}\bapp (?:jetzt |now )?"
        r"(?:kostenlos |gratis |for free )?(?:herunterladen|laden|installieren|downloaden)\b"
        r"|^(?:jetzt |hier )?(?:(?:die|unsere) [\w -]{0,40}app (?:kostenlos )?herunterladen"
        r"|laden sie (?:sich )?(?:jetzt )?(?:die|unsere) [\w -]{0,40}app\b)"
        r"|^(?:download|get|install) (?:the|our) [\w -]{0,40}\bapp\b"
        r"|^(?:télécharge[zr]?|descarga|scarica|download|pobierz) (?:l['’]|la |nuestra |la nostra "
        r"|de |onze |naszą |aplikację )?(?:application|app|aplicación|aplikację)\b"
        r"|^(?:in (?:der )?app öffnen|open in (?:the )?app|ouvrir dans l['’]app(?:lication)?"
        r"|abrir en la app|apri nell['’]app|openen in de app|otwórz w aplikacji)$"
        r"|^(?:geteilt aus der|shared (?:from|via) the|partagé depuis l['’]app(?:lication)?)"
        r" [\w -]{1,40}app\b"
        r"|^(?:diesen artikel|den artikel|artikel) in der app (?:lesen|öffnen|ansehen)$"
        r"|^(?:read|open) (?:this (?:article|story) )?in the app$"
        r"|\bin unserer [\w .-]*\bapp\b"
        r"|^immer (?:gut )?informiert mit (?:der|unserer) [\w .-]*app(?:$|:)"
        # "Mit der Blick-App verpasst du keine Breaking News mehr.", "Aktiviere die
        # Push-Mitteilungen in der 20-Minuten-App …"
        r"|^mit (?:der|unserer) [\w .-]*app verpass(?:t du|en sie) (?:keine|nichts)\b"
        r"|\bpush-(?:mitteilungen|nachrichten|benachrichtigungen) (?:in|der|unserer) [\w .-]*app\b"
        r"|^download (?:de|onze) (?:[\w-]+ )?app\b|^download de app van\b"
        r"|(?:[–—-]|[.!]) jetzt (?:kostenlos |gratis )?herunterladen[.!]?$"
        r"|^(?:die|unsere) [\w.+-]{2,20}[ -]app\s*[–—:-]\s*\S"
        r"|^(?:die |der |das )?[\w.+-]{2,30} jetzt (?:auch )?als (?:kostenlose )?app\b"
        r"|\bdownload our (?:free )?(?:mobile )?app\b|\bhier geht['’]?s zur [\w .-]{0,30}app\b",
        240,
    ),
    # the house's pitch for its other pages under the text: "Catch all the Business News, Market
    # News … on Live Mint.", "Track Latest News Live on NDTV.com …", "Explore news from around
    # the world at …"
    _rule(
        K.NAVIGATION,
        "site_promo",
        r"^catch all the (?:latest )?[\w ,&-]{0,80}\bnews\b|^get (?:current|latest|the latest"
        r"|all the latest) (?:news )?updates on\b|^track (?:the )?latest news(?: live)? on\b"
        r"|^explore (?:more )?news from (?:around|across) the (?:world|country)\b"
        # "Get Latest Cricket News along with IPL 2025 Live Score … at Hindustan Times.", "Catch
        # every big hit, every wicket with Crickit, a one stop destination for Live Scores …"
        r"|^get (?:the )?latest [\w ]{0,30}\bnews\b.{0,120}\bat [\w .]{2,30}\.?$"
        r"|\ba one[- ]stop destination for\b"
        # "For the latest news, visit the News24 homepage."
        r"|^for (?:the )?latest (?:news|updates),? (?:visit|go to|head to)\b"
        # a station's stream: "Watch NBC Beispiel for free, 24/7, wherever you are."
        r"|^watch [\w .&'’-]{2,30} (?:for free|free|live)\b[^.!?]{0,40}\b(?:24/7|anytime"
        r"|wherever you are)\b"
        # "Listen to SBS News at 6am, 7am, 5pm and 6pm daily and watch …"
        r"|^listen to [\w .&'’-]{2,30} (?:at|on) \d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b",
        300,
    ),
    _rule(
        K.NEWSLETTER,
        "signup_button",  # under a newsletter's pitch
        r"^(?:s['’]inscrire|je m['’]inscris|inscrivez-vous|suscribirme|suscríbete|iscriviti"
        r"|inschrijven|schrijf je in|zapisz się|inscreva-se|jetzt anmelden|kostenlos anmelden"
        r"|kostenlos abonnieren|jetzt abonnieren|hier (?:kostenlos )?anmelden|quiero recibirlo"
        r"|subscrever|inscrever-se|inscrever|inscrever-me|quero receber|cadastre-se|tilmeld"
        r"|tilmeld dig|prenumerera|meld (?:deg|meg) på|tilaa|sign me up|telli|pasūtīt"
        r"|prenumeruoti|užsiprenumeruoti|zapisz się)$",
        30,
    ),
    _rule(
        K.IMAGE_CAPTION,
        "image_placeholder",  # where a text browser drew a picture: "[image]", "[IMG]"
        r"^\[(?:image|img|bild|photo|foto|picture|grafik|graphic)(?:\s*\d{1,3})?\]$",
        20,
    ),
    _rule(
        K.FOOTER,
        "series_note",  # what the column or series is: "In de rubriek In memoriam beschrijft …"
        r"^(?:in de rubriek|in der rubrik|in unserer (?:serie|rubrik)|in this (?:series|column)\b"
        r"|this (?:article|story|piece) is part of (?:our|the|a) [\w ]{0,30}series"
        r"|dans (?:la|notre|cette) (?:rubrique|série)|en (?:la|esta) (?:sección|serie)"
        r"|nella (?:rubrica|serie))\b"
        r"|^(?:aus der (?:serie|reihe|rubrik)|part of the series|from the series)\s*:",
        300,
    ),
    _rule(
        K.FOOTER,
        "page_head",  # a printed page's head or foot: "Seite 12 | Donnerstag, 6. März 2025"
        r"(?:^|[|·•]\s*)(?:seite|page|pagina|página|strona|s\.)\s*\d{1,3}(?:\s*[|·•]|\s*$)"
        r"|^\d{1,3}\s*[|·•]\s*[\w .-]{2,30}\s*[|·•]",
        160,
    ),
    _rule(
        K.FOOTER,
        "email_footer",  # a company's e-mail signature and legal notice, a mailing's footer
        r"^confidentiality notice\b|^(?:this|the information in this) e-?mail"
        r" (?:and any attachments )?(?:is|may be|contains) (?:confidential|privileged)"
        r"|^diese e-?mail (?:enthält|kann) vertrauliche|amtsgericht [\w .-]{2,30} hrb\s?\d+"
        r"|^geschäftsführer(?:in|ung)?:\s|^registered (?:office|in)\b"
        r"|^you are receiving this e-?mail because|^view this e-?mail in your browser"
        r"|^manage (?:your )?preferences|^sie erhalten diese e-?mail, weil",
        300,
    ),
    _rule(
        K.FOOTER,
        "print_stamp",  # when the copy was printed, not when the article was published
        r"^(?:(?:aus)?gedruckt am|druckdatum|printed(?: on| at)?|imprimé le|stampato il"
        r"|impreso el|afgedrukt op|wydrukowano|utskriven|udskrevet"
        # a read-later app's: when it was saved, not when it was published
        r"|saved (?:on|at)|gespeichert am|enregistré le|guardado el|added (?:on|to pocket))"
        r"\b.{0,80}\d"
        # a browser's print header and footer: "18.09.24, 07:51      <the page's title>",
        # "https://…?print      1/3"
        rf"|^{PRINT_TIME}(?:\s{{3,}}|\t)\S"
        r"|^https?://\S+(?:\s{3,}|\t)\d{1,3}(?:\s*/\s*\d{1,3})?$"
        r"|^[\w .'’-]{2,40}\s[-–|]\s(?:druckversion|druckansicht|print version|printer-friendly"
        r"(?: version)?|version imprimable)$",
        300,
    ),
    _rule(
        K.CREDIT_LINE,
        "translation_note",  # "This article was first published in German on …"
        r"^this (?:article|story|report|piece|investigation) (?:was|has been) (?:first "
        r"|originally )?(?:published|written) in (?:german|english|french|spanish|italian|dutch"
        r"|polish|portuguese)\b|\bread the (?:german|english|french|spanish|italian)"
        r" (?:version|original|article)\b"
        r"|^diese[rs]? (?:artikel|beitrag|text|recherche) (?:erschien|ist) (?:zuerst|ursprünglich)"
        r" (?:auf|in) (?:englisch|deutsch|französisch|spanisch|italienisch)\b"
        r"|^aus dem (?:englischen|amerikanischen|französischen|spanischen|italienischen"
        r"|niederländischen|polnischen|russischen|ukrainischen) (?:übersetzt|übertragen) von\b"
        r"|^translated from (?:the )?(?:german|english|french|spanish|italian|dutch|polish)\b"
        r"|erschien im original unter dem titel|im original unter dem titel\b"
        r"|originally published (?:in english )?(?:under|as) the (?:title|headline)\b",
        300,
    ),
    _rule(
        K.BYLINE,
        "byline_issue",  # a magazine's "Katrin Beispiel | Ausgabe 12/2024"
        r"^(?:von\s+|by\s+)?(?-i:[A-ZÄÖÜ][\w'’-]+)(?:\s+(?-i:[A-ZÄÖÜ])[\w'’.-]+)+\s*[|·•]\s*"
        r"(?:ausgabe|heft|nr\.?|no\.?|issue)\s*\d{1,2}\s*/\s*\d{2,4}$",
        80,
    ),
    _rule(
        K.FOOTER,
        "correction_note",  # the newsroom's note on a fix or update, under the text: not the text
        r"^(?:korrekturhinweis|korrektur|berichtigung|richtigstellung|ergänzung der redaktion"
        r"|correction|corrections?(?: and|&) clarifications?|rectificatif|rectification|correzione"
        r"|rettifica|corrección|fe de errores|correctie|rectificatie|sprostowanie)"
        r"\s*(?:\([\d. /-]{2,12}\)\s*)?:"
        r"|^(?:an earlier version of this (?:article|story|report)|in einer (?:früheren|ersten)"
        r" (?:version|fassung) (?:dieses|des) (?:artikels|beitrags|textes)|une (?:précédente|"
        r"première) version de cet article|una versione precedente di questo articolo"
        r"|una versión anterior de (?:este artículo|esta noticia)"
        r"|in een eerdere versie van dit artikel"
        r"|this (?:story|article) (?:has been|was) (?:updated|amended|corrected)"
        r"|^article was updated$"
        # "6:40 p.m. 14 de julio de 2025: Este artículo se actualizó con …"
        r"|^(?:[\w.:, ]{0,40}\d{4}\s*:\s*)?(?:this (?:story|article) (?:has been|was) updated"
        r"|este artículo (?:se actualizó|fue actualizado|ha sido actualizado|se corrigió)"
        r"|cet article a été (?:mis à jour|modifié|corrigé))"
        r"|embargo note|sperrfrist"
        r"|dieser (?:artikel|beitrag|text) wurde (?:am [\w .,:]{2,30} )?(?:aktualisiert|korrigiert"
        r"|ergänzt))\b",
        600,
    ),
    _rule(
        K.FOOTER,
        "press_ethics",  # "VG arbeider etter Vær Varsom-plakatens regler", a publisher's duty
        r"vær varsom-plakat|ansvarlig for innholdet|ansvarig utgivare|ansvarlig chefredaktør"
        r"|journalistin ohjeet|pressens opinionsnämnd|pressenævnet"
        # the site describing itself: "katholisch.de ist das Internetportal der katholischen
        # Kirche in Deutschland.", "Wyborcza.pl to serwis, w którym …"
        r"|^[\w-]+\.(?:de|at|ch|com|net|org|pl|it|fr|es|nl|cz|sk|hu|info)\s+(?:ist|is|è|est|es|to|je"
        r"|jest)\s+(?:das|die|der|ein|eine|the|an?|il|lo|la|un|une|le|el|serwis|portal)\b"
        # "GZH faz parte do The Trust Project", "… is a member of The Trust Project"
        r"|^[^.!?]{0,40}\b(?:the )?trust project\b[^.!?]{0,30}$",
        300,
    ),
    _rule(
        K.FOOTER,
        "editor_note",  # "Hinweis der Redaktion: Dieser Artikel wird fortlaufend aktualisiert."
        r"^(?:hinweis der redaktion|anmerkung der redaktion|redaktioneller hinweis)\s*:",
        600,
    ),
    _rule(
        K.SECTION_LABEL,
        "summary_label",  # 20 Minuten's heading over its points: "Darum gehts"
        r"^darum geht['’]?s\s*:?$",
        20,
    ),
    _rule(
        K.FOOTER,
        "print_note",
        r"^aus (?:der|dem) [\w .-]{2,30} (?:nr\. ?)?\d+/\d{4}$"  # "aus DER SPIEGEL 12/2025"
        r"|^een versie van dit artikel verscheen (?:ook )?in\b"
        # "Dieser Artikel ist erstmals am 13.03.2025 auf BR24 erschienen."
        r"|^this (?:report|story|article) by [^.]{2,60} was first published\b"
        r"|^this (?:story|article) first appeared in\b"
        # "A version of this article was first published by Nikkei."
        r"|^a version of this (?:article|story|report) (?:was )?(?:first |originally )?"
        r"(?:published|appeared)\b"
        r"|^dieser (?:artikel|text|beitrag) (?:ist|wurde) (?:erstmals|zuerst) am [^!?]+"
        r" (?:auf|in|bei) [^!?]+ (?:erschienen|veröffentlicht)\b"
        r"|^dieser (?:artikel|text|beitrag) (?:ist|erschien) (?:zuerst )?in (?:der|dem)"
        r" [\w .-]{2,30} nr\. ?\d+/\d{4}\b"
        r"|^dieser (?:artikel|text|beitrag) (?:ist|erschien) (?:zuerst )?in (?:der|dem)"
        r" [\w .-]{2,30}ausgabe (?:de[sr] |von )?[\w .-]{2,30} erschienen\b"
        r"|^this article appeared in the [\w ]{2,30} section of the print edition\b"
        # the magazine's issue: "Dieser Artikel erschien in der WirtschaftsWoche 13/2025.",
        # "… stammt aus dem aktuellen FOCUS-Magazin 13/2025", "… ist enthalten in Spektrum der
        # Wissenschaft 4/2025", "Dieser Text stammt aus der März-Ausgabe des Cicero"
        r"|^dieser (?:artikel|text|beitrag) (?:stammt aus|erschien (?:zuerst )?in|ist (?:enthalten"
        r"|erschienen) in)\b[^.!?]{0,60}(?:\b\d{1,2}/\d{4}\b|-?ausgabe\b|\bheft\b)"
        r"|^from the [\w ]{2,30} (?:edition|issue)$|^discover stories from this section\b"
        r"|^explore the edition$"
        r"|^a cikk a [\w .-]{2,30} (?:\d{4}/\d{1,2}\. )?számában jelent meg\b"
        r"|^a version of this article appears in print\b|is not responsible for the content of"
        # an agency's text the paper added to: "Detta är en artikel från TT. Corren har
        # kompletterat …", "Denne artikkelen er fra NTB."
        r"|^(?:detta|det här|det her|dette) är en artikel från (?-i:[A-Z])[\w.-]{1,20}\b"
        r"|^denne (?:artikkelen|artikel) (?:er|kommer) fra (?-i:[A-Z])[\w.-]{1,20}\b"
        r" external (?:sites|websites)|ist nicht verantwortlich für (?:die )?inhalte externer"
        r"|^our standards:|^unsere (?:quellen und )?standards\s*:"
        r"|journalistic standards and practices"
        r"|^[\w .'’-]{2,40} est (?:une radio|un journal|un quotidien|un média|une station"
        r"|un site d['’]information)\b[^.!?]{0,80}[.!]?$"
        r"|\bis an? (?:independent )?public (?:media|service)"
        r" (?:organisation|organization|broadcaster)\b"
        r"|^aus der (?:print-?)?ausgabe\s*:|^print\s*:\s*(?:ausgabe|erschienen)\b"
        r"|^this is part of [\w’' ]{1,30} effort"
        # a network's and a licence's notes: "… is part of States Newsroom, a nonprofit news
        # network", "Our stories may be republished online or in print under Creative Commons …"
        r"|\bis part of [\w ]+, an? (?:nonprofit|non-profit) news network"
        r"|^\S+(?: \S+){0,3} is part of [^,.]{2,40}, an? (?:international |global |leading )?"
        r"(?:media|publishing|digital) (?:group|company|publisher)\b"
        r"|^our (?:stories|articles) may be republished\b"
        r"|^for the latest news, weather\b|^video (?:above|below)\s*:"
        r"|registration on or use of this site constitutes"
        r"|is an independent (?:global )?news (?:organization|organisation|agency)"
        r"|auto-generated from a syndicated feed|public interest journalism funded (?:through|by)"
        r"|^(?:risikohinweis|haftungsausschluss|disclaimer)\s*:|keine anlageberatung"
        r"|not (?:investment|financial) advice"
        r"|is a member of the (?:new zealand |australian )?(?:media|press) council"
        r"|^we acknowledge aboriginal and torres strait islander|^this service may include material"
        r" from\b"
        # a paper saying when it comes out: "Der Lahnbote erscheint wöchentlich kostenlos …"
        r"|\berscheint (?:wöchentlich|täglich|monatlich|vierzehntäglich|jeden \w+|immer \w+)\b"
        r"|\bis published (?:weekly|daily|monthly|every \w+) (?:and|by|in)\b"
        r"|\bparaît (?:chaque|tous les) \w+",
        400,
    ),
    _rule(
        K.DONATION_APPEAL,
        "donation_line",
        r"^jetzt (?:[\w.-]+ )?(?:unterstützen|spenden)\b|^(?:donate|spenden) (?:to|an|für) "
        r"|^(?:become a (?:member|supporter)|support our journalism)\b"
        # a site's header pitch: "Support the Guardian" / "Fund the free, independent …"
        r"|^support (?:the [\w .'’-]{2,30}|us)$|\bfund (?:the )?(?:free,? )?independent journalism",
        120,
    ),
    _rule(
        K.COPYRIGHT,
        "trademark_line",  # "BreakingNews.ie is a trademark of Irish Examiner Ltd."
        r"^[\w .&'’-]{2,40} is a (?:registered )?trade ?mark of\b"
        r"|^[\w .&'’-]{2,40} ist eine (?:eingetragene )?marke de[rs]\b",
        160,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "programme_note_line",
        r"^(?:über dieses thema berichte(?:t|te|n|ten)|dieses thema im programm"
        r"|darüber berichte(?:t|te|n|ten)"
        # "Diese Nachricht wurde am 19.03.2024 im Programm Deutschlandfunk gesendet."
        r"|diese[rs]? (?:nachricht|beitrag|bericht|interview|sendung) wurde .{0,40}?"
        r"\bim programm [^.!?]{2,40} (?:gesendet|ausgestrahlt)"
        r"|(?:this|the) story (?:was|is) (?:broadcast|featured) on)\b.{0,120}$",
        160,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "media_label",
        r"^(?:audiobeitrag|videobeitrag|bildbeitrag|audio-beitrag|video-beitrag|hörbeitrag"
        r"|escuch[aá] esta nota|ouvir (?:esta )?not[ií]cia|posłuchaj artykułu"
        r"|bildbeschreibung(?: einblenden| ausblenden)?|player wird geladen\W*|audio starten"
        r"|video starten|play audio"
        r"|play video|audio abspielen|video abspielen|video afspelen|lire la vidéo|ver vídeo"
        r"|artikel mit (?:audio|video|bild|foto)-?inhalten?"
        r"|featured video|related video|top video|chargement de l['’]image)$",
        40,
    ),
    # the player's call over a clip: "Poslechněte si reportáž Martina Holuba"; its credit:
    # "Přehrát   Autor videa: Jakub Lasota"
    _rule(
        K.AUDIO_PLAYER,
        "listen_call",
        r"^(?:poslechněte si|poslechni si|vypočujte si|posłuchaj|posłuchaj(?:cie)? rozmowy)\s"
        r"[^.!?]{2,60}$|^hören sie (?:hier )?(?:den|das|die) (?:beitrag|interview|podcast"
        r"|reportage|sendung)\b[^.!?]{0,40}$",
        100,
    ),
    _rule(
        K.CREDIT_LINE,
        "video_credit",
        r"^(?:\w+\s+)?(?:autor(?:ka)? videa|autor(?:ka)? fotografií?|kamera|střih|video by"
        r"|camera)\s*:\s*\S[^.!?]{0,50}$"
        # a regional broadcaster's report: "Il servizio di Nome Cognome. Riprese di …"
        r"|^(?:il |un )?servizio di\s+(?-i:[A-ZÀ-Ý])[\w'’.-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’.-]+){0,2}"
        r"(?:$|[.,]\s*(?:riprese|montaggio|immagini) di\b)"
        # a clip labelled with its programme and airing day: "Il servizio del Quotidiano (RSI
        # Info 19.01.2025)"
        r"|^[^.!?]{2,80}\((?-i:[A-ZÀ-Ý])[\w .&'’-]{1,30}\s\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\)$",
        160,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "media_download",
        r"^(?:audio|video|podcast) (?:herunterladen|download|abspielen|abonnieren)\b"
        r"|^download (?:der|des) (?:audio|video)(?:datei|beitrags)?\b"
        r"|^(?:presse)?(?:foto|bild|datei|dokument|pdf|audio|video)s? (?:herunterladen|download)\b"
        r"|\((?:jpe?g|png|pdf|mp3|mp4|docx?|zip)\b[^)]{0,20}\)$"
        r"|^download (?:audio|mp3|video)\b|\[(?:mp3|mp4)\b[^\]]*\]$|^video abspielen\b",
        80,
    ),
    # a printed issue's number over its items: "Ausgabe KW 11/2025 · erschienen am 12.03.25",
    # "Amtsblatt der Gemeinde X – Ausgabe 12/2025 (KW 12)", "Pfarrbrief Nr. 6/2025 – gültig …"
    _rule(
        K.DATELINE,
        "issue_line",
        r"\b(?:ausgabe|nr\.|nummer|heft)\s*(?:kw\s*)?\d{1,2}\s*/\s*(?:19|20)\d{2}\b"
        # a weekly's issue: "Erschienen in profil 7/2025", "FALTER 6/25 vom 05.02.2025",
        # "Dieser Artikel ist im FALTER 6/25 erschienen."
        r"|^erschienen in \S+(?: \S+)? \d{1,2}/(?:19|20)?\d{2}\b"
        r"|^\S+ \d{1,2}/\d{2} vom \d{1,2}\.\d{1,2}\.(?:19|20)\d{2}$"
        r"|^dieser (?:artikel|beitrag|text) ist (?:in|im) \S+(?: \S+)? \d{1,2}/(?:19|20)?\d{2}"
        r" erschienen\b"
        r"|^kw\s*\d{1,2}\s*/\s*(?:19|20)\d{2}\b",
        120,
    ),
    _rule(
        K.NAVIGATION,
        # an e-paper's paper and edition: "Kreiszeitung Wochenblatt · Ausgabe Buxtehude"
        "edition_line",
        r"^[^·|•]{2,40}\s[·|•]\s(?:ausgabe|edition|édition|edizione|editie|lokalausgabe)\s\S",
        100,
    ),
    # a free paper's tagline: "Ihre lokale Wochenzeitung – jeden Mittwoch kostenlos"
    _rule(
        K.NAVIGATION,
        "paper_tagline",
        r"^ihre? (?:lokale|kostenlose|regionale) (?:wochen)?zeitung\b"
        r"|\bjeden (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
        r" (?:kostenlos|gratis|neu|in ihrem briefkasten)\b",
        100,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "media_title",
        r"^(?:audio|video|vídeo|vidéo|podcast|hörbeitrag|watch|listen|regarder|écouter|guarda"
        r"|ascolta|ver|kijk|luister|trailer|wideo|autoplay)\s*:\s*\S",
        100,
    ),
    # a wire desk's sign-off in brackets: "(Bericht von Anna Beispiel, redigiert von Ole Muster;
    # bei Rückfragen wenden Sie sich an unsere Redaktion unter …)"
    _rule(
        K.CREDIT_LINE,
        "wire_sign_off",
        r"^\((?:bericht|reporting|geschrieben|mitarbeit) (?:von|by)\b[^)]*"
        r"(?:redigiert|edited|rückfragen|redaktion)",
        500,
    ),
    # a desk's and an agency's initials alone under the text: "(nk/sda)", "(dpa/lnw)"
    _rule(
        K.CREDIT_LINE,
        "agency_initials_line",
        r"^\((?:[a-zäöü]{1,4}/)*(?:dpa|afp|ap|apa|sda|ats|kna|epd|reuters|ansa|efe|anp|belga)"
        r"(?:/[a-zäöü]{1,4})*\)$"
        # the desk and its agency alone on a line: "SPORT1/sid", "kicker/dpa"
        r"|^[\w.-]{2,20}/(?:sid|dpa|afp|ap|apa|sda|kna|epd|reuters|ansa|efe|dts)(?:/[a-z]{1,4})?$"
        # the Nordic agencies' slashes: "/ritzau/", "/ritzau/AFP/", "/NTB/"
        r"|^/(?:ritzau|ntb|tt|stt|fbb)(?:/(?:afp|ap|reuters|dpa|ritzau|ntb|tt|stt))*/$"
        # the site's own sign-off under the text: "– Rappler.com"
        r"|^[–—-]\s*[\w-]{2,30}\.(?:com|net|org)(?:\.\w{2})?$",
        30,
    ),
    # "Associated Press writers Sara Beispiel in Jackson, Mississippi, and … contributed to this
    # report.", "Reuters contributed."
    _rule(
        K.CREDIT_LINE,
        "contributor_line",
        r"^[^!?]+ contributed (?:reporting )?to this (?:report|article|story)\.?$"
        r"|^(?-i:[A-Z])\S+(?: \S+){0,4} contributed(?: reporting)?\.$"
        # the UK's shared council reporters: "The Local Democracy Reporting Service is a
        # BBC-funded public service news agency …"
        r"|^the local democracy reporting service\b"
        # "Avec les informations de Jean-Philippe Lessard", "With files from The Canadian Press"
        r"|^avec (?:les |des )?informations (?:de|d['’])\s?\S[^.!?]{0,60}$"
        r"|^with files from\s\S[^.!?]{0,60}$|^con información de\s\S[^.!?]{0,60}$",
        260,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "audio_player",
        r"^listen to (?:this )?article\b.{0,40}|^(?:hören|listen|écouter|escuchar|ascolta)$"
        r"|^zum audio$|^please use (?:the )?chrome browser for a more accessible video player$"
        r"|^diesen (?:artikel|beitrag) (?:anhören|vorlesen lassen)$"
        r"|^(?:gelesen|gesprochen|eingelesen|read|narrated) (?:von|by) [\w .'’-]{2,40}"
        r"(?:\s*[·|]\s*\d{1,2}:\d{2}(?::\d{2})?)?$"
        r"|^artikel (?:anhören|vorlesen)\s*\(\d{1,2}:\d{2}\)$"
        r"|^(?:artikel (?:anhören|hören|vorlesen)|vorlesen|anhören"
        r"|listen|audio abspielen|écouter (?:cet )?article|escuchar(?: artículo)?"
        r"|ascolta(?: l'articolo)?|beluister(?: dit artikel)?|posłuchaj|play|pause|voorlezen"
        r"|기사를 읽어드립니다|استمع|האזינו לכתבה|音声を再生|動画を再生する(?:（[^）]*）)?"
        r"|écouter l['’]article|lees voor|escuchar nota|escuchar noticia|escucha la noticia"
        r"|lyt til artiklen|lytt til artikkelen|lyssna på artikeln|hlusta á fréttina"
        r"|ascolta la versione audio(?: dell['’]articolo)?|ouvir (?:o artigo|texto|a notícia)"
        r"(?:\s*·\s*\d{1,2}:\d{2})?|audio created using ai assistance"
        r"|ouça (?:este |o )?artigo|ouça a notícia|ouvir este artigo"
        r"|kuuntele(?: artikkeli)?|слушать(?: статью)?|прослухати(?: статтю)?|ακούστε"
        r"|untertitel|vollbild|stummschalten|ton an|subtitles|fullscreen|mute|unmute|abspielen"
        r"|now playing|jetzt läuft|läuft gerade|en cours de lecture|en reproducción"
        r"|entzun(?: albistea)?|escolta(?: la notícia)?|gwrando"
        r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2})$|^\d{1,2}:\d{2}\s*min\b|\b\d{1,2}:\d{2}\s*min$"
        r"|^(?:artikel anhören|artikel vorlesen|listen to (?:this )?article)"
        r"\s*(?:\(|[•·|–-])\s*\d+\s*(?:minuten|min\.?|minutes?)\)?$"
        r"|^(?:listen|écouter|hören|luister|anhören)\s*\(\d+\s*(?:mins?|min\.?|minutes?|minuten)\)$"
        # "La lecture audio de cet article est générée par une voix de synthèse."
        r"|\b(?:générée? par une voix de synthèse|read by an? (?:ai|synthetic|computer-generated)"
        r" voice|von einer (?:künstlichen|synthetischen) stimme (?:gelesen|vorgelesen))\b"
        # "Gostaria de ouvir este artigo? Assine o PÚBLICO e ouça os artigos em formato áudio."
        r"|^(?:gostaria de|quer) ouvir (?:este|o) artigo\?"
        # the player's maker: "Propulsé par ETX Majelan"
        r"|^(?:propulsé par|powered by) [\w .&-]+$"
        # a screen reader's text of a player: "Audio „…“ abspielen. Laufzeit 3 Minuten 12 Sekunden."
        r"|\blaufzeit:?\s+\d+\s+(?:minuten?|min\.?|sekunden?)\b",
        120,
    ),
    _rule(
        K.IMAGE_CAPTION,
        "image_ui",
        r"^(?:vergrößern des bildes|bild vergrößern|bild anzeigen|vollbild|zoom|enlarge(?: this)?"
        r" image|(?:alle )?(?:bilder|fotos) (?:anzeigen|ansehen)|(?:view|see) all (?:photos|images)"
        r"|(?:zur )?(?:bildergalerie|galerie) (?:öffnen|ansehen)|voir toutes les photos|ver galería"
        r" image|view (?:full ?screen|larger image)|agrandir l'image|ingrandisci(?: l'immagine)?"
        r"|ampliar (?:la )?imagen|afbeelding vergroten|hide caption|toggle caption|show caption"
        r"|bildunterschrift (?:ein|aus)blenden)$",
        40,
    ),
    _rule(
        K.GALLERY_COUNTER,
        "gallery_counter",
        r"^(?:(?:bild|foto|photo|image|imagen|immagine|afbeelding|zdjęcie)\s+)?\d{1,3}\s*"
        r"(?:/|von|of|sur|de|di|van|z)\s*\d{1,3}(?:\s*(?:fotos?|bilder|photos|images|imágenes"
        r"|immagini|foto's|zdjęć))?:?$|^(?:nächstes|vorheriges|next|previous|suivante|précédente)"
        r" (?:bild|foto|image|photo)$"
        # "Fotogalerie (12)", "Bildergalerie 15 Bilder", "Fotogalerie 15 fotek", "24 fotek"
        r"|^(?:fotogalerie|bildergalerie|fotostrecke|galerie|gallery|photo gallery|galería"
        r"|fotogallery|diaporama|galéria)\s*(?:\(\s*\d{1,3}(?:\s+\w+)?\s*\)|\d{1,3}(?:\s+\w+)?)"
        r"(?:\s+(?:ansehen|anzeigen|öffnen|view|open))?$"
        r"|^\d{1,3}\s+(?:fotek|fotografií|snímků|fotiek|fotos|bilder|photos|images|imágenes"
        r"|immagini|zdjęć)$",
        40,
    ),
    _rule(
        K.NAVIGATION,
        "gallery_button",  # "Alle 24 Bilder anzeigen", "Fotostrecke ansehen", "View gallery"
        r"^(?:alle )?\d{1,3} (?:bilder|fotos|photos) (?:anzeigen|ansehen)$"
        r"|^(?:fotostrecke|bildergalerie|galerie|alle bilder|alle fotos) (?:ansehen|anzeigen"
        r"|öffnen|starten)$|^view (?:all )?\d{1,3} (?:photos|images)$|^view gallery$",
        40,
    ),
    _rule(
        K.PAYWALL,
        "subscription_pitch",  # a subscription's long pitch under the text
        r"^(?:você já conhece as vantagens de ser assinante|did you know with a digital"
        r" subscription|as a (?:digital )?subscriber,? you (?:can|get|enjoy))\b"
        # "Subscribe to the Limerick Leader digital edition for all the latest news …"
        r"|^subscribe (?:to|for) (?:the |our )?[^.!?]{0,40}\b(?:digital edition|e-?paper"
        r"|digital access|digital subscription)\b",
        600,
    ),
    _rule(
        K.COPYRIGHT,
        "name_then_copyright",  # "Jornal de Notícias © 2025 Global Notícias - Media Group, S.A."
        r"^[^©.!?]+©\s*(?:19|20)\d{2}\b",
        300,
    ),
    _rule(
        K.NAVIGATION,
        "skip_block",  # "Pule Podcast e continue lendo", "Skip podcast and continue reading"
        r"^(?:pule|skip|salta|saltar|passer) [^.!?]* (?:e continue lendo|and continue reading"
        r"|e continua a leggere|y sigue leyendo|et continuer la lecture)$",
        80,
    ),
    _rule(
        K.NEWSLETTER,
        "channel_prompt",  # "Sigue el canal de X en WhatsApp …", "Únete a nuestro canal …"
        r"^(?:sigue|síguenos|únete|unite|suscríbete|folge|folgen sie|abonniere|join|follow"
        r"|suivez|rejoignez|segui|iscriviti|volg)\b[^.!?]*\b(?:whatsapp|telegram|google news)\b"
        r"|^(?:seguir a|follow|folgen sie|suivre) [\w .]{2,30} (?:en|on|auf|sur) google(?: news)?$"
        r"|^únete a nuestro canal\b|^regístrese en nuestros boletines\b|^síganos en google news$"
        r"|^(?:folgst du|folgen sie) (?:uns )?(?:schon |bereits )?[\w .-]{0,30}(?:auf|bei)"
        r" (?:whatsapp|instagram|tiktok|x|facebook|telegram)\?"
        r"|sent straight to your whatsapp|^join our whatsapp\b|^dołącz do nas na (?:facebooku"
        r"|instagramie)\b|zostań jednym z ponad [\d ]+ (?:tys\. )?obserwujących"
        # the call as a second sentence: "Sie möchten keine News verpassen? Folgen Sie der …
        # jetzt auch auf WhatsApp.", "Dann sind Sie beim …-WhatsApp-Channel genau richtig."
        r"|[.!?]\s+(?:folgen sie|folge|folgt|follow|sigue|síguenos|suivez)\b[^.!?]*\b(?:auf|bei|on"
        r"|en|sur) (?:whatsapp|telegram|google news)\b"
        r"|\bdann (?:sind sie|bist du) (?:beim|bei unserem|in unserem) [^.!?]{0,40}"
        r"(?:whatsapp|telegram)"
        # "RN Dortmund bei WhatsApp: Die wichtigsten Nachrichten …", "ZDFheute-WhatsApp-Channel"
        r"|^[\w .-]{2,30} (?:bei|auf|on) (?:whatsapp|telegram):\s"
        r"|^[\w .-]{2,30} jetzt (?:auch )?(?:auf|bei) (?:whatsapp|telegram)\b"
        r"|^[\w.-]{0,30}[- ]?(?:whatsapp|telegram)[- ](?:kanal|channel|community)$",
        300,
    ),
    _rule(
        K.NAVIGATION,
        "social_follow",  # "Auf Instagram zeigen wir dir jeden Tag neue Rezeptideen. Folge @x!"
        r"\b(?:folge|folgt|folgen sie|follow)\s+(?:uns\s+)?(?:(?:auf|bei|on)\s+(?:instagram"
        r"|tiktok|facebook|youtube|threads|pinterest|whatsapp)\b|@[\w.]+)",
        240,
    ),
    _rule(
        K.RELATED_LINK,
        # a paid article's headline marked by its brand: "Was den Theatern droht (SZ+)"
        "premium_teaser_mark",
        r"^[^.!?]{10,160}\s\((?:[\w.-]{1,12}\+|plus|abo)\)$",
        180,
    ),
    _rule(
        K.RELATED_LINK,
        "quiz_teaser",  # "Quiz: Wie gut kennst du dich mit deinen Rechten im Job aus?"
        r"^(?:quiz|zum quiz|test)\s*:\s*\S.*\?$|^(?:video\s*\|\s*)?[^:]*-quiz\s*:\s*\S.*\?$",
        160,
    ),
    _rule(
        K.IMAGE_CREDIT,
        "image_credit_prefix",
        r"^(?:[\w.'’-]+ ){0,2}(?:photo|foto|photograph|picture|image) (?:by|von|de|di|door)\s+\S"
        r"|^(?:photo |image )?courtesy(?: of)?\s+\S"
        # La Presse's "PHOTO OLIVIER BEISPIEL, LA PRESSE"
        r"|^(?-i:PHOTO [A-ZÀ-Ý][A-ZÀ-Ý' .-]+, [A-ZÀ-Ý][A-ZÀ-Ý' .-]+)$"
        r"|^(?:bild|foto|photo|image)\s*©\s*\S|^beeld\s+(?-i:[A-Z])\S*\s"
        r"|^photo d['’]archives?\b|^credit(?:\.{2,}|…)\s*\S|^image source,\s*\S"
        r"|^(?:crédito|créditos|fotoğraf kaynağı|kaynak|извор слике|izvor slike|автор фото"
        r"|джерело фото|منبع تصویر|مصدر الصورة|इमेज स्रोत"
        r"|fuente de la imagen|fonte da imagem|source de l['’]image"
        r"|nguồn hình ảnh|sumber gambar|ที่มาของภาพ|图像来源|画像提供|사진 출처)[,،，]\s*\S"
        r"|^\[(?-i:[A-ZΑ-Ω][A-ZΑ-Ω .&-]+)\]$"  # "[INTIME NEWS]"
        r"|^/[^/]+/\s*materiały prasowe$"
        r"|^(?:gentileza|cortesía|cortesia)(?: de)?\s+(?-i:[A-ZÀ-Ý])"
        r"|purchase licensing rights"
        r"|^\[m\]\s*\S"  # a montage's or a chart's credit: "[M] Name / DER SPIEGEL"
        r"|^\[(?-i:[A-ZÀ-Ý])[\w'’.-]+(?: [\w'’.-]+){1,3}, [\w .'’-]{2,30}\]$"  # "[Name, Standard]"
        r"|^φωτ\.\s*\S"  # "Φωτ. ΑΠΕ-ΜΠΕ / Name"
        r"|^(?:fotos?|bilder?|photos?|photographs?|images?|credits?|grafik|illustration|quelle"
        r"|bildrechte|bildnachweis|rechte|videorechte|visualisierung|rendering|animation"
        r"|copyright|bildquelle|titelbild|symbolbild|crédits? photo|foto di|imagen|beeld|zdjęcie"
        r"|fotografie|photography|imagem"
        r"|fotografía|fotografia|fot|фото|снимка|φωτογραφία|φωτ|fotoğraf|kuva|pictures?|pic"
        r"|źródło zdjęcia|zdroj fotografie|fotó|autor/allikas|nuotrauka|nuotr|mynd|kort|karta"
        r"|gentileza|cortesía|cortesia"
        r"|argazkia|argazkiak|llun|ffotograff|صورة|צילום|عکس|फोटो|图片|写真|사진|ảnh|ภาพ)"
        r"\.?(?:\s+\w+)?\s*:"
        r"|^\((?:fotoğraf|фото|снимка|kuva|צילום|صورة|الصورة|عکس)\s*:[^)]{2,80}\)$"
        r"|^\((?:الصورة|صورة) من [^)]{2,60}\)$"  # "(الصورة من واس)": the picture from SPA
        r"|^(?:photo|foto|fot\.|bild|crédit|illustratie|illustration)"
        r"\s+(?-i:[A-ZÀ-Ý])[\w.'-]*(?:\s+[\w.'-]+){0,3}$"
        # "Photo La Voix du Lac / Julien Marchal"
        r"|^(?:photo|foto|bild)\s+(?-i:[A-ZÀ-Ý])[\w.'’ -]{1,40}\s/\s[\w.'’ -]{2,40}$"
        r"|^\[[^\]]*(?:file|photo|foto|getty"
        r"|reuters|afp|ap|epa)[^\]]*\]$",
        400,
    ),
    _rule(
        K.IMAGE_CREDIT,
        "name_slash_organisation",
        # (not a subheading: "Auch Köln/Bonn betroffen")
        r"^(?!(?:auch|nur|noch|wie|was|wo|jetzt|und|aber|the|and|but|now|how|why|what)\s)"
        r"(?-i:[A-ZÀ-Ý])[\w.'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w.'’-]+){1,3}\s*/\s*[\w .'’&-]{2,30}"
        r"(?:/(?:file|archive))?$"  # "Dario Beispiel/Reuters/File"
        r"|^\|\s*[\w .'’-]{2,40}/[\w .'’-]{2,30}$"  # "| Jordan Ellis/POLITICO" under a caption
        # the paper, then its photographer, from the archive: "The STAR / Name Surname, file"
        r"|^(?:the )?(?-i:[A-Z])[\w .'’&-]{1,30}\s/\s(?-i:[A-Z])[\w'’.-]+"
        r"(?:\s+(?-i:[A-Z])[\w'’.-]+){1,2},\s*(?:file|archive)$"
        # a photographer on assignment: "Ana Lucero for NPR", "Sam Beispiel für DIE ZEIT"
        r"|^(?!by\s)(?-i:[A-ZÀ-Ý][a-zà-ÿ'’.-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’.-]+){1,2}"
        r" (?:for (?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}"
        r"|(?:for|für|pour|per|para) (?:[A-Z0-9][A-Z0-9.&'’-]+)(?: [A-Z0-9][A-Z0-9.&'’-]+){0,2}))$"
        # the outlet's picture desk and the photographer: "20min/Vanessa Lam", "SN/Jana Beispiel",
        # "DW/J. Beispiel"
        r"|^[\w.-]{2,20}/(?-i:[A-ZÀ-Ý])[\w'’.-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){1,2}$"
        # or a word credits use for readers, archives and handouts: "20min/News-Scout"
        r"|^[\w.-]{2,20}\s*/\s*(?:zvg|privat|pd|archiv|archivbild|symbolbild|leser-?reporter"
        r"|news-?scout|handout|screenshot)$"
        # spaced, with a name in lower case after its capital: "Ti-Press / Name Name"
        r"|^[\w.-]{2,20} / (?-i:[A-ZÀ-Ý][a-zà-ÿ'’.-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2})$"
        # a desk's or an agency's initials and the photographer: "VN/Paulitsch", "APA / Name"
        r"|^(?-i:[A-Z]{2,5})\s*/\s*(?-i:[A-ZÀ-Ý][a-zà-ÿ'’.-]+)(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2}$"
        # an agency, its partner and the photographer: "APA/Expa/Johann Groder"
        r"|^(?-i:[A-Z][A-Z.]{1,9})(?:\s*/\s*[\w.-]{2,20}){1,2}\s*/\s*(?-i:[A-ZÀ-Ý])[\w'’-]+"
        r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){1,2}$",
        70,
    ),
    _rule(
        K.IMAGE_CAPTION,
        # a caption closing on its desk and photographer in brackets, between paragraphs:
        # "Kylie Beispiel says … (ABC Central West: Hamish Beispiel)"
        "caption_desk_credit",
        r"[.!?]\s*\((?-i:[A-Z])[\w&./ -]{1,30}:"
        r"\s*(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\)$",
        400,
    ),
    _rule(
        K.IMAGE_CREDIT,
        "agency_in_brackets",  # a picture's agency alone: "(Imagoeconomica)", "(LaPresse)"
        r"^\((?:imagoeconomica|lapresse|fotogramma|agf|ipa|ansa foto|foto ansa)\)$",
        20,
    ),
    _rule(
        K.IMAGE_CREDIT,
        "dash_credit",  # "— M.Libert/20 Minutes", "—JOMAR L. DELA CRUZ" under a caption
        r"^[—–]\s*(?:[^/!?]+/[^/!?]+|(?-i:[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]+))$",
        50,
    ),
    _rule(
        K.IMAGE_CREDIT,
        "image_credit_prefix",  # a feature's credit for all its pictures
        r"^(?:photography|photographs|photos|illustrations?|graphics|fotos|illustrationen)"
        r" (?:by|von)\s+(?-i:[A-ZÀ-Ý])[\w.'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w.'’-]+)*$",
        80,
    ),
    _rule(
        K.DATELINE,
        "place_line",  # "Lismore, NSW", "Chesapeake, VA": a dateline's place on its own line
        r"^(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*),\s*(?-i:NSW|VIC|QLD|TAS|ACT|NT|[A-Z]{2})$",
        40,
    ),
    _rule(
        K.FOOTER,
        "disclosure",  # an academic author's disclosure under the text
        r"does not work for, consult, own shares in or receive funding from"
        r"|provides funding as (?:a )?(?:founding )?(?:partner|member) of"
        r"|^(?:disclosure statement|view all partners)$"
        # an Australian site's acknowledgement of country
        r"|\backnowledges? (?:the )?(?:traditional (?:owners|custodians)|aboriginal and torres"
        r" strait islander)|^we acknowledge (?:the )?(?:traditional|aboriginal|first nations)\b"
        # "Megan Beispiel receives funding from the National Health and Medical Research Council"
        r"|^(?!the\s)(?-i:[A-ZÀ-Ý][\w'’.-]+)(?:\s+(?-i:[A-ZÀ-Ý])[\w'’.-]+){1,2}"
        r" (?:receives|has received) funding from\b"
        # a finance page's notes: "Hinweis auf Interessenkonflikte: …", "Veröffentlichung der
        # Original-Studie: 21.01.2025 / 18:44 / GMT", "Keine Anlageberatung"
        r"|^hinweise? (?:auf|zu) (?:mögliche )?interessenkonflikte?n?\b|^interessenkonflikte?\s*:"
        r"|^(?:erstellung|veröffentlichung|weitergabe) der (?:original-)?studie\s*:"
        r"|^(?:keine anlageberatung|disclaimer|haftungsausschluss|risikohinweis)\b"
        r"|^(?:bürger|leser)reporter-?beiträge werden nicht von der redaktion\b"
        r"|^redaktionsschluss\b"
        r"|web sitesinde, aa haber akış sistemi"
        r"|website contains only a portion of the news stories",
        400,
    ),
    _rule(
        K.IMAGE_CAPTION,
        "image_caption_marker",
        r"\((?:foto|bild|photo|image|fot\.|pic|pics|fotoğraf|фото|снимка|φωτογραφία|kuva|fotografia"
        r"|fotografía|imatge|imagen)\b[^)]*\)"
        r"|\(\s?[\w .'’/-]{1,40} (?:file )?(?:photo|foto|bild|image|photograph|pic|picture)"
        r"\s?\)\s*$"
        # "… in George Town. - Filepic", "… on February 3, 2025. — Picture by Name"
        r"|[.!?]\s+[-–—]\s*(?:filepic|file pic|file photo|pic|picture|photo)s?$"
        r"|[.!?]\s+[-–—]\s*(?:picture|photo|pic)s? (?:by|courtesy of)\s+\S.{0,40}$"
        r"|\s\|\s(?-i:[A-Z])[\w'’.-]+(?:\s+[\w'’.-]+){0,2}/[\w .-]{2,20}$"  # "… | Name/Agency"
        # a caption, a dash, the paper's initials and the photographer: "… de la victoire. - ÉdA
        # Jacques Duchesne"
        r"|^.{10,250}[.!?]\s[-–—]\s(?-i:[A-ZÀ-Ý][\w.]{1,10})\s(?-i:[A-ZÀ-Ý])[\w'’-]+"
        r"\s(?-i:[A-ZÀ-Ý])[\w'’-]+$"
        # a photographer in capitals in brackets closing the caption: "… festgenommen
        # (Symbolbild) (Markus LENZING)", and a source with a name: "(Quelle: Name/dpa)"
        r"|\((?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s(?-i:[A-ZÀ-Ý]{2,}(?:[ -][A-ZÀ-Ý]{2,})?)\)$"
        r"|\(quelle:\s*[^()]{2,40}/[^()]{2,30}\)$"
        # the desk and its photographer after the caption's sentence: "… 12 березня 2025 року.
        # Суспільне Харків/Максим Гриценко"
        r"|^.{10,300}[.!?]\s(?-i:[A-ZÀ-ÝА-ЯІЇЄҐ])[\w'’.-]+(?:\s[\w'’.-]+){0,2}\s?/\s?"
        r"(?-i:[A-ZÀ-ÝА-ЯІЇЄҐ])[\w'’.-]+(?:\s[\w'’.-]+){0,2}$"
        # a photographer credited as the source: "Tallinn City Council in session. Source: Name
        # /ERR"
        r"|(?:^|[.!?]\s+)source:\s*(?-i:[A-ZÀ-Ý])[\w'’.-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’.-]+){1,2}"
        r"\s*/\s*[\w .-]{2,20}$"
        # the credit run on after the caption's stop: "… com dores.Luiz Lopes / Internacional"
        r"|^.{10,300}[a-zà-ÿ)][.!?](?-i:[A-ZÀ-Ý])[\w'’-]+(?: (?-i:[A-ZÀ-Ý])[\w'’-]+){1,2}"
        r"\s/\s[\w .&-]{2,30}$"
        r"|[.!?]\s\|\s(?:especial|archivo|cortesía\b[\w .-]{0,40})$"  # "… avance. | Especial"
        # a picture from a social account: "… in Brisbane. (X/@BCCIWomen)"
        r"|[.!?]\s\((?:x|twitter|instagram|facebook|threads|bluesky)\s?/\s?@[\w.]+\)$"
        # "… along Moi Avenue in Nairobi. | File | Nation Media Group"
        r"|[.!?]\s\|\s(?:file|archive|courtesy|handout)(?:\s\|\s[\w .&'’-]{2,40})?$"
        # an agency's archive picture: "Archivo - Agentes de … - GUARDIA CIVIL - Archivo"
        r"|^(?:archivo|arxiu|archive|archiv)\s[-–]\s.{10,200}\s[-–]\s(?:archivo|arxiu|archive|archiv)$"
        r"|^(?:bildbeschreibung|image description|bildunterschrift)\s*:\s*\S"
        # a film's or a theatre's still: "… in „Die Zeit der Kraniche“ © Falkenhorst Film/Weltkino"
        r"|^[^©]{12,}[^.!?\s]\s+©\s*(?-i:[A-ZÀ-Ý])[\w .&'’-]{1,30}/(?-i:[A-ZÀ-Ý])[\w .&'’-]{1,30}$"
        r"|\s/\s(?:archivio|archivo|archiv|archive)\s(?-i:[A-ZÀ-Ý])[\w .'’-]{1,30}$"
        # "… pendant la messe. Jean-Marc Beispiel pour La Croix", "… par jour. | OUEST-FRANCE"
        r"|[.!?]\s+(?-i:[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){1,2})\s+(?:pour|per|para)\s+"
        r"(?:la |le |les |l['’]|el |il |lo )?(?-i:[A-ZÀ-Ý])[\w'’.-]+"
        r"(?: (?-i:[A-ZÀ-Ý])[\w'’.-]+){0,2}$"
        r"|[.!?]\s+\|\s*(?-i:[A-ZÀ-Ý][A-ZÀ-Ý .'’/-]{2,40})$"
        r"|[.!?]\s+\|\s*(?-i:[A-Z][A-Z .'’-]{2,40})\s*\|\s*[\w .]{2,30}(?:\s*\(\d{4}\))?$"
        r"|[.!?]\s+\((?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}), (?-i:[A-Z])[^\d()]{1,29}\)$"
        # "… on Dec. 18. | Kyodo"
        r"|[.!?]\s+\|\s*(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}$"
        r"|(?<!\bdas )(?<!\bein )(?<!\bthe )"
        r"(?:foto|fotó|bild|photo|photograph|image|imagem|credit|créditos?|crédits?|autor/allikas|צילום|عکس|صورة|फोटो"
        r"|ảnh|φωτογραφία(?: αρχείου)?|φωτ\.(?: αρχείου)?|kuva|kuvat|fotoğraf|снимка|фото|zdjęcie"
        r"|fotografie|fotografía|fotografia)\s*:\s*\S.{0,100}$"
        r"|\bnuotr\.$"  # Lithuanian: "… / Vardas Pavardė/BNS nuotr."
        # Czech and Slovak: "… v Petržalke. (Zdroj: SME – Pavol Kráľ)", "(Foto: TASR – Name)"
        r"|\((?:zdroj|foto|snímka|źródło)\s*:\s*[^()–]+\s[–-]\s[^()]+\)$"
        r"|[.!?]\s+(?:bildrechte|bildquelle)\s*:\s*\S.{0,100}$"
        # a description closing on its photographer: "… Kochnische, Duschbad © Name für DIE ZEIT"
        r"|^(?!riproduzione riservata|all rights reserved|alle rechte vorbehalten|tous droits"
        r"|todos los derechos|tutti i diritti)[^©]{12,}[^.!?\s]\s+©\s*(?!copyright\b)"
        r"(?:(?-i:[A-ZÀ-Ý])[\w .'’&-]{1,30}/)?"  # (an organisation first: "Holding Graz/Name")
        r"(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)"
        r"(?:\s+(?:für|for|pour)\s+[\w .-]{2,30})?$"
        # the paper in capitals and the photographer: "… sur toute la largeur. MIDI LIBRE - Name"
        r"|[.!?]\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3}) [-–] "
        r"(?-i:[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,2})$"
        # a source that is an agency and a photographer: "… on Australia Day. Source: AAP / Name"
        r"|[.!?]\s+(?:source|quelle|bron|fuente|fonte)\s*:\s*[\w&.-]{2,12}\s*/\s*(?-i:[A-Z])[\w'’.-]+"
        r"(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}$"
        r"|[.!?]\s+(?:foto|fotos|bild|photo)\s*©\s*\S.{0,80}$"
        r"|\[(?:file|photo|foto|image)\s*:[^\]]*\]$|\[[^\]]*/(?:reuters|afp|ap|getty|epa|dpa)\]$"
        r"|[.!?]\((?-i:[A-Z])[^():]{1,40}:\s*[^()]{2,40}\)$"  # glued: "….(Supplied: Name)"
        # glued: "… on Jan. 12.Jessica Beispiel/Globe Staff"; in brackets: "… [ DIRK BEISPIEL |
        # Times ]"
        r"|[.!?](?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})/[\w .'’-]{2,30}$"
        r"|\[\s*(?-i:[A-Z][A-Z .'’-]+)\s*\|\s*[^\]]{2,30}\]$|[.!?]\s+courtesy of\s+\S.{0,40}$"
        r"|[.!?]\s+\((?:supplied|picture|pic|photo|credit|image|[\w.&' -]{1,25} news)\s*:"
        r"\s*[^()]{2,40}\)$"  # "… drifted east. (Supplied: Name)", "(ABC News: Name)"
        r"|[.!?”\"]\s?credit(?:\.{2,}|…)\s?(?-i:[A-Z])"  # "… last week.Credit...Name for The Times"
        # "… schwer beschädigt. — © Name", "… en una imagen de archivo. M.MORALEJO"
        r"|[.!?]\s*[—–]\s*©\s*\S.{2,40}$|[.!?]\s+(?-i:[A-Z]\.\s?[A-ZÁÉÍÓÚÑÀÈÒ]{3,})$"
        r"|\((?:archivbild|symbolbild|archivfoto|symbolfoto|file photo|archive photo"
        r"|photo d'archives|foto de archivo|foto d'archivio)\)$"
        r"|\([^()]{2,60}/(?!(?-i:[a-z'’]{1,6})\))[^()]{2,60}\)\s*$"  # not "(dpa/lby)": the text's
        r"|(?-i:[A-ZÀ-ÝÑ]{2,}(?:\s+[A-ZÀ-ÝÑ]{2,}){1,3})\s*\((?-i:EFE|AFP|AP|EPA|REUTERS|DPA|ANSA"
        r"|KEYSTONE|APA)\)\s*$"
        r"|[.!?]\s+/\s*(?-i:[A-ZÀ-Ý])[\w.]*(?:\s*(?-i:[A-ZÀ-Ý])[\w.]*){0,3}\s*$"
        r"|[.!?]\s+(?-i:ARCHIVO|ARCHIV|ARCHIVE|ARXIU|ARCHIVIO|FILE)$"  # "… semana. ARCHIVO"
        # CJK photographers and sources: "…（ワシントンで）＝森田健一撮影", "新华社记者 周凯 摄",
        # "澎湃新闻记者 陈思远 图", "（联合早报档案照）", "… 있다. /연합뉴스", "… 노동조합 제공"
        # (the short ones, too short for the rule sets' prefilter, are ``clean._CJK_CREDIT``)
        r"|＝[^＝]{1,30}撮影$|（[^（）]{2,20}(?:档案照|檔案照|资料图|資料圖|照片|摄|攝)）$"
        # "… last month. (Adria Beispiel for The Washington Post)": a caption and its credit
        r"|[.!?]\s+\((?-i:[A-ZÀ-Ý])[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+for\s+[^()]{2,60}\)\s*$"
        # "… depuis lundi. Photo L'Écho des Combes / C. M.": a caption and its credit
        r"|[.!?]\s+(?:photo|foto|bild)\s+(?-i:[A-ZÀ-Ý])[\w.'’ -]{1,40}\s/\s[\w.'’ -]{2,40}$"
        r"|[.!?]\s+(?:\|\s*)?(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2}\s*/\s*"
        r"[\w .'’&-]{2,30}$"
        r"|[.!?]\s+(?:(?:photo|foto|bild|beeld|crédit|picture|pic)\b|fot\.)[^.!?]{0,60}$"
        # "… le 25 mars 2024. Photo ACTUALITE.CD."
        r"|[.!?]\s+(?:photo|foto)\s+(?-i:[A-Z])[\w'’-]*(?:\.(?-i:[A-Z]{2,4}))?\.?$"
        # "… on Jan. 14. | Tom Beispiel for POLITICO"
        r"|[.!?]\s+\|\s*(?-i:[A-ZÀ-Ý])[\w.'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w.'’-]+){1,3}\s*(?:for\s+|/\s*)"
        r"[\w .&'’-]{2,40}$"
        r"|[.!?]\s+[©Ⓒ][^!?]{1,60}$"
        r"|[.!?]\s+[—–]\s*[^/!?]+/(?:file|file photo|archive|archives)$"
        r"|[.!?]\s+[—–]\s*(?-i:[A-ZÀ-Ý])[^/!?]+/[^/!?]+$"
        r"|[.!?]\s*[—–]\s*(?-i:[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{3,40})$"
        # "… Madrid. ANA PÉREZ" (a name has a word of four letters; "PTI ABC NSD" signs a text)
        r"|[.!?]\s+(?=[^!?]*[A-ZÁÉÍÓÚÑÀÈÒÇ]{4})"  # (with an initial: "… ANA B. PÉREZ")
        r"(?-i:[A-ZÁÉÍÓÚÑÀÈÒÇ]{2,}(?:\s+(?:[A-ZÁÉÍÓÚÑÀÈÒÇ]\.|[A-ZÁÉÍÓÚÑÀÈÒÇ]{2,})){1,3})$"
        r"|\((?:fotogramma|lapresse|imagoeconomica|agf|ipa|ansa foto|foto ansa)\)\s*$"
        # "… in via Marconi (FotoSchicchi)", "[Foto] …": an Italian paper's photographer
        r"|\((?:foto|photo)\s?(?-i:[A-Z])[\w.'’ -]{1,30}\)$"
        r"|^\[(?:foto|photo|bild|image|immagine)\]\s"
        # "… il nuovo varco - FOTO MARCHIORI", "… appena installate - Foto Reporter Beispiel"
        r"|\s[-–]\s(?:foto|photo|ph\.)\s+(?-i:[A-ZÀ-Ý])[\w.'’ -]{2,40}$"
        # "… last month. (Express Photo by Name)", "… on Sunday. (Representational)"
        r"|\((?:[\w.'’-]+ ){0,3}(?:photo|foto|pic|picture)s? (?:by|:)\s*[^()]{2,40}\)$"
        r"|[.!?]\s*\((?:representational|representative|symbolic)(?: (?:image|photo|picture"
        r"|pic))?\)$"
        # "Operační sál … v Opavě | Zdroj: FN Ostrava": the caption, then its source
        r"|\s\|\s*(?:zdroj|source|quelle|fuente|fonte|źródło|forrás)\s*:\s*[^|]{2,60}$"
        # "… finishes shortly after 11pm | PICTURE: Name"
        r"|\s\|\s*(?:pictures?|pic|photos?|photograph|image|foto|fotos|bild|credit)\s*:\s*[^|]{2,60}$"
        r"|\s[-–]\s*riproduzione riservata$|/folhapress$"  # "… on Monday. —JOMAR L. DELA CRUZ"
        # a stock picture's credit after its caption: "… after a single injection. Adobe Stock"
        r"|[.!?]\s+(?:adobe stock|getty images|istock(?:photo)?|shutterstock|imago(?: images)?"
        r"|alamy)(?:\s*/\s*\S+)?$"
        r"|^(?:this|the) (?:file )?(?:photo|image|picture|screenshot),? (?:taken|provided|released"
        r"|dated|captured|shows)\b"
        r"|[.!?]\s+(?-i:[A-ZÀ-Ý])\.\s?(?-i:[A-ZÀ-Ý])\.$"  # a photographer's initials: "… D.S."
        r"|(?:^|[.!?]\s+)(?-i:[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,40})\s+(?:pour|for|per|para|für)\s+«?\s*"
        r"(?-i:[A-ZÀ-Ý' ]+)»?$"
        r"|^(?:image|video) caption,(?:\s*\S|$)"  # a screen reader's label, copied with the text
        r"|^(?:legenda da foto|legenda do vídeo|fotoğraf altyazısı|fotoğraf altı yazısı|pie de foto"
        r"|потпис испод фотографије|potpis ispod fotografije|подпись к фото|підпис до фото"
        r"|توضیح تصویر"
        r"|التعليق على الصورة|इमेज कैप्शन|chụp lại hình ảnh|keterangan gambar|คำบรรยายภาพ"
        r"|图像加注文字|画像説明|사진 설명)[,،，](?:\s*\S|$)"
        r"|^item \d{1,3} of \d{1,3}\s+\S"  # a gallery's counter run into its caption
        # caption and credit run together: "… en una imagen de archivo.Rodrigo Aranda (Cuartoscuro)"
        r"|[.!?]\s*(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){1,2}\s*\((?-i:[A-ZÀ-Ý])[^()]{1,40}\)$",
        400,
    ),
    _rule(
        K.CREDIT_LINE,
        "initials_credit",  # "jbe/dpa", "sol/dpa/Reuters": the text's author and agencies
        r"^(?-i:[a-z]{2,4})(?:\s?/\s?(?:reuters|[a-z]{2,4}))+$"  # agencies, desks: dpa, lby
        r"|^(?:dpa-afx|awp|apa|sda|dow jones)(?:/(?-i:[a-z]{1,4}))+$"  # "dpa-AFX/ck/he"
        r"|^(?-i:[a-z]{2,4})/\s?(?-i:[a-z]{2,4})/$"  # PAP's "bpi/ mok/"
        r"|^\((?:nan|ap|afp|reuters|xinhua|dpa|efe|ani|pti|ians|apa)\)$"  # "(NAN)" under the text
        r"|^[—–-]\s?(?:reuters|afp|ap|bloomberg|xinhua|nan|dpa|efe|ani|pti|ians)$",
        40,
    ),
    # Indian papers under a text they wrote from the wires: "(With inputs from PTI)", "(With
    # agency inputs)", "— With inputs from ANI and Reuters"
    _rule(
        K.CREDIT_LINE,
        "agency_inputs",
        r"^[(\[]\s*(?:with\b[^()\[\]]{0,30}\b(?:inputs?|agencies)|inputs? from)\b[^()\[\]]{0,40}"
        r"[)\]]\.?$"
        r"|^(?:[—–-]\s*)?(?:with\b[\w ,&/-]{0,30}\b(?:inputs?|agencies)|inputs? from)\b"
        r"[\w ,&/-]{0,30}$",
        80,
    ),
    # a copy taken from a wire or a partner unchanged, as the page says under it: "(Except for the
    # headline, this story has not been edited by … staff and is published from a syndicated
    # feed.)", "Este contenido ha sido elaborado por la Agencia EFE."
    _rule(
        K.CREDIT_LINE,
        "syndicated_copy",
        r"has not been edited by [\w .&-]{1,40} staff\b|\bpublished from an? (?:syndicated"
        r"|wire agency|agency|news agency) feed\b|\bauto-generated from an? syndicated feed\b"
        r"|^(?:este|el presente) contenido (?:ha sido|fue) (?:elaborado|producido|redactado"
        r"|publicado) por\b|^ce contenu a été (?:produit|réalisé|rédigé) par\b"
        r"|^questo contenuto è stato (?:prodotto|realizzato|redatto) da\b"
        r"|^this content (?:has been|was) (?:produced|created|written|provided) by\b",
        300,
    ),
    _rule(
        K.IMAGE_CAPTION,
        "image_caption_credit",
        r"\b(?:picture alliance|getty images|imago|shutterstock|istock|unsplash|pixabay"
        # (not the Swiss agency a text cites: "wie Keystone-SDA meldet")
        r"|keystone(?!-(?:sda|ats))|epa-efe|afp via getty|ti-?press)\b"
        r"|/\s*(?:dpa|afp|ap|reuters)\s*$"
        # a picture the family or the police gave out: "Family handout", "PSNI handout"
        r"|^(?:[\w.'’&-]+\s){0,3}handout(?:\s*/\s*[\w .-]{1,30})?$",
        300,
    ),
    _rule(
        K.TAGS,
        "tags",
        r"^(?:themen|schlagworte|schlagwörter|tags|stichworte|mehr zu|mehr zum thema:|thèmes"
        r"|kategorien|kategorie|categories|category|catégories|categorías|categorie"
        r"|mots-clés|temas|etiquetas|argomenti|tag|onderwerpen|tagi|topics|ämnen|emner|aiheet"
        r"|témata|štítky|témy|címkék|témák|etichete|oznake|кључне речи|ključne riječi|ključne reči"
        r"|теги|тэги|теми|етикети|ετικέτες"
        r"|etiketler|avainsanat|tópicos|tópicos relacionados|étiquettes|filed under|fachgebiete?"
        r"|rubriken|keywords|related search(?:es)?|read more on|märksõnad|teemad|tēmas|birkas"
        r"|temos|žymos)\s*:"
        r"|^(?:schlagworte|schlagwörter|stichworte|stichwörter)\s+(?-i:[A-ZÄÖÜ])"  # (no colon)
        # a blog's post footer: "Dieser Eintrag wurde veröffentlicht in Lokales und
        # verschlagwortet mit … Setze ein Lesezeichen auf den Permalink."
        r"|^dieser (?:eintrag|beitrag) wurde (?:[^.]* )?(?:veröffentlicht|abgelegt) (?:in|unter)\b"
        r"|^this (?:entry|post) was posted (?:in|under)\b|lesezeichen auf den permalink"
        r"|bookmark the permalink",
        300,
    ),
    _rule(
        K.TAGS,
        "tags_heading",
        r"^(?:themen|schlagworte|schlagwörter|tags|stichworte|topics|archivado en|etiquetas"
        r"|mehr lesen über|explore more on these topics|more on these topics|filed under"
        r"|sujets|mots-clés|argomenti|onderwerpen|tagi|ämnen|emner|aiheet|témata|štítky"
        r"|címkék|etichete|oznake|кључне речи|ključne riječi|ključne reči|λέξεις κλειδιά"
        r"|λεξεις κλειδια|теги|тэги|теми|етикети|ετικέτες|etiketler|avainsanat"
        r"|suggested topics|keywords|lees meer over|meer over dit onderwerp|märksõnad|teemad"
        r"|read more about"
        r"|tēmas|birkas|temos|žymos"
        r"|الكلمات المفتاحية|מילות מפתח|برچسب‌ها|टैग|标签|タグ|태그|từ khóa|tag|แท็กที่เกี่ยวข้อง)\s*:?$",
        30,
    ),
    _rule(
        K.BREADCRUMB,
        "breadcrumb",
        # (not a French quote closed by its guillemet: "« Un coup de force » selon l'opposition")
        r"^(?![^»]*«)(?:[^\s>›»/|][^>›»|]{0,40}\s*[>›»]\s*){2,}[^>›»|]{1,60}$"
        # two crumbs: "Vilsberg › Politik vor Ort", "Moers > Vereine & Ehrenamt"
        r"|^(?![^»]*«)[^\s>›»|][^>›»|.!?:]{0,30}\s[>›»]\s[^>›»|.!?:]{1,30}$"
        # an accessibility bar's buttons: "[Schrift größer] [Kontrast] [Leichte Sprache]"
        r"|^(?:\[[^\[\]]{1,30}\]\s*){2,}$"
        # "Sie befinden sich hier: Startseite Aktuelles …", "Aktuelle Seite: Startseite …"
        r"|^(?:sie (?:befinden sich|sind) hier|aktuelle seite|you are here|vous êtes ici"
        r"|está usted en|ti trovi in|u bevindt zich hier)\s*:\s*\S"
        # "Naslovnica / Vijesti / Srijem": a home page's name first, then slashes
        r"|^(?:home|startseite|accueil|inicio|inici|início|home page|naslovnica|početna|forside"
        r"|hjem|hem|startsida|etusivu|úvod|domů|domov|strona główna|tuisblad|kezdőlap|acasă"
        r"|főoldal|pradžia|sākums|avaleht|начало|الرئيسية|ראשי|صفحه اول|होम|首页|ホーム|トップ|홈"
        r"|trang chủ|beranda|หน้าแรก|αρχική|ana sayfa|anasayfa|главная|головна)"
        # (the last crumb may be the headline, cut short: "… / Deficitul bugetar al …...")
        r"(?:\s+[/>›»]\s+[^/>›»]{1,40}){1,4}(?:\s+/\s+[^/]+(?:\.\.\.|…))?$"
        # "Startseite Stuttgart Verkehr in Stuttgart": the separators lost in the copy
        r"|^startseite (?-i:[A-ZÄÖÜ])[^.!?:;,]*$"
        # "Startseite/Unterhaltung/TV/Tanzpalast der Stars": the slashes unspaced
        r"|^(?:home|startseite|accueil|inicio|início|startsida|etusivu)(?:/[^/\s][^/]*){2,}$",
        200,
    ),
    _rule(
        K.SOCIAL_EMBED,
        "social_embed",
        r"zum beitrag auf|externer inhalt|externe inhalte|inhalte von drittanbietern"
        # an embedded post's author: "@stadtbeispiel · X"
        r"|^@[\w.]{2,30}\s*[·•|-]\s*(?:x|twitter|instagram|tiktok|threads|bluesky|facebook)$"
        r"|^(?:view this post on instagram|poglejte to objavo na instagramu"
        r"|pogledajte ovu objavu na instagramu|diesen beitrag auf instagram ansehen"
        r"|objava uporabnika [\w.]{2,30} na instagramu)$"
        r"|^[^()]{2,60}\(@[\w.]{2,30}\)\s*[·•|-]\s*(?:x|twitter|instagram|tiktok|threads|bluesky)$"
        r"|\spic\.twitter\.com/\w+$"  # the post's picture link closing its text
        r"|^post su (?:x|instagram|facebook|threads|bluesky) di\b"
        r"|^le (?:post|contenu|tweet|message) ci-dessous est issu de\b"
        r"|^post (?:di )?(?:instagram|facebook|tiktok|x) di @|\bvisualizza su (?:instagram|facebook"
        r"|tiktok|x)$|\bview (?:this post )?on instagram$"
        r"|^[—–]\s*[^(]+\(@\w+\)\s+\w+ \d{1,2}, \d{4}$"
        r"|^(?:instagram|x|twitter|tiktok|youtube|facebook|bluesky|threads)-inhalte? anzeigen$"
        r"|view this post on|embedded content|beitrag auf (?:x|instagram|facebook|tiktok)"
        r"|um (?:den|diesen) inhalt anzuzeigen|contenu externe|contenido externo"
        r"|contenuto esterno|externe content"
        r"|beitrag von (?:instagram|x|twitter|facebook|tiktok|youtube|bluesky|mastodon)"
        r"|(?:beitrag )?auf (?:bluesky|mastodon|threads|instagram|x|tiktok|facebook|youtube)"
        r" ansehen|view (?:post )?on (?:bluesky|mastodon|threads|instagram|tiktok)"
        r"|empfohlener (?:redaktioneller|externer) inhalt"
        r"|(?:instagram|facebook|tiktok|x|youtube|bluesky|threads)-beitrag von\b"
        r"|^gefällt [\d.,]+ (?:mal|personen)$"
        r"|^[\d.,]+ (?:likes|gefällt-mir-angaben|mentions j'aime)$"
        r"|post (?:from|on) (?:instagram|x|twitter|facebook|tiktok|youtube)"
        r"|(?:visualizza questo post|bekijk dit bericht|voir cette publication|ver esta publicación"
        r"|diesen beitrag ansehen) (?:su|op|sur|en|auf) \w+"
        r"|^(?:a post shared by|un post condiviso da|une publication partagée par"
        r"|una publicación compartida de|ein beitrag geteilt von|een bericht gedeeld door)\b",
        300,
    ),
    _rule(
        K.AUTHOR_BIO,
        "author_bio",
        r"^(?:über (?:den|die) (?:autor|autorin|autoren)|zur person|about the authors?"
        r"|zum autor|zur autorin|zu den autoren"
        r"|à propos de l'auteur|sobre el autor|sobre la autora|sull'autore|over de auteur"
        r"|o autorze|o avtorju|o avtorici|o autoru|o autorici)\b"
        r"|^(?:autoreninfo|autorinfo|zum autor|zur autorin|infos? zu[mr] (?:autor|autorin)"
        r"|sobre la firma|sobre (?:el|la) autora?|l'auteur|l'autore|over de auteur)\s*:?$",
        600,
    ),
    _rule(
        K.ORIGINAL_TITLE,
        "original_title_label",
        r"^(?:originaltitel|original title|titre original|título original|titolo originale"
        r"|oorspronkelijke titel|tytuł oryginału"
        r"|(?:german|english|french|spanish|italian|dutch) original)\s*:",
        300,
    ),
    _rule(
        K.CREDIT_LINE,
        "republication_credit",
        r"aus dem \w+ übersetzt|übersetzung:|maschinell übersetzt|translated (?:from|by)"
        r"|^aus dem \w+ (?:übersetzt )?von\s|^übersetzung aus dem \w+\b"
        r"|traduit de|traducido del?|tradotto da|vertaald uit|mit freundlicher genehmigung"
        r"|with (?:kind )?permission|originally published|erschien (?:zuerst|ursprünglich)"
        r"|publié initialement|publicado originalmente|mithilfe von deepl|with the help of ai"
        # (a credit says the text is generated; a story may be about "AI-generated voice clones")
        r"|mit hilfe (?:von )?(?:ki|künstlicher intelligenz)|^\W*(?:ki-generiert|ai-generated)\b"
        r"|\((?:ki-generiert|ai-generated)\)"
        r"|mit unterstützung (?:einer |von )?(?:ki|künstlicher intelligenz)|experimentelles ki-tool"
        r"|(?:mithilfe|mit hilfe|mit) maschineller (?:unterstützung|hilfe)"
        r"|ki-zusammenfassung|ai-generated summary|this summary was generated"
        r"|^resumo gerado por (?:ferramenta de )?(?:ia|inteligência artificial)\b"
        r"|(?:mithilfe|mit hilfe) (?:eines|einer|von) ki-(?:tools?|übersetzung|sprachtools?"
        r"|werkzeugen?)"
        r"|nutzt ki-(?:sprach)?tools?"
        r"|(?:mithilfe|mit hilfe) (?:automatischer|einer automatischen) spracherkennung"
        r"|(?:transcript|transcription) (?:was )?(?:automatically )?generated"
        r"|übersetzt mit (?:hilfe|unterstützung) von|mit unterstützung von deepl"
        r"|^(?:hinweis|anmerkung der redaktion)\s*:\s*(?:dieser|der) (?:artikel|text|beitrag)"
        r" wurde (?:aktualisiert|ergänzt|korrigiert)"
        r"|(?:created|written|produced) with (?:the )?(?:help|assistance) of (?:ai|artificial"
        r" intelligence)|avec l'aide (?:de l'ia|d'une intelligence artificielle)",
        300,
    ),
    _rule(
        K.BYLINE,
        "interview_byline",  # "Interview: Tobias Ahlgrimm", not "Interview: «A headline»"
        r"^(?:interview|gespräch|entretien|intervista|entrevista)\s*:\s*(?-i:[A-ZÀ-Ý])[\w'’-]+"
        r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){1,2}(?:\s+(?:und|and|et|y|e)\s+(?-i:[A-ZÀ-Ý])[\w'’-]+"
        r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){1,2})?$"
        # "Das Gespräch führte Annika Beispiel", "Die Fragen stellte …", "Interview conducted by"
        r"|^(?:das (?:gespräch|interview) (?:führten?|führte)|die fragen stellten?"
        r"|interview(?:ed| conducted) by|entretien réalisé par|intervista (?:a cura )?di)"
        r"\s+(?-i:[A-ZÀ-Ý])\S+(?:\s+\S+){0,5}$",
        80,
    ),
    _rule(
        K.BYLINE,
        "name_with_role",  # a guest author: "Jean-Marc Vidal (Médecin généraliste)"
        r"^(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ -](?-i:[A-ZÀ-Ý])[\w'’-]+){1,3}\s*"
        r"\((?:[^\W\d_][^()\d.]{2,40})\)$",
        70,
    ),
    _rule(
        K.CREDIT_LINE,
        "wire_credit",
        r"^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b"
        r"|\b(?:est édité par|wird herausgegeben von|is published by|è edito da|es editado por)\b"
        r"|^(?:mitarbeit|mitgearbeitet hat|mitarbeit von)\s*:?\s"
        # "Mit Material von dpa", "Mit Informationen von Anna Beispiel, SWR"
        r"|^mit (?:material|informationen|angaben) (?:von|der|des|aus)\s+\S"
        r"|^read (?:the )?(?:original|full) (?:article|story) (?:on|at)\b"
        r"|^contributing:\s+\S|^with files from\s+\S"
        r"|^this (?:article|story|report|fact check) was (?:produced|written|reported|prepared)"
        r" by\b",
        400,
    ),
    _rule(
        K.NEWSLETTER,
        "signup_consent",
        r"^mit (?:der|ihrer) anmeldung (?:stimmen|akzeptieren|erklären) sie"
        r"|protected by recaptcha|google privacy policy and terms of service apply"
        r"|^by (?:signing up|subscribing),? you (?:agree|accept)"
        r"|^by providing (?:an|your) e-?mail(?: address)?,? (?:i|you) (?:agree|accept)"
        r"|^en vous inscrivant,? vous acceptez",
        200,
    ),
    _rule(
        K.WIDGET,
        "stock_widget",
        r"^(?:wkn|isin)\s*:?\s*[A-Z0-9]{6,12}\b|^tageshoch\b|^tagestief\b|^(?:52-wochen-)?(?:hoch|tief)\s*:"
        r"|^(?:wetter|weather|météo|meteo|tiempo)\b.{0,40}-?\d{1,2}\s?°\s?[cf]?\b"
        r"|^(?:zur|zum) (?:kursseite|aktienkurs|chart|börsenkurs)$|^(?:xetra|nasdaq|nyse|tradegate"
        r"|lang & schwarz|l&s)\s*[·|,]"
        r"|^[+−-]?\d{1,3}(?:[.,]\d{3})*[.,]\d{2}\s*(?:eur|€|usd|\$|chf|punkte|pkt\.?)"
        r"(?:\s*\(\s*[+−-]?\d+[.,]\d+\s*%\s*\))?$|^[+−-]\d+[.,]\d+\s*%$"
        # a share's ticker line: "Kessler & Brandt 14,62 € -8,31 %"
        r"|^[\w .&'’-]{2,40}\s[+−-]?\d{1,3}(?:[.,]\d{3})*[.,]\d{2}\s*(?:eur|€|usd|\$|chf)"
        r"\s+[+−-]\d+[.,]\d+\s*%$"
        # a weather box: "6° leicht bewölkt", "Mi 8° | Do 5° | Fr 3°", "Zur Wetterprognose"
        r"|^-?\d{1,2}\s?°\s?[cf]?,?(?:\s+[^\W\d_]+){0,3}$"
        r"|^(?:(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)"
        r"\.?\s+-?\d{1,2}\s?°(?:\s*/\s*-?\d{1,2}\s?°)?\s*[|·•]?\s*){2,}$"
        r"|^(?:zur|zum) (?:wetterprognose|wettervorhersage|wetterseite|wetter|7-tage-wetter)$"
        # "Wednesday, Apr 3rd 2024 4PM 11°C 7PM 9°C 5-Day Forecast"
        r"|\b\d{1,2}-day forecast$|-?\d{1,2}\s?°[cf]\b.{1,20}?-?\d{1,2}\s?°[cf]\b",
        60,
    ),
    _rule(
        K.NEWSLETTER,
        "push_prompt",
        r"^(?:attiva le notifiche|aktivieren sie (?:die |unsere )?(?:push-)?(?:benachrichtigungen"
        r"|mitteilungen)|(?:jetzt )?push-nachrichten aktivieren|turn on (?:push )?notifications"
        r"|activez les notifications|activa las notificaciones)\b"
        # "Wollen Sie Eilmeldungen direkt aufs Handy? Benachrichtigungen aktivieren"
        r"|^[^.!]{0,80}\?\s+(?:benachrichtigungen|push-nachrichten|mitteilungen|notifications)"
        r" (?:aktivieren|einschalten|erlauben|activer)\b|^benachrichtigungen aktivieren$"
        # a browser's notification prompt: "Be the first to know" / "Get browser notifications
        # for breaking news …" / "Not Now" / "Turn On"
        # "FOCUS online möchte Ihnen Benachrichtigungen … senden", "Push-Nachrichten von …:"
        r"|\bmöchte (?:ihnen|dir) (?:push-)?(?:benachrichtigungen|mitteilungen)\b"
        r"|^push-(?:nachrichten|mitteilungen|benachrichtigungen)"
        r"(?: (?:von|der|des) [\w .-]{2,30})?:"
        r"|\bverpass(?:en sie|e) keine eilmeldung(?:en)?\b"
        r"|\b(?:would like|wants) to send you (?:push )?notifications\b"
        r"|^get (?:browser|push|desktop) notifications\b|^(?:be the first to know|not now|turn on"
        r"|allow notifications|no thanks|später|nicht jetzt|plus tard|más tarde)$"
        # "Add CBS News on Google", "… als bevorzugte Quelle bei Google"
        r"|^add [\w .'’-]{2,40} (?:on|to) google\b|\bpreferred source (?:on|in) google\b"
        r"|\bbevorzugte quelle (?:bei|auf|in) google\b",
        120,
    ),
    _rule(
        K.NEWSLETTER,
        "podcast_subscribe",
        r"^(?:abonnieren sie|abonniere|abonniert|folgen sie) (?:den|unseren|diesen) podcast"
        r"|^(?:subscribe to|follow) (?:the|our|this) podcast|^(?:apple podcasts|spotify"
        r"|google podcasts|amazon music|deezer|rss-feed|rss feed|youtube music|podcast-app)$",
        60,
    ),
    _rule(
        K.NEWSLETTER,
        "privacy_notice",
        r"^(?:privacy notice|datenschutzhinweis|avis de confidentialité)\s*:",
        600,
    ),
    _rule(
        K.CREDIT_LINE,
        "wire_end_marker",  # a wire story's end: "(Schluss) kla/bei", "(END)", "-30-"
        r"^[(\[](?:schluss|ende|end|fin|fine|einde|slut|loppu)[)\]](?:\s+[a-zäöü]{2,4}"
        r"(?:/[a-zäöü]{2,4})*)?$|^[-–—]\s*(?:ende|end|fin|fine|einde|30)\s*[-–—]$|^#{3}$",
        40,
    ),
    _rule(
        K.COPYRIGHT,
        "copyright",
        r"^(?:©|\(c\)|copyright)|alle rechte vorbehalten|all rights reserved|tous droits réservés"
        r"|todos los derechos reservados|tutti i diritti riservati|alle rechten voorbehouden"
        r"|wszelkie prawa zastrzeżone|urheberrechtlich geschützt|protected by copyright"
        r"|protégés? par le droit d'auteur|vervielfältigung (?:nur|nicht|ist nur)\b"
        r"|weiterverbreitung (?:nur|nicht)\b|reproduction interdite"
        r"|^jegliche veröffentlichung und nicht-private nutzung"
        # the content system's own credit: "Powered by WordPress", "Erstellt mit Jimdo"
        r"|^(?:proudly )?powered by (?:wordpress|joomla|typo3|drupal|ghost|wix|jimdo)\b"
        r"|^erstellt mit (?:jimdo|wix|wordpress)\b|^joomla! ist freie\b"
        r"|^stolz präsentiert von wordpress\b"
        # a licence to reuse the text, and the republishing box around it
        r"|^republish (?:this|our) (?:article|story|stories|articles)\b"
        r"|^thank you for your interest in republishing\b"
        r"|^creative commons(?: licen[cs]e)?\b.{0,40}$"
        r"|^(?:licen[cs]e|lizenz)\s*:\s*(?:cc\b|creative)"
        r"|\b(?:is|are|steht|stehen|wird|werden) (?:licensed |veröffentlicht )?(?:under|unter)"
        r" (?:a |the |der |einer )?(?:creative commons|cc[ -]by)\b"
        r"|\b(?:unter|under) (?:der|einer|a|the) (?:lizenz|licen[cs]e)"
        r" (?:creative commons|cc[ -]by)\b"
        r"|(?:^|[.!]\s+)ein angebot (?:der|des|von)\s.{0,60}$|^riproduzione riservata\b"
        # the Baltic agencies' reprint bans (LETA, ELTA, BNS), in Latvian, Lithuanian, Russian
        r"|\bmateriālu pārpublicēšana\b|^перепечатка (?:и цитирование )?\b|^griežtai draudžiama\b"
        r"|\binformaciją skelbti\b[^.]{0,160}\bdraudžiama\b"
        # "При цитуванні і використанні будь-яких матеріалів в Інтернеті …"
        r"|^при (?:цитуванні|використанні)(?: (?:і|та) використанні)? (?:будь-яких )?матеріалів\b"
        r"|^при цитировании (?:и использовании )?материалов\b",
        600,
    ),
    _rule(
        K.BYLINE,
        "byline",
        # (not a range: "Von Pho bis Ahle Wurscht", "De Lyon à Genève")
        r"(?!^(?:von|from|de|di|van|par|por) (?:[^\s,]+ ){1,3}(?:bis|to|à|a|al|tot|hasta)\s)"
        r"(?!^di\.? \d)"  # (German Tuesday: "Di 09.04.24 | 19:30 Uhr")
        # (a Spanish or French subheading: "Por qué ahora", "Par la suite")
        r"(?!^(?:por|par) (?:qu[ée]|quoi|ce|cette|eso|esto|ejemplo|ahora|fin|favor|ailleurs"
        r"|lo tanto|suerte)\b)"
        r"(?!^(?:authors?|autoren|autorinnen)$)"  # (a menu's link to the authors' pages)
        r"^(?:von|by|par|por|di|door|autor(?:in|en|innen)?|authors?|autore|auteur|text|redaktion|redacción"
        r"|rédaction|redazione|redactie|af|av"
        r"|(?:eine? )?(?:kommentar|gastbeitrag|beitrag|standpunkt|debattenbeitrag|bericht) von"
        r"|[\w-]*reporter(?:in|innen)? vor ort"
        r"|eine? (?:kommentar|gastbeitrag|interview|reportage|analyse|kolumne|glosse|essay|artikel"
        r"|beitrag|text"
        r"|rezension|kritik|porträt|feature|recherche|bericht|test|testbericht) von"
        r"|a cura di|written by"
        r"|reporting by|curated by|compiled by|edited by"
        r"|texte par|texto|tekst|posted by|publié par|publicado por|pubblicato da"
        r"|geschrieben von|veröffentlicht von|gepubliceerd door|szerző|författare|forfatter"
        r"|kirjoittaja|toimittaja|autori|автор|авторка|συντάκτης|yazar|muhabir|submitted by"
        r"|verfasser(?:in)?|verfasst von|eingestellt von|пише|piše"
        r"|نویسنده|الكاتب|بقلم|מאת|लेखक|作者|記者|tác giả|penulis|ผู้เขียน)\b"
        # (and the date glued on: "By Maya Beispiel Globe Staff,Updated March 4, 2025, 6:42 p.m.")
        r"(?:\s*[:،])?(?:\s+\S+){0,8}(?:,(?=updated|published)(?:\s*\S+){1,7})?$"
        # Romanian and Portuguese "de" + a name: only capitalised words ("De kosten lopen op",
        # a Dutch subheading, is not one)
        r"|^de\s+(?-i:[A-ZÀ-ÝĂÂÎȘȚ][\w'’-]+)(?:\s+(?-i:[A-ZÀ-ÝĂÂÎȘȚ][\w'’-]+)){1,2}$"
        # Greek "of" + a name in the genitive: "Της Ειρήνης Μαρκογιαννάκη", "Του Στέλιου …"
        r"|^τ(?:ου|ης)\s+(?-i:[Α-ΩΆ-Ώ][\w'’-]+)(?:\s+(?-i:[Α-ΩΆ-Ώ][\w'’-]+)){1,2}$"
        r"|^(?:article )?rédigé par\s+\S+(?:\s+\S+){0,5}$"
        # a Brazilian desk's credit: "Do UOL, em São Paulo", "Colaboração para o UOL, em Recife",
        # "Da Redação"
        r"|^d[oa]s? (?-i:[A-ZÀ-Ý])[\w .-]{1,30}, em (?-i:[A-ZÀ-Ý])[\w .()-]{1,40}$"
        r"|^colaboração para (?:o|a) [\w .-]{2,30}(?:, em [\w .()-]{2,40})?$"
        r"|^da redação(?: d[oa] [\w .-]{2,30})?$"
        # a reporter's place and the service: "De Santarém (PA) para a BBC News Brasil"
        r"|^(?:de|desde|da|from) (?-i:[A-ZÀ-Ý])[\w .()'’-]{1,40} (?:para|for|pour|per) "
        r"(?:a |o |la |el |le |the )?(?-i:[A-Z]{2,})[\w .-]{0,30}$"
        # a desk's name for its staff: "The Wire Staff", "Globe Staff", "HT News Desk"
        r"|^(?:the )?(?-i:[A-Z][\w&.'’-]*)(?: (?-i:[A-Z][\w&.'’-]*)){0,3} (?:staff|news desk"
        r"|web desk|digital desk|online desk|news service)$"
        r"|^(?-i:[A-Z]\.(?:\s?[A-Z]\.)+)\s+(?:avec|with|mit|con|met)\s+(?:afp|ap|reuters|dpa|ansa"
        r"|efe|belga|anp)$"
        # the desk and the agency: "Le Figaro avec AFP", "L'Obs avec AFP"
        r"|^(?:le |la |les |l['’])?(?-i:[A-ZÀ-Ý][\w'’.-]+)(?: (?-i:[A-ZÀ-Ý][\w'’.-]+)){0,2}\s+avec"
        r"\s+(?:l['’])?(?:afp|ap|reuters|ansa|efe|belga)$"
        # a name and a reporter's post: "Xavier Beispiel, envoyé spécial à Bourges"
        r"|^(?-i:[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){1,2}),\s+(?:envoyée? spéciale?"
        r"|correspondante?|corresponsal|enviad[oa] especial|inviat[oa] speciale?"
        r"|staff (?:writer|reporter)|correspondent)\b[^.!?]{0,50}$"
        # two authors with their newsrooms: "by Jane Roe, ProPublica, and John Doe, The Ledger"
        r"|^by (?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}), [^,]{2,40},? and "
        r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})(?:, [^,]{2,40})?$"
        r"|^(?:author|role|autor|função|yazan|unvan|аутор|функција|funkcija|автор|должность|посада|نویسنده|نقش|الكاتب|المنصب|लेखक|पदनाम"
        # the BBC's "Author, …", "Role, …"
        r"|tác giả|chức danh|penulis|peran|ผู้เขียน|ตำแหน่ง)[,،]\s+\S"
        # the desk's editor under the text: "Editor: R.M.", "Toimetaja: Mari Tamm"
        r"|^(?:editor|redaktor|toimetaja|urednik|urednica|redaktorius|redaktore|szerkesztő"
        r"|редактор)\s*:\s*\S+(?:\s+\S+){0,3}$",
        90,
    ),
    _rule(
        K.NAVIGATION,
        "age_notice",
        r"^(?:this archived (?:news )?story is available\b.{0,200}"
        r"|this article is (?:more than|over) \d+ (?:years?|months?) old"
        r"|dieser artikel ist (?:älter als|mehr als) \d+ (?:jahre?|monate?) alt"
        r"|archiv(?:ierter)? artikel|archived article)$",
        300,
    ),
    _rule(
        K.BYLINE,
        "author_role",
        r"\b(?:korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|correspondent|staff writer"
        r"|editor|journalist(?:in)?|autorin|corresponsal|correspondant(?:e)?|redattore|redactie"
        r"|dziennikarz)\s*(?:@\w+)?$"  # (and the reporter's handle: "… correspondent @name")
        r"|(?:reporter|editor|correspondent|writer)\s*·\s*[^·]{2,40}·?$"
        r"|^(?-i:[A-ZÄÖÜ])\S+ (?-i:[A-ZÄÖÜ])\S+, [^,.]{0,30}redaktion\b[^.]{0,30}$"
        r"|^[\w.]{2,20}-redaktion$"  # a desk signs: "VN-Redaktion", "SZ-Redaktion"
        # a role opening a bio line without a full stop: "Redactora de la delegación de …"
        # an academic author's post: "Associate Professor, Heat and Health Research Group, …"
        r"|^(?:(?:associate|assistant|adjunct|honorary|emeritus|distinguished|senior|research)"
        r" )?(?:professor|lecturer|research fellow|postdoctoral (?:research )?fellow|phd candidate"
        r"|doctoral candidate|researcher|reader)(?: (?:of|in) [\w ]{2,40})?,[^.!?]{4,120}$"
        r"|^(?:redactora?|corresponsal|periodista|redakteurin|redakteur|korrespondentin"
        r"|korrespondent|staff writer|correspondent|redattrice|redattore|giornalista"
        r"|journaliste|dziennikarka|dziennikarz|jornalista|repórter)\b[^.!?]{0,80}$",
        100,
    ),
    _rule(
        K.AUTHOR_BIO,
        "author_sentence",
        r"^(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s+){1,3}(?:(?:(?:ist|is|est|es|è|jest|arbeitet als"
        r"|works as)\b|[–—-]\s)"  # "Michał Korecki – dziennikarz działu …"
        # German compounds count: "Wissenschaftsjournalistin", "Wirtschaftsredakteur"
        r".{0,60}\b\w*(?:redakteur(?:in)?|redaktor(?:in)?|korrespondent(?:in)?"
        r"|reporter(?:in)?|journalist(?:in)?|correspondent|staff writer|journaliste|periodista"
        r"|(?:senior|contributing|features?|science|tech|politics) writer|writer (?:at|for) \S"
        r"|giornalista|dziennikar\w*|chroniqueu(?:r|se)|columnist(?:a)?|kolumnist(?:in)?"
        r"|correspondante?|rédact(?:eur|rice)"
        r"|editorialista)\b|schreibt seit (?:19|20)\d\d\b"
        r"|has (?:covered|written about)\b|writes about\b|covers [\w ,&-]{2,40} for (?:the )?\w"
        r"|cubre [\w ,&-]{2,80} para (?:el |la )?\w"
        r"|couvre [\w ,&'’-]{2,80} pour (?:le |la |l['’])?\w)"
        # "Tina Beispiel je novinarka gospodarske redakcije, piše o …"
        r"|^(?:(?-i:[A-ZČŠŽĆĐ])[\w'’-]*\s+){1,3}je\s.{0,60}\b(?:novinar(?:ka)?|urednik|urednica"
        r"|dopisnik|dopisnica)\b"
        # "Temitope, a correspondent with The PUNCH, has over five years of experience …"
        r"|^(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2}, an? (?:[\w-]+ ){0,2}"
        r"(?:correspondent|reporter|journalist|writer|editor) (?:with|at|for) [^,]{2,40}, has\b"
        # "Irene Example joined the Post in 2021 and covers transport"
        r"|^(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){1,2}\s+joined"
        r" (?:the )?[\w .'’-]{2,30} in (?:19|20)\d\d\b"
        # (a name, not an article's subject: "Die Stadt schreibt für das Projekt … aus")
        r"|^(?!(?:die|der|das|the|le|la|les|el|il|het|de|ein|eine|an?)\s)"
        r"(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?:de|van|von|der|den|di|da|le|la|(?-i:[A-ZÀ-Ý])[\w'’-]+))"
        r"{1,4}\s+(?:schrijft voor|writes for|écrit pour|escribe para|scrive per|schreibt für)\b"
        # a columnist's rhythm: "… é economista. Escreve quinzenalmente no Observador."
        r"|(?:^|[.]\s+)(?-i:Escreve|Escribe|Scrive|Écrit|Schreibt|Skriver) (?:quinzenalmente"
        r"|semanalmente|mensalmente|todas as semanas|cada semana|ogni settimana|chaque semaine"
        r"|regelmäßig|jede woche|varannan vecka|hver uke|hver uge) (?:no|na|para|en|para el|per"
        r"|pour|für|i|på|for) \S[^.!?]{0,40}\.?$"
        # a bio without its subject: "Redakteurin im Lokalressort. Schreibt über Verkehr."
        r"|(?:^|[.]\s+)(?-i:Schreibt) (?:über|vor allem über|seit|für)\b"
        # "Redakteur Nordfriesland – schreibt über Inseln, Halligen …"
        r"|^(?:redakteur(?:in)?|reporter(?:in)?|korrespondent(?:in)?|volontär(?:in)?)\b[^.]{0,40}"
        r"[–—-]\s*schreibt (?:über|vor allem über)\b"
        r"|^(?!(?:er|sie|es|man|die|der|das|wer)\s)(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Ý])"
        r"[\w'’-]+){0,2} schreibt (?:für|seit|bei)"
        r" (?:[\w.-]+ ){1,3}(?:über|vor allem über)\b"
        # "Tom Example covers the islands. He can be reached at …"
        r"|^(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]+)){1,2}\s+covers\s+[^.]{2,80}\.\s+"
        r"(?:he|she|they)\s+(?:can be reached|joined|previously|has covered|is based)\b",
        220,
    ),
    _rule(
        K.AUTHOR_BIO,
        "job_title_bio",  # "Periodista especializada en clima …", "Redakteurin im Ressort …"
        # German compounds count: "Sportredakteur in der Lokalredaktion …", "Volontär im …"
        r"^(?:periodista|journaliste|giornalista|correspondent|redactora?|cronista"
        r"|(?-i:[A-ZÄÖÜ])?[\w-]*(?:journalist(?:in)?|redakteur(?:in)?|reporter(?:in)?"
        r"|korrespondent(?:in)?|volontär(?:in)?|redaktor(?:in)?)|kolumnist(?:in)?|columnist[ae]?)"
        r"\s+(?:especializad[oa]|spezialisiert|speciali[sz]ing|spécialisée?|specializzat[oa]"
        r"|im ressort|in der (?:lokal|sport|wirtschafts|politik|kultur)?redaktion"
        r"|im (?:lokal|sport)"
        r"|in the|at the|bei der|bei|de la|del|della|für (?:die|den|das)|for the"
        r"|covering|who covers|que cubre|qui couvre)\b"
        # "Redactora de Actualidad en 20minutos, especializada en transporte"
        r"|^(?:periodista|redactora?|reportera?|editora?) (?:de|en) [^.!?]{2,50},\s*"
        r"especializad[oa]\b",
        400,
    ),
    _rule(
        K.AUTHOR_BIO,
        # the author's line under a Nordic or Dutch article, or in the first person
        "name_then_beat",
        # "Frederik Beispiel skriver om trafik …", "Ingrid Beispiel er journalist i Osloby og …",
        # "Camilla Beispiel dækker industri … for Berlingske Business."
        r"^(?-i:[A-ZÆØÅÄÖ][\w'’-]+(?: [A-ZÆØÅÄÖ][\w'’-]+){1,3}) (?:er|är|is) (?:\w+ )?(?:journalist"
        r"|reporter|redaktør|redaktör|skribent|korrespondent|kommentator|verslaggever)\b"
        r"|^(?-i:[A-ZÆØÅÄÖ][\w'’-]+(?: [A-ZÆØÅÄÖ][\w'’-]+){1,3}) skriver (?:om|för|for)\b"
        r"|^(?-i:[A-ZÆØÅÄÖ][\w'’-]+(?: [A-ZÆØÅÄÖ][\w'’-]+){1,3}) (?:dækker|dekker|bevakar|täcker)"
        r" [^.!?]{2,80} (?:for|för|på) (?-i:[A-ZÆØÅÄÖ])[^.!?]{1,40}\.?$"
        # "Ich schreibe seit 2015 für den Lokalkompass über Vereine …"
        r"|^ich schreibe (?:seit \d{4} )?(?:für|bei) (?:den |die |das )?[\w .-]{2,30} über\b"
        # "Pisze o zieleni miejskiej …", "Dziennikarka działu Ekonomia. …", "Jana Beispiel se v …
        # věnuje regionům"
        r"|^pisze o\b|^dziennikar(?:z|ka) (?:działu|w dziale|\w+ redakcji)\b"
        r"|^(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+ [A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+) se (?:v|ve) [^.!?]{2,40}"
        r" věnuje\b",
        300,
    ),
    _rule(
        K.COMMENT_PROMPT,
        "comment_invite_nl",  # "Praat mee en reageer op dit artikel."
        r"^praat mee\b|\breageer op dit artikel\b|\bréagissez à cet article\b|^diskutér artiklen\b"
        r"|^kommenter saken\b|^diskutera artikeln\b",
        120,
    ),
    _rule(
        K.COMMENT_PROMPT,
        "comment_rules",  # a comment section's house rules, and the page's view counter
        r"^comments will be moderated\b|^this (?:story|article) has been viewed [\d,]+ times\.?$",
        400,
    ),
    _rule(
        K.AUDIO_PLAYER,
        "listen_label",  # "Lytt til saken", "Lyssna på artikeln", "Luister naar dit artikel"
        r"^(?:lytt til (?:saken|artikkelen)|lyt til (?:artiklen|historien)|lyssna på (?:artikeln"
        r"|texten)|luister naar (?:dit|het) artikel|voorlezen)$"
        # a radio station's player buttons: "Jetzt live hören", "Beitrag anhören (1:42 Min.)",
        # "▶ Hier die Meldung anhören – Radio Hamburg News (0:58)"
        r"|^(?:jetzt )?live (?:hören|anhören)$|^(?:den )?beitrag (?:anhören|nachhören)\b"
        r"|^(?:[▶►]\s*)?hier (?:die meldung|den beitrag|die nachrichten) (?:anhören|nachhören)\b"
        r"|^play\s*[▶►]|^(?:gerade|jetzt) läuft:?$|^now playing:?$|^on air:?$",
        90,
    ),
    _rule(
        K.NAVIGATION,
        "site_note",  # a portal's note on where its news come from, a pointer to its services
        # "Über die Inhalte auf WEB.DE: Unsere Redaktion bearbeitet …", "Aktuelle Staus und
        # Blitzer in Bielefeld findet ihr in unserem Verkehrsservice."
        r"^über die inhalte (?:auf|von|bei) [\w.-]{2,30}\s*:"
        r"|^[^.!?]{2,80} (?:findet ihr|finden sie|findest du) (?:auch )?(?:in|auf|bei) unserem"
        r" [\w-]+(?:service|ticker|portal|überblick|dossier|special)\.?$"
        # "Melde dich jetzt kostenlos an, um selbst … über deine Region zu berichten."
        r"|^(?:melde dich|melden sie sich) (?:jetzt )?(?:kostenlos )?an,? um (?:selbst|eigene)\b"
        r"|^want (?:a|our) (?:quick )?(?:and expert )?briefing on\b"
        r"|^in a time of both misinformation and too much information\b"
        r"|^by subscribing,? you (?:can )?help us\b|\bis local [\w ]{2,30} (?:co-)?funded by\b"
        r"|^dziękujemy, że przeczyta|\blájkolja a [\w .-]{2,40} facebook-oldalát\b"
        r"|\bkeresse az újságárusoknál\b",
        300,
    ),
    _rule(
        K.AUTHOR_BIO,
        "author_contact",
        r"^(?:so erreichen sie|kontakt zu[mr]? (?:autor|autorin|redaktion)|contact the author"
        r"|email the author|follow (?:him|her|them) on|contacter l'auteur|contatta l'autore)\b"
        # "Contact IndyStar transportation reporter Jordan Beispiel at …"
        r"|^contact (?:[\w.'’-]+ ){0,4}(?:reporter|correspondent|writer|columnist|editor) "
        r"(?-i:[A-Z])",
        160,
    ),
    _rule(
        K.GALLERY_COUNTER,
        "gallery_box",  # "[Galleria fotografica] Via Marconi, i negozi …   Foto 1 di 8   ‹ ›"
        r"^\[(?:galleria fotografica|galleria|fotogallery|gallery|photo gallery|fotogalerie"
        r"|bildergalerie|galería|fotostrecke)\]\s",
        200,
    ),
    # a US station's or paper's weather bar over the page: "WEATHER ALERT" / "Wind Advisory for
    # Puget Sound lowlands until 8 PM Tuesday. …" (a text about the weather says "A … warning")
    _rule(
        K.WIDGET,
        "weather_alert",
        r"^(?:\d+ )?weather alerts?\s*:?$"
        r"|^(?!(?:a|an|the)\s)(?:weather alert\s*:\s*)?(?:[a-z-]+ ){0,3}(?:warning|advisory|watch"
        r"|alert)(?: in effect)? for [^.!?·]{2,80}?\b(?:until|from|through|till)\b",
        200,
    ),
    # a betting partner's advertising under a sports report, with the legal notice it must print
    _rule(
        K.AD_MARKER,
        "gambling_notice",
        r"spielen sie verantwortungsbewusst|glücksspiel kann süchtig machen"
        # (an age limit alone is an event's: "Teilnahme ab 18 Jahren" needs the bets beside it)
        r"|(?:wett|quote|bonus|casino|glücksspiel)[^!?]{0,120}teilnahme (?:erst )?ab 18\b"
        r"|(?:play|gamble|bet) responsibly"
        r"|gambling can be addictive|juega con responsabilidad|gioca (?:in modo )?responsabil"
        r"|jouez responsablement|speel bewust",
        300,
    ),
    _rule(
        K.NAVIGATION,
        "error_report",  # "Sie haben einen Fehler entdeckt? Schreiben Sie unserer Redaktion."
        r"^(?:sie haben|du hast) einen fehler (?:entdeckt|gefunden)\?"
        r"|^fehler (?:entdeckt|gefunden)\?"
        r"|^(?:spotted|found|see) an? (?:error|mistake|typo)\?|^vous avez (?:repéré|trouvé) une"
        r" erreur\?|^¿(?:has|ha) (?:visto|encontrado) un error\?"
        r"|^encontrou (?:algum )?erro\b|^parece que (?:o )?seu (?:browser|navegador) não está"
        r" permitindo notificações",
        160,
    ),
    # a link's marker on a broadcaster's list of links under the text: "MotoGP (Link ist extern)"
    _rule(
        K.RELATED_LINK,
        "external_link",
        r"\((?:link ist extern|externer link|external link|lien externe|enlace externo)\)$"
        r"|^(?:links|weblinks|externe links|external links)\s*:$",
        120,
    ),
    # a league's table box: "1. SpVgg Beispiel 24 Spiele 55 Pkt.", "Komplette Tabelle anzeigen"
    _rule(
        K.WIDGET,
        "league_table",
        r"^\d{1,2}\.\s+[\w .'’/-]{2,40}\s\d{1,3} spiele\s\d{1,3} (?:pkt\.?|punkte)$"
        r"|^(?:komplette|ganze|gesamte|zur) tabelle(?: anzeigen| ansehen)?$"
        r"|^(?:gesamten|ganzen|zum|kompletten) (?:live-?)?ticker(?: anzeigen| lesen| ansehen)?$",
        80,
    ),
    # a sports or news report's author with the role in brackets, with the time before it:
    # "vor 4 Std. · Michael Beispiel (Vereinsreporter)"
    _rule(
        K.BYLINE,
        "name_with_bracketed_role",
        r"^(?:[^·|]{0,30}[·|]\s*)?(?-i:[A-ZÄÖÜ][\w'’.-]+)(?: (?-i:[A-ZÄÖÜ][\w'’.-]+)){1,3}\s\("
        r"(?:vereinsreporter(?:in)?|reporter(?:in)?|redakteur(?:in)?|leserreporter(?:in)?"
        r"|freie[rn]? mitarbeiter(?:in)?|gastautor(?:in)?|korrespondent(?:in)?)\)$",
        90,
    ),
    # a Spanish paper's header under the author's name in capitals: "CORME / LA VOZ" (the place
    # and the desk, all in capitals)
    _rule(
        K.BYLINE,
        "place_slash_desk",
        r"^(?-i:[A-ZÀ-ÝÑ]{2,}(?:\s[A-ZÀ-ÝÑ]{2,}){0,2})\s/\s(?-i:[A-ZÀ-ÝÑ]{2,}(?:\s[A-ZÀ-ÝÑ]{2,}){0,2})$",
        50,
    ),
    _rule(K.CMS_MARKER, "cms_marker", r"^[a-z][a-z0-9]*(?:[_:][a-z0-9]+)+$", 60),
    _rule(K.NAVIGATION, "nav_word", rf"^(?:(?:{NAV_WORDS})\s*[|·•]?\s*)+$", 120),
)


def lowered(text: str) -> str:
    """``text.lower()`` for the lowered line rules, with Turkish capital İ lowered to a plain
    "i" (Python writes "i" and a combining dot: "İLGİLİ HABERLER" would miss "ilgili")."""
    lower = text.lower()
    return lower.replace("i\u0307", "i") if "\u0130" in text else lower


class _LineRuleMatcher:
    """The first of LINE_RULES that fires on a line, as trying them in order would find, with
    the rules that cannot match ruled out in one pass (``PatternSet``) instead of one scan per
    rule: a paragraph of article text matches none, and was a third of cleaning's time."""

    def __init__(self, rules: tuple[LineRule, ...]) -> None:
        from pipeline.patternset import PatternSet

        self.lowered = [i for i, rule in enumerate(rules) if rule.lowered]
        self.cased = [i for i, rule in enumerate(rules) if not rule.lowered]
        self._lowered = PatternSet([rules[i].pattern for i in self.lowered])
        self._cased = PatternSet([rules[i].pattern for i in self.cased])
        self.rules = rules

    def first(self, text: str, lower: str) -> LineRule | None:
        found = [self.lowered[k] for k in self._lowered.candidates(lower)]
        found += [self.cased[k] for k in self._cased.candidates(text)]
        for number in sorted(found):
            if self.rules[number].matches(text, lower):
                return self.rules[number]
        return None


LINE_MATCHER = _LineRuleMatcher(LINE_RULES)

# A heading that opens a block of related links; the block runs over list-like lines.
RELATED_HEADING = re.compile(
    r"^(?:mehr zum thema|mehr zu diesem thema|lesen sie (?:dazu |hier )?auch"
    r"|lesen sie mehr(?: zum thema)?"
    r"|auch interessant|bekijk ook|mehr zu(?:r|m)? [\w .-]{2,40}"
    r"|mirá también|lea también|le puede interesar|más información|temas relacionados"
    r"|don['’]t miss(?:\.\.\.|…)?|ayrıca bakınız|прочитајте повеќе|lexo edhe"
    r"|das könnte (?:sie|dich|euch) (?:auch )?(?:noch )?interessieren|weitere artikel"
    r"|weitere themen|te recomendamos|recommended from editorial|leia mais|mais lid[ao]s"
    r"|matérias recomendadas|v[ií]deos: mais assistidos(?: d[oa]s?)?(?: [\w .-]{1,20})?"
    r"|v[ií]deos: tudo sobre [\w .-]{2,40}"
    r"|notícias relacionadas|relacionad[oa]s?|artigos relacionados"
    r"|més informació|llegiu també|llegeix també|us pot interessar|et pot interessar"
    r"|ajánljuk|останні новини|популярне|новини партнерів"
    r"|mehr wissen auf [\w.»«„“\" -]{2,30}"
    r"|verwandte artikel"
    r"|passend zum thema|passend zum artikel|empfehlungen|unsere empfehlung|top-themen|weiterlesen"
    r"|ähnliche (?:beiträge|artikel)|related posts|similar posts"
    # "most read" lists name where: "Meistgelesen im Landkreis", "Most read in UK news"
    r"|(?:meistgelesen|meist gelesen|most read|most viewed|most popular|les plus lus"
    r"|lo más leído|i più letti|meest gelezen)(?:\s+(?:im|in|in der|auf|bei|aus|on|sur|dans"
    r"|en|su|in het|op)\s+[\w .'’-]{1,30})?"
    r"|neueste artikel|aktuelle artikel|related(?: articles?| stories| story| content)?|read more"
    r"|mehr [\w-]{2,20}-(?:news|nachrichten)|mehr news|related news|also read|read also"
    r"|اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|اقرأ ايضا|الأكثر قراءة|מומלצים|עוד באותו נושא|مطالب مرتبط"
    r"|پربیننده‌ترین|אולי יעניין אותך גם|כדאי לקרוא גם"
    r"|ये भी पढ़ें|相关新闻|相关阅读|関連ニュース|関連記事|관련기사|많이 본 뉴스|tin liên quan"
    r"|xem nhiều(?: nhất)?|berita terkait|terpopuler|ข่าวที่เกี่ยวข้อง|ข่าวล่าสุด|あわせて読みたい"
    r"|read also|more (?:on this|from|stories)|most read|most popular|recommended|you may also like"
    r"|more [\w'’ -]{2,40} stories|popular (?:stories|now|articles)"
    r"|zum weiterlesen|weiterlesen zum thema|lesen sie (?:aus|in) unserem angebot"
    r"|more from (?:the )?[\w .'’-]{2,30}|latest from (?:the )?[\w .'’-]{2,30}"
    r"|recommended (?:stories|articles|reading|for you)"
    r"|à lire aussi|lire aussi|sur le même sujet|les plus lus|lee también|te puede interesar"
    r"|más noticias|lo más leído|leggi anche|potrebbe interessarti|i più letti|lees ook"
    r"|meer over|meest gelezen|zobacz (?:też|także)|czytaj (?:też|także|więcej)|najczęściej czytane"
    r"|más información|plus d'informations|per saperne di più|meer informatie"
    r"|(?:diese|folgende|weitere) (?:artikel|beiträge|themen) könnten sie (?:auch )?interessieren"
    r"|you might also like|you may also be interested in|leia também|veja também"
    r"|dans la même rubrique|noticias relacionadas|noticia relacionada|articoli correlati"
    r"|artikel zum thema|mehr aus (?:der|dem|den) [\w -]{2,30}|most viewed|trending now|trending"
    r"|trending on [\w .-]{1,30}|what to read next|read next|up next|more to read"
    r"|more on this story|related (?:internet links|topics)"
    r"|läs (?:också|mer|även)|mest lästa?|fler nyheter|senaste nytt|læs også|mest læste"
    r"|mer från [\w .'’-]{2,30}|mere fra [\w .'’-]{2,30}|mer fra [\w .'’-]{2,30}"
    r"|vezane vijesti|povezane vijesti|izdvojeno|sorodne novice|sorodni članki|več na temo"
    r"|المزيد من [\w ]{2,30}|أخبار ذات صلة|مواضيع ذات صلة|כתבות נוספות|עוד באותו נושא"
    r"|več iz rubrike(?: [\w .'’-]{2,30})?|još iz rubrike(?: [\w .'’-]{2,30})?"
    # Estonian, Latvian, Lithuanian: "Loe lisaks", "Kõige loetumad", "Naujausi", "Populiariausi"
    r"|loe (?:lisaks|ka)|vaata ka|kõige loetumad|loetumad|viimased uudised|lasiet arī"
    r"|jaunākās ziņas|populārākie|lasītākie|naujausi|populiariausi|skaitomiausi"
    r"|skaitykite taip pat"
    # the replies to a debate piece: "Repliker på denna artikel"
    r"|repliker på (?:denna|den här) artikel|replikker (?:til|på) (?:dette|denne) \w+"
    r"|seneste nyt|les også|mest lest|siste nytt|flere saker|lue myös|luetuimmat|uusimmat"
    r"|čtěte (?:také|též|dále)|související (?:články|zprávy)|nejčtenější|další zprávy|čítajte aj"
    r"|související|mohlo by vás (?:také |též )?zajímat|mohlo by vás (?:tiež )?zaujímať"
    r"|súvisiace|další zprávy z [\w ]{2,30}|přečtěte si (?:také|též|dále)"
    r"|súvisiace články|najčítanejšie|kapcsolódó(?: cikkek| hírek)?|ezt is ajánljuk"
    r"|legolvasottabb|további híreink|friss hírek|citește și|citește mai mult|cele mai citite"
    r"|pročitajte (?:još|i|više)|прочитајте (?:још|и|више)|можда ће вас занимати(?: и)?"
    r"|možda će vas zanimati(?: i)?|en çok okunan(?:lar)?"
    r"|pročitajte i|susiję(?: straipsniai| naujienos)?|taip pat skaitykite|lasi arī|loe ka"
    r"|preberite še|preberite tudi|preberi še|preberi tudi"
    r"|najčitanije|preberite tudi|najbolj brano|читайте (?:также|також|ещё|още)|вижте още"
    r"|прочетете още|самое читаемое|популярное|найпопулярніше|най-четени|διαβάστε επίσης"
    r"|δείτε επίσης|διαβαστε επισης|δειτε επισης|τα πιο δημοφιλή|ilgili haberler"
    r"|διαβάστε ακόμη|διαβάστε ακόμα|διαβαστε ακομη|διαβαστε ακομα|σχετικά άρθρα|σχετικα αρθρα"
    r"|bunlar da ilginizi çekebilir|ilginizi çekebilir|benzer haberler|çok okunanlar"
    r"|lue lisää|luetuimmat|tuoreimmat"
    r"|weitere (?:meldungen|nachrichten|artikel|beiträge|news|[\w-]*berichte)"
    r"(?: (?:aus|zu|zum|von) [\w ./-]{1,40})?|(?:der )?(?:live)?ticker zum nachlesen"
    r"|(?:noch )?mehr (?:aktuelle )?[\w-]*nachrichten(?: aus [\w -]{1,30})?|mehr aus [\w -]{2,30}"
    r"|more (?:news|stories) from [\w -]{1,30}|read more (?:from|on|at) [\w .-]{1,30}"
    r"|mehr zum thema (?:bei|auf|von) [\w .+-]{1,30}|mehr über [\w ,-]{2,40}"
    r"|mehr (?:zu|über|von) [„\"“‚][^„\"“”]{2,60}[“\"”‘]"  # "Mehr zu „Villa der Wahrheit“"
    r"|lees ook\.|read also\.|also read\.|lire aussi\."  # ("LEES OOK.")
    r"|related coverage|[aà] lire aussi|ook interessant|correlati|articoli correlati|leggi anche"
    r"|(?:también )?[tl]e puede interesar|seguir leyendo|sigue leyendo|lo último"
    r"|read(?=\s*:)|read more here|(?:à )?lire aussi sur [\w.-]{2,40}|dernières dépêches"
    r"|dernières (?:nouvelles|infos|actualités))"  # ("READ:" over its links)
    r"\s*(?::|\.{3}|…)?$",
    re.IGNORECASE,
)
# A table of contents over the article ("In diesem Artikel:"): in-page navigation.
TOC_HEADING = re.compile(
    r"^(?:inhaltsverzeichnis|inhalt|contents|in diesem artikel|in this article|table of contents"
    r"|i punti chiave"
    r"|sommaire|dans cet article|índice|en este artículo|indice|in questo articolo"
    r"|in dit artikel)\s*:?$",
    re.IGNORECASE,
)
# A heading over the list of sources a text was written from ("Verwendete Quellen"): the
# outlets on that list are cited, not the publisher.
SOURCES_HEADING = re.compile(
    r"^(?:verwendete quellen|quellen|quellenangaben|quellenverzeichnis|sources?|sources used"
    r"|source\(s\)|quelle\(n\)"
    r"|fuentes|fonti|bronnen|źródła)\s*:?$",
    re.IGNORECASE,
)
# One related link on a single line: "Mehr zum Thema – Headline", "Lesen Sie auch: Headline".
RELATED_INLINE = re.compile(
    # (a premium article's badge first: "WK+ Auch interessant: …")
    r"^(?:\w{1,5}\+\s+)?(?:mehr zum thema|lesen sie (?:dazu |hier )?auch"
    r"|lesen sie mehr(?: zum thema)?|zum artikel"
    r"|lies (?:auch|mehr|hier)|auch lesen|(?:ebenfalls|auch) lesenswert|zum kursverlauf|zum chart"
    r"|zur bildergalerie|zur galerie|zum video|lire également|à lire également"
    r"|irakurri ere|llegeix(?:i)? també|llegiu també|vegeu també|le tamén|darllenwch hefyd"
    r"|mehr [\w-]{2,20}-tipps|auch interessant|read more|read also"
    r"|weiterlesen|leia também|veja também|noticia relacionada|lees ook|czytaj więcej"
    r"|related|more|see also|also read|read|[àa] lire aussi|lire aussi|lee también|leggi anche"
    r"|lees ook"
    r"|mehr wissen (?:auf|bei) [\w.-]{2,30}"
    r"|zobacz też|zie ook|im video"
    r"|czytaj też|czytaj także|zobacz także|mir[aá] también|ver também|læs også|läs också"
    r"|les også|læs også|läs även|lue myös|čtěte (?:také|též)|čítajte aj|kapcsolódó"
    r"|přečtěte si (?:také|též)|prečítajte si (?:aj|tiež)"
    r"|olvassa el ezt is|olvasd el|olvassa el|ezt is ajánljuk|citește și|pročitajte i"
    r"|pročitajte još|pročitajte više|прочитајте више|прочитајте још|можда ће вас занимати и"
    r"|možda će vas zanimati i"
    r"|preberite tudi|читайте также"
    r"|preberite še|lasi arī|lasiet arī|loe ka|loe lisaks|skaitykite taip pat|taip pat skaitykite"
    r"|le puede interesar|lea también|mirá también|te puede interesar|läs mer|læs mere"
    r"|les mer|lue lisää|lestu einnig|lesa meira|lexo edhe|lexo më shumë|прочитајте повеќе"
    r"|прочитајте и|čítajte tiež|ayrıca okuyun|leia também"
    r"|(?:auch )?[\w-]*leser interessiert|das interessiert (?:auch )?(?:andere )?leser"
    r"|читайте також|вижте още|прочетете още|διαβάστε επίσης|δείτε επίσης|διαβαστε επισης"
    r"|δειτε επισης|ilgili haber|okumaya devam etmek için|leé también|te recomendamos"
    r"|čitajte (?:više|još|i)|preberite (?:več|še)"
    r"|lue myös|xem thêm|baca juga|اقرأ أيضا|اقرأ أيضاً|קראו גם|קראו עוד|بیشتر بخوانید|ये भी पढ़ें"
    r"|यह भी पढ़ें|相关阅读|延伸阅读|関連記事|관련기사|อ่านข่าว|อ่านเพิ่มเติม)\s*(?:[:|–—-]|>>?|»)"
    r"\s*\S.{3,}$"
    # a teaser's label run into its headline: "Related article Amtrak ridership hit a record"
    r"|^related (?:article|story|content|video)\s+(?-i:[A-Z0-9“\"‘'])\S.{3,}$"
    r"|^das könnte sie (?:auch )?interessieren\s*:\s*\S.{3,}$"
    r"|^à lire\s+\S.{3,}$"  # Jeune Afrique's "À LIRE Port de Cotonou : …"
    r"|^lesen sie (?:aus|in) unserem (?:[\w-]+-)?angebot\s*:\s*\S.{3,}$"
    # a premium teaser in the text: "RP+ Eishockey: Neusser EV startet mit zwei Siegen …"
    r"|^(?-i:[A-Z]{1,5})\+\s+[\w .-]{2,30}:\s+\S.{10,}$"
    r"|^ilgili haberler(?=(?-i:[A-ZÇĞİÖŞÜ]))\S.{3,}$"  # glued: "İLGİLİ HABERLERMeteoroloji'den …"
    # ORF's link under a paragraph: "Mehr dazu in oe1.ORF.at", "Mehr dazu in Budget: …"
    r"|^mehr dazu (?:in|auf|bei)\s+\S.{2,80}(?<![.!?])$"
    # "Weiterlesen auf Utopia.de: …", "Lese-Tipp: …", "Alle Infos zu … im Special bei …"
    r"|^(?:weiterlesen|mehr|lies|lesen sie) (?:auf|bei) [\w.-]+\.(?:de|at|ch|com)\s*:\s*\S.{3,}$"
    r"|^(?:lese|video|tv|hör|buch|film|serien|link)-?tipps?\s*:\s*\S.{3,}$"
    r"|^alle (?:infos|informationen|news|artikel|nachrichten|meldungen|hintergründe)"
    r" (?:zu|über|rund um) \S.{2,80}$"
    # "Alle Folgen der Kolumne „Unter uns gesagt“ finden Sie hier"
    r"|^alle (?:folgen|teile|beiträge|texte|kolumnen|episoden) (?:der|dieser|unserer|des)"
    r" (?:kolumne|serie|reihe|podcasts?)\b.{0,80}$"
    # "Mehr Nachrichten aus Kassel lesen Sie hier."
    r"|^(?:noch mehr|mehr|weitere) (?:aktuelle )?(?:[\w-]*nachrichten|news|artikel|[\w-]*meldungen"
    r"|themen) (?:aus|zu|über|von) .+ (?:lesen|finden) sie (?:auch )?"
    r"(?:hier\.?$|(?:auf|bei|unter)\b)"
    r"|^(?:à lire aussi|lire aussi|also read|lesen sie auch|leggi anche|lee también|lees ook"
    r"|leia também|czytaj (?:też|także)|weiterlesen|read more|прочитајте повеќе"
    r"|прочетете още|читайте также|lexo edhe|čítajte tiež|čítajte aj)"
    r"\.?\s+(?-i:[A-ZÀ-Ý0-9«“\"‘'А-ЯЁЅЈЉЊЌЏ])\S.{3,}$",  # (and "Lire aussi. Chartreuse : …")
    re.IGNORECASE,
)
# News agencies whose bare name under a caption is its credit (the registry, which knows
# them all, is the outlet annotator's; the cleaner needs only the short forms pages print).
AGENCY_NAMES = (
    r"dpa|afp|ap|anp|apa|epa|reuters|ansa|efe|pap|keystone|sda|kna|epd|imago|getty images"
    r"|picture alliance|xinhua|belga|ritzau|ap photo|epa-efe|keystone-sda|bloomberg"
)
# Advertising copy under an "Anzeige" marker: prices and calls to buy.
COMMERCIAL = re.compile(
    r"\d+[,.]\d{2}\s*(?:€|eur|euro|\$|chf)|[€$£]\s?\d+[,.]\d{2}\b|\b(?:jetzt|now|gratis|kostenlos|rabatt"
    r"|angebot|offer|sale|deal|sichern|bestellen|buchen|shop|zinsen|maintenant|ahora|ora)\b",
    re.IGNORECASE,
)
DONATION_CUE = Prefiltered(
    re.compile(
        r"wir brauchen (?:ihre|deine|eure) (?:hilfe|unterstützung)|unterstützen sie (?:uns|unsere"
        r"|unabhängigen|jetzt|[A-ZÄÖÜ])|unterstütze (?:uns|unsere)|jetzt spenden"
        r"|unser(?:em)? spendenkonto|spendenkonto\s*:"
        r"|\bspenden sie\b|ihre spende|mit einer spende|spende an|support (?:us|our|independent)"
        r"|\bdonate\b|make a donation|become a (?:member|supporter|patron)|soutenez|faites un don"
        r"|faire un don|haz una donación|apóyanos"
        r"|apoya (?:el|al|nuestro) periodismo|apoya a (?:nuestra|nuestro|este|esta)\b"
        r"|sostienici|sostieni"
        r"|fai una donazione|doneer|steun ons|wesprzyj|wpłać|^support (?:the )?[\w'’ -]{2,30}$"
        r"|auf (?:ihre|eure|deine) unterstützung angewiesen|jetzt unterstützen"
        r"|jetzt (?:mitglied|member|supporter|fördermitglied) werden|werden sie (?:jetzt )?mitglied"
        r"|werde (?:jetzt )?mitglied|^join (?:for|from|today|now|us)\b[^.!?]*$"
        r"|give monthly|give once"
        r"|(?:menschen|leser\w*|mitglieder|unterstützer\w*) unterstützen uns (?:bereits )?"
        r"|pledge drive|sustaining member|\bchip in (?:from|with|today|now|\$)"
        r"|if you value (?:our |this |reporting|journalism|what we do|what you read)"
        r"|(?:please )?consider making a (?:small |one-off |regular )?contribution"
        r"|(?:journalism|reporting|work) is (?:funded|paid for) by (?:our )?readers|reader-funded"
        r"|^(?:please )?support (?:local|quality|public[- ]interest) journalism"
        r"|leserfinanziert|von (?:unseren |ihren )?leser(?:inne)?n finanziert"
        r"|(?:^|[.!]\s)before you move on\b|i was hoping you would consider"
        r"|we have a small favou?r to ask"
        r"|(?:you )?(?:would|could|might) consider supporting (?:us|our|the|independent)\b"
        r"|from as little as [€$£]\s?\d|it only takes a minute\. if you can"
        r"|finanziert sich (?:\w+ ){0,4}(?:über|durch|aus) .{0,80}(?:unterstützung|spenden) unserer"
        r"|freuen wir uns über (?:einen (?:kleinen )?beitrag|eine spende|ihre unterstützung)"
        r"|journalismus lebt von (?:ihnen|euch|dir|seinen leser)|tipeee|ko-fi|buy me a coffee"
        r"|(?:vous pouvez )?me soutenir|soutenez ce blog|unterstütze (?:mich|diesen blog)"
        r"|journalism (?:depends|relies) on (?:you|readers)"
        r"|разчита на подкрепата на (?:читателите|своите читатели)"
        r"|se bazează pe sprijinul cititorilor"
        r"|podpořte (?:nás|nezávisl)|podporte (?:nás|nezávisl)|támogass(?:on|a)? minket"
        r"|támogasd (?:a|az) |^támogatom$|paremti (?:mus|nepriklausom)|atbalsti (?:mūs|neatkarīg)"
        r"|toeta (?:meid|sõltumatut)|wesprzyj nas"
        r"|támogassa (?:a|az) |stöd (?:oss|vår|lokal)|støt (?:os|vores)|støtt (?:oss|vår)"
        r"|tue (?:meitä|journalismia)|sprijină-ne|podržite nas|podprite nas"
        r"|поддержите (?:нас|редакцию|независим)|помогают нам оставаться независимыми"
        r"|підтримайте (?:нас|редакцію)|подкрепете (?:ни|ни)|^підтримайте [А-ЯІЇЄҐ]\S{0,20}$"
        r"|долучайтеся до спільноти читачів|^стати читачем-партнером$"
        # "Make a contribution to Independent Journalism", "Support Free & Independent Journalism"
        r"|contribution to (?:free |independent |quality |public[- ]interest |our )+journalism"
        r"|^support (?:free|fearless|independent|quality|public[- ]interest)\b[\w &,-]{0,30}"
        r"journalism"
        r"|\bis powered by (?:listeners|readers|viewers|members|people) like you\b"
        # "Support PREMIUM TIMES' journalism of integrity …", "… a modest contribution on a
        # monthly basis", "You're a dedicated reader" / "We're really pleased that you've read X
        # … articles in the past month."
        r"|^support [\w'’ .&-]{2,40}['’]s? journalism\b|\ba modest contribution\b"
        r"|^make (?:a )?contribution$|^you['’]re a dedicated reader\b"
        r"|^we['’]re really pleased that you['’]ve read\b",
        re.IGNORECASE | re.UNICODE,
    )
)
# Names the appeal asks to support: "Bitte unterstützen Sie Radio Foo" -> "Radio Foo".
DONATION_NAMED = re.compile(
    r"(?i:unterstützen sie|unterstütze|support|soutenez|apoya a|sostieni|steun|wesprzyj)\s+"
    r"(?P<name>(?:[A-ZÄÖÜ0-9][\w.&'-]*)(?:\s+[A-ZÄÖÜ0-9][\w.&'-]*){0,4})\s*[.!]?\s*$",
    re.UNICODE,
)
PAYMENT_CUE = re.compile(
    r"\b(?:iban|bic|swift|blz|bankleitzahl|kontonummer|konto(?:inhaber)?|kto\.?|empfänger"
    r"|verwendungszweck|betreff|bank|paypal|patreon|steady|ko-fi|bitcoin|btc|ethereum|eterium"
    r"|eth|monero|xmr|litecoin|wallet|krypto|crypto|überweisung|account holder|sort code"
    r"|titulaire|titular|intestatario|rekeningnummer|numer konta)\b",
    re.IGNORECASE,
)

# Spans that must never survive in a body: they are removed and kept as their own segments.
# (an address ends where Chinese, Japanese or Korean text runs on after it unspaced, or at a
# full-width bracket: "澎湃新闻（www.thepaper.cn）记者从…")
_NOT_URL = '\\s<>"“”„\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef'
URL = re.compile(rf"\b(?:https?://|www\.)[^{_NOT_URL}]+[^{_NOT_URL}.,;:!?)\]]", re.IGNORECASE)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}\b", re.IGNORECASE)
# 15 to 34 characters (Norway's are the shortest): a 12-character ISIN ("DE000HLV0017") is none
IBAN = re.compile(
    r"\b[A-Z]{2}\d{2}(?:(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?"
    r"|(?: ?[A-Z0-9]{4}){2} ?[A-Z0-9]{3})\b"
)
BIC = re.compile(r"\b(?:BIC|SWIFT)(?:[- ]?Code)?\s*:?\s*[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b")
WALLET = re.compile(
    r"\b(?:bc1[a-z0-9]{25,87}|0x[a-fA-F0-9]{40}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}"
    r"|[48][0-9AB][1-9A-HJ-NP-Za-km-z]{93})\b"
)
# The authors and the day closing the last paragraph: "… nicht nötig. (Name, Name, 14.1.2025)"
DATED_SIGN_OFF = re.compile(
    r"\((?:[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3},\s*){1,4}"
    r"\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\)\s*$"
)
# Spans cut out of body lines into segments of their own: addresses and payment details
# (which must not reach the published text) and a sign-off run into the last paragraph.
SENSITIVE_SPANS: tuple[tuple[str, re.Pattern[str], K], ...] = (
    ("sign_off", DATED_SIGN_OFF, K.BYLINE),
    ("url", URL, K.CONTACT),
    ("email", EMAIL, K.CONTACT),
    ("iban", IBAN, K.PAYMENT_DETAILS),
    ("bic", BIC, K.PAYMENT_DETAILS),
    ("wallet", WALLET, K.PAYMENT_DETAILS),
)


def sensitive_candidates(text: str) -> list[tuple[str, re.Pattern[str], K]]:
    """The SENSITIVE_SPANS entries that may occur in ``text`` (one pass over it)."""
    return [SENSITIVE_SPANS[k] for k in _SENSITIVE_SET.candidates(text)]


def _sensitive_set() -> Any:
    from pipeline.patternset import PatternSet

    return PatternSet([pattern for _, pattern, _ in SENSITIVE_SPANS])


_SENSITIVE_SET = _sensitive_set()

# Datelines: a cue word before a date marks an update or the publication.
UPDATED_CUE = re.compile(
    r"\b(?:aktualisiert|zuletzt aktualisiert|zuletzt bearbeitet|bearbeitet am|stand|update"
    r"|updated|last updated|last modified"
    r"|geändert|aggiornamento|ultima modifica|ultimo agg"
    r"|mis à jour|actualizado|actualización|aggiornato|bijgewerkt|aktualizacja|zaktualizowano"
    r"|modifica(?:to)?|aangepast|gewijzigd|modifié|editado|atualizad[oa]|opdateret|uppdaterad"
    r"|oppdatert|aktualizováno|aktualizované|frissítve|frissítés|päivitetty|actualizat"
    r"|ažurirano|posodobljeno|zadnji poseg|обновлено|оновлено|последна актуализация|актуализирано"
    r"|actualizării|actualizarii|ultima actualizare|actualizare"
    r"|atnaujinta|uuendatud|atjaunināts|atjaunots|uppfært|aktualizacji"
    r"|обновена|обновено"
    r"|ενημερώθηκε|τελευταία ενημέρωση|güncelleme tarihi|güncellenme tarihi|güncelleme"
    r"|güncellenme|güncellendi|päivitetty"
    # Arabic, Hebrew, Persian, Hindi, Chinese, Japanese, Korean, Vietnamese, Indonesian, Thai
    r"|آخر تحديث|تم التحديث|עודכן|به‌روز ?رسانی|अपडेटेड|अपडेट|更新时间|更新日時|更新|수정|cập nhật"
    r"|diperbarui|แก้ไขล่าสุด|อัปเดต)\b",
    re.IGNORECASE,
)
PUBLISHED_CUE = re.compile(
    r"\b(?:veröffentlicht|erstveröffentlichung|erschienen|erstellt|publiziert|datum|published"
    r"|posted|publié"
    r"|publicado|pubblicato|gepubliceerd|opublikowano|date|publiceret|publicerad|publisert"
    r"|publikováno|zveřejněno|publikované|publikálva|közzétéve|julkaistu|publicat|objavljeno"
    r"|опубликовано|опубліковано|публикувано|публикация|δημοσιεύθηκε|δημοσιεύτηκε|δημοσίευση"
    r"|yayınlanma tarihi|yayınlanma|oluşturulma tarihi|oluşturulma|eklenme tarihi"
    r"|yayın tarihi|julkaistu|publicării|publicarii|paskelbta|avaldatud|publicēts|birt"
    r"|(?:artikel|beitrag|meldung|bericht) vom|first uploaded|uploaded on"
    r"|نُشر في|نشر في|تاريخ النشر|פורסם|פרסום|منتشر شده|तारीख|प्रकाशित|发布时间|发布于|公開|配信"
    r"|입력|đăng|diterbitkan|เผยแพร่)\b",
    re.IGNORECASE,
)
