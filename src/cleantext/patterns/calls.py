"""Calls to act on the page itself, told by two kinds of evidence on one short line rather than by
whole phrases: what to do (comment, share, report, subscribe) and what it is done to (this
article, you, below). A sentence of the article rarely holds both in eight words.
"""
from __future__ import annotations

from typing import Final

import regex

from . import Trigger

# Lines this short or shorter: a call to act is a button or a link, not a sentence.
MAX_CALL_WORDS: Final = 8

# What the call is about, as stems: "Diskutieren", "Réagissez", "comentário", "обсудить".
# Bare "comment" only in a call ("Leave a comment", "Comment below"): French "Comment vous ..." is "how".
_COMMENT: Final = (r"comments|commenting|(?:a|your|to|add|leave|post|write) comment|comment (?:below|on|here|now)"
            r"|discuss\w*|conversation|debate|opinion|kommentar\w*|kommentier\w*|diskut\w*"
            r"|meinung|commentaire\w*|commenter|réag\w+|débat\w*|avis|coment\w+|opini\w+|discut\w+|debat\w*"
            r"|comment[oi]|commentare|discussione|dibattit\w|reageer\w*|reactie\w*|discussie|mening|praat mee"
            r"|komentarz\w*|komentuj\w*|dyskusj\w+|коммент\w*|обсу[дж]\w*|мнени\w+|تعليق\w*|علق|ناقش\w*|رأي\w*")
_SHARE: Final = (r"share|send|forward|teilen|versenden|senden|weiterleiten|partag\w+|envoy\w+|compart\w+|env[ií]\w+"
          r"|condivid\w+|invia\w*|partilh\w+|deel|delen|stuur|verstuur|udostępnij\w*|wyślij|podziel\w*"
          r"|подел\w+|отправ\w+|شارك\w*|أرسل\w*")
# What it is done to: the page itself, the reader, or the place below the article.
_TARGET: Final = (r"this (?:article|story|post|page|piece|report)|diese[nmrs]? (?:artikel|beitrag|seite|text|meldung)"
           r"|(?:cet|cette|ce) (?:article|page|billet|sujet)|(?:este|esta|este) (?:artículo|noticia|nota|página)"
           r"|(?:questo|questa) (?:articolo|notizia|pagina)|(?:este|esta|deste|desta) (?:artigo|notícia|matéria|página)"
           r"|(?:dit|deze) (?:artikel|bericht|pagina|verhaal)|(?:ten|tę|tego) (?:artykuł\w*|wpis|tekst)"
           r"|стать[юи]|материал\w*|новост\w+|(?:هذا|هذه) (?:المقال\w*|الخبر)")
# "su", "seu", "du", "je" alone are also "his", "of the", "I": only in forms that address the reader.
_READER: Final = (r"you|your|sie|ihre?|dein\w*|vous|votre|tu|ton|usted\w*|vuestr\w+|tuo|tua|vostr\w|você|o seu|a sua"
           r"|jouw|uw|ty|twój|twoj\w+|wasz\w*|вы|ваш\w*|твой|твоё")
_PLACE: Final = r"below|unten|ci-dessous|abajo|qui sotto|sotto|abaixo|hieronder|poniżej|ниже|friends?|freunden?|amis|amigos|amici|vrienden|znajomym|друзь\w+"
# A call is a button or link: no full stop at its end ("This debate is not new." is a sentence).
_NO_STOP: Final = r"(?!.*\.\s*\Z)"

# "Join the discussion below", "Diskutieren Sie mit", "Deja tu opinión", "Обсудить статью".
COMMENT_CALL: Final = regex.compile(
    rf"\A{_NO_STOP}(?=.*\b(?:{_COMMENT})\b)(?=.*\b(?:{_TARGET}|{_READER}|{_PLACE})\b)", regex.IGNORECASE)
# "Send this story to a friend", "Diesen Beitrag per E-Mail versenden", "Partilhe este artigo"; not the
# reader ("How to share your screen" is a subheading).
SHARE_CALL: Final = regex.compile(
    rf"\A{_NO_STOP}(?=.*\b(?:{_SHARE})\b)(?=.*\b(?:{_TARGET}|{_PLACE})\b)|\A(?:分享|转发)", regex.IGNORECASE)

# Words one of which every match holds, for the page-vocabulary gate. The action side: its words are
# rarer than "this" or "you", and each gate word costs a scan of the page's short lines.
_COMMENT_WORDS: Final = frozenset(
    ["comments", "commenting", "comment", "discuss", "discussion", "conversation", "debate", "opinion", "kommentar",
     "kommentare", "kommentieren", "kommentieren", "diskutieren", "diskussion", "meinung", "commentaire", "commentaires",
     "commenter", "commentez", "réagissez", "réagir", "débat", "avis", "comentario", "comentarios", "comentar",
     "comenta", "comente", "comentário", "comentários", "opinión", "opinião", "discute", "discuta", "debate",
     "commento", "commenti", "commentare", "commenta", "discussione", "dibattito", "reageer", "reageren", "reactie",
     "reacties", "discussie", "mening", "praat", "komentarz", "komentarze", "komentuj", "dyskusja", "dyskusji",
     "opinia", "opinię", "комментарий", "комментарии", "комментировать", "обсудить", "обсуждение", "обсуждаем",
     "мнение", "تعليق", "تعليقك", "التعليقات", "علق", "ناقش", "رأيك"])
_SHARE_WORDS: Final = frozenset(
    ["share", "send", "forward", "teilen", "versenden", "senden", "weiterleiten", "partager", "partagez", "envoyer",
     "envoyez", "compartir", "comparte", "compartilhe", "compartilhar", "enviar", "envía", "envia", "envie",
     "condividi", "condividere", "invia", "inviare", "partilhe", "partilhar", "deel", "delen", "stuur", "verstuur",
     "udostępnij", "wyślij", "podziel", "поделиться", "поделитесь", "отправить", "отправьте", "شارك", "أرسل"])
COMMENT_CALL_LINE: Final = Trigger(COMMENT_CALL, words=_COMMENT_WORDS, max_words=MAX_CALL_WORDS)
SHARE_CALL_LINE: Final = Trigger(SHARE_CALL, words=_SHARE_WORDS, anchors=("分享", "转发"), max_words=MAX_CALL_WORDS)

# Paywall notes: who may read it and that the rest is theirs, or a quota of free articles:
# "This article is for subscribers only.", "You have used up your free articles for this month".
_SUBSCRIBER: Final = (r"subscribers?|members|abonnent\w*|abonné\w*|suscriptor\w*|abbonat\w|assinantes?|abonnees?"
               r"|подписчик\w*|مشترك\w*")
_EXCLUSIVE: Final = (r"only|exclusive\w*|reserved|nur|exklusiv\w*|vorbehalten|réservé\w*|exclusi\w+|uniquement|solo|sólo"
              r"|riservat\w|apenas|só|alleen|tylko|только|فقط|حصري\w*")
_FREE_ARTICLES: Final = (r"free (?:articles?|stories|reads)|kostenlose\w* (?:artikel|beiträge)|articles? gratuits?"
                  r"|artículos gratuitos|articoli gratuiti|artigos gratuitos|gratis artikel\w*|darmowych artykułów"
                  r"|бесплатных (?:статей|материалов)")
_LIMIT: Final = r"limit\w*|used up|reached|kontingent|erreicht|limite|atteint|límite|alcanzado|raggiunto|atingiu|limiet|лимит\w*"
PAYWALL_NOTE: Final = regex.compile(
    rf"\A(?:(?=.*\b(?:{_SUBSCRIBER})\b)(?=.*\b(?:{_EXCLUSIVE})\b)|(?=.*\b(?:{_FREE_ARTICLES}))(?=.*\b(?:{_LIMIT})\b))",
    regex.IGNORECASE)
PAYWALL_NOTE_LINE: Final = Trigger(PAYWALL_NOTE, words=frozenset(
    ["subscriber", "subscribers", "members", "abonnenten", "abonnent", "abonnés", "abonné", "abonnées", "suscriptores",
     "abbonati", "assinantes", "assinante", "abonnees", "подписчиков", "подписчикам", "подписчики", "free",
     "kostenlose", "kostenlosen", "gratuits", "gratuitos", "gratuiti", "gratis", "darmowych", "бесплатных", "مشترك",
     "مشتركين", "للمشتركين", "المشتركين"]),
    max_words=20)

# An error report call: an error word, and a question put to the reader or a request to the site
# ("Spotted a mistake? Let us know", "Fehler gefunden? Schreiben Sie uns"); "A costly mistake?"
# alone is a subheading.
_ERROR: Final = (r"mistakes?|errors?|typos?|fehler\w*|erreurs?|coquilles?|errores|errata|errori?|refus\w|erros?|fout\w*"
          r"|błąd|błędy|błędu|ошибк\w+|опечатк\w+|خطأ")
_US: Final = r"us|uns|nous|nos|noi|ons|nam|нам|لنا"
ERROR_CALL: Final = regex.compile(rf"\A(?=.*\b(?:{_ERROR})\b)(?=.*\?\s*\w|.*\b(?:{_US})\b)|(?:错误|错别字).{{0,12}}[?？]",
                           regex.IGNORECASE)
ERROR_CALL_LINE: Final = Trigger(ERROR_CALL, words=frozenset(
    ["mistake", "mistakes", "error", "errors", "typo", "typos", "fehler", "erreur", "erreurs", "coquille", "errores",
     "errata", "errore", "errori", "erro", "erros", "fout", "fouten", "błąd", "błędy", "błędu", "ошибку", "ошибка",
     "ошибки", "опечатку", "خطأ"]), anchors=("错误", "错别字"), max_words=MAX_CALL_WORDS)

# The site's credit line: "Designed and hosted by Example Media", "Realisiert von Beispiel GmbH".
SITE_CREDIT: Final = regex.compile(
    r"\A(?:\w+ (?:and|&|und|et|y|e|en|i) )?(?:designed|developed|hosted|powered|built|maintained|made|created)"
    r" by\b|\A(?:realisiert|entwickelt|gestaltet) von\b|\A(?:réalisé|conçu|développé) par\b"
    r"|\A(?:desarrollado|diseñado|realizado) por\b|\A(?:realizzato|sviluppato) da\b|\A(?:desenvolvido|criado) por\b"
    r"|\A(?:ontwikkeld|gemaakt) door\b|\A(?:разработ\w+|сделано)\b", regex.IGNORECASE)
SITE_CREDIT_LINE: Final = Trigger(SITE_CREDIT, words=frozenset(
    ["designed", "developed", "hosted", "powered", "built", "maintained", "made", "created", "realisiert", "entwickelt",
     "gestaltet", "réalisé", "conçu", "développé", "desarrollado", "diseñado", "realizado", "realizzato", "sviluppato",
     "desenvolvido", "criado", "ontwikkeld", "gemaakt", "разработано", "разработка", "сделано"]), max_words=MAX_CALL_WORDS)

# A newsletter named as the site's own: "Unser Newsletter: jeden Freitag das Wichtigste".
_NEWSLETTER: Final = r"newsletter\w*|nieuwsbrief|boletín|rassegna|рассылк\w+|النشرة"
_OUR: Final = r"our|unser\w*|notre|nos|nuestr\w+|nostr\w+|noss\w+|onze|nasz\w*|наш\w*"
# "our" in a sentence: "Get our best stories delivered to your inbox every week." is the site talking.
OUR: Final = regex.compile(rf"\b(?:{_OUR})\b", regex.IGNORECASE)
OWN_NEWSLETTER: Final = regex.compile(rf"\A(?=.*\b(?:{_NEWSLETTER}))(?=.*\b(?:{_OUR})\b)", regex.IGNORECASE)
OWN_NEWSLETTER_LINE: Final = Trigger(OWN_NEWSLETTER, words=frozenset(
    ["newsletter", "newsletters", "nieuwsbrief", "boletín", "rassegna", "рассылка", "рассылку", "рассылки", "النشرة"]),
    max_words=12)

# A newsletter pitch in the article's middle, a sentence too long for a button: "Sign up for our
# newsletter to get the best of our reporting delivered to your inbox every week.", "Subscribe to
# the Gazette for the latest news", "Want more stories like this? Sign up for our free daily newsletter".
# It addresses the reader with a sign-up verb at its start (after a short question at most); reporting
# about a newsletter ("The council's newsletter, sent to 40,000 homes, ...") never starts so.
_ASK: Final = r"[^?!.\n]{1,80}[?!]\s+"  # "Want more stories like this? ", "Enjoyed this article? "
# Verbs whose object is a subscription: any of the "what you get" words below completes the pitch.
_SUBSCRIBE: Final = (r"sign(?:-| )?up|subscribe|register|abonnieren sie|abonniere|melden sie sich|melde dich|registrieren sie"
              r"|inscrivez-vous|abonnez-vous|inscris-toi|abonne-toi|suscr[ií]bete|suscr[ií]base|reg[ií]strate|iscriviti"
              r"|abbonati|assine|inscreva-se|schrijf je in|schrijf u in|abonneer je|abonneer u|meld je aan|meld u aan"
              r"|zapisz się|subskrybuj|подпишитесь|подписывайтесь|اشترك")
# Verbs that also start plain sentences ("Get the ball rolling"): only with a mail word.
_RECEIVE: Final = (r"get|receive|join|erhalten sie|bestellen sie|recevez|recibe|reciba|ricevi|receba|ontvang|otrzymuj"
            r"|получайте")
_MAIL: Final = (rf"{_NEWSLETTER}|lettre d'information|lettre d'info|inbox|e-?mail|mailing list|posteingang|postfach"
         r"|boîte (?:mail|de réception|aux lettres)|courriel|correo|casella|caixa de entrada|skrzynk\w*|почт\w*"
         r"|briefing|digest")
_GAIN: Final = r"latest|updates|alerts|free|daily|weekly|best\b|deals\b|exclusive\b|neuesten|aktuell\w*|dernières|últimas|ultime|últimas|новост\w+"
# "Sign-up is free for residents, the council said" is about a sign-up: the verb is a noun there. The
# verb ends at a space: "Get-togethers moved indoors, the organisers said in an e-mail" is no pitch.
_NOUN_USE: Final = r"(?!\s*(?:is|was|are|were|has|had|will|would|can|could|ist|war|est|es|è|é|sheet|form)\b)"
NEWSLETTER_PITCH: Final = regex.compile(
    rf"\A(?:{_ASK})?(?:(?:{_SUBSCRIBE})(?=\s){_NOUN_USE}(?=.*\b(?:{_MAIL}|{_GAIN}))"
    rf"|(?:{_RECEIVE})(?=\s){_NOUN_USE}(?=.*\b(?:{_MAIL})))",
    regex.IGNORECASE)
MAX_PITCH_WORDS: Final = 40
NEWSLETTER_PITCH_LINE: Final = Trigger(NEWSLETTER_PITCH, words=frozenset(
    ["sign", "signup", "subscribe", "register", "abonnieren", "abonniere", "melden", "melde", "registrieren",
     "inscrivez", "abonnez", "inscris", "abonne", "suscríbete", "suscribete", "suscríbase", "suscribase", "regístrate",
     "registrate", "iscriviti", "abbonati", "assine", "inscreva", "schrijf", "abonneer", "meld", "zapisz",
     "subskrybuj", "подпишитесь", "подписывайтесь", "اشترك", "get", "receive", "join", "erhalten", "bestellen",
     "recevez", "recibe", "reciba", "ricevi", "receba", "ontvang", "otrzymuj", "получайте"]),
    max_words=MAX_PITCH_WORDS)

# Calls to support the site, on one line of up to 30 words: what to do (support, donate, become a
# member) and whom for (us, our work, this site) and the reader asked (you, please, now): "If you
# enjoyed reading this post, would you consider supporting our work?", "Unterstützen Sie uns und
# werden Sie Mitglied", "Soutenez notre travail : faites un don". All three in one line of an
# article's own sentences is rare; an NGO's "Our work is supported by donors" asks nobody.
MAX_SUPPORT_WORDS: Final = 30
_SUPPORT: Final = (r"support|supporting|donate|donating|donation|donations"
                   r"|(?:become|becoming) an? (?:member|patron|supporter|subscriber)"
                   r"|chip in|unterstützen|unterstütze|unterstützt|spende|spenden|soutenez|soutenir|faites un don"
                   r"|faire un don|apoya|apoye|apoyar|apoyen|haz una donación|sostieni|sostenere|fai una donazione"
                   r"|apoie|apoiar|steun|doneer|wesprzyj|wspieraj|поддержите|поддержать")
SUPPORT_CALL: Final = regex.compile(
    rf"\A(?=.*\b(?:{_SUPPORT})\b)"
    r"(?=.*\b(?:our (?:work|journalism|site|blog|newsroom|reporting|mission|website|podcast|newsletter)|us"
    r"|independent journalism|unabhängigen journalismus|journalisme indépendant|periodismo independiente"
    r"|giornalismo indipendente|jornalismo independente"
    r"|this (?:site|blog|website|newsletter|podcast)|unseren? (?:arbeit|redaktion|journalismus|seite|blog)|uns"
    r"|notre (?:travail|journalisme|rédaction|site|média)|nous|nuestro (?:periodismo|trabajo|medio)"
    r"|nuestra (?:labor|redacción)|nos|il nostro (?:lavoro|giornalismo)|ci|nosso (?:jornalismo|trabalho)"
    r"|onze (?:journalistiek|website|redactie)|ons|nas|нас|нашу работу|наш (?:сайт|проект))\b)"
    r"(?=.*\b(?:you|your|please|consider|today|now|sie|bitte|jetzt|vous|usted|por favor|tu|te|ti|voc[eê]|u|jij|je"
    r"|prosimy|пожалуйста)\b)",
    regex.IGNORECASE)
SUPPORT_CALL_LINE: Final = Trigger(SUPPORT_CALL, words=frozenset(
    ["support", "supporting", "donate", "donating", "donation", "donations", "become", "becoming", "chip", "unterstützen",
     "unterstütze", "unterstützt", "spende", "spenden", "soutenez", "soutenir", "faites", "faire", "apoya", "apoye",
     "apoyar", "apoyen", "haz", "sostieni", "sostenere", "fai", "apoie", "apoiar", "steun", "doneer", "wesprzyj",
     "wspieraj", "поддержите", "поддержать"]), max_words=MAX_SUPPORT_WORDS)
# Calls to follow or join the site on a network: "Follow us on Twitter and Facebook", "Folgen Sie uns
# auf Instagram", "Únete a nuestro canal de Telegram", "Siga-nos no Telegram": a network's name and
# the call, in up to 30 words.
_NETWORKS: Final = ("telegram", "whatsapp", "signal", "discord", "youtube", "instagram", "facebook", "twitter", "tiktok",
                    "linkedin", "x")
FOLLOW_CALL: Final = regex.compile(
    rf"\A(?=.*\b(?:{'|'.join(_NETWORKS)})\b)"
    r"(?=.*\b(?:follow us|folgen sie uns|folge uns|folgt uns|suivez-nous|rejoignez-nous|síguenos|únete|seguici"
    r"|iscriviti|siga-nos|volg ons|obserwuj nas|dołącz|подписывайтесь|join (?:us|our)|subscribe to our"
    r"|abonniere unseren|abonnieren sie unseren|abonnez-vous à notre|suscríbete a nuestro)\b)",
    regex.IGNORECASE)
FOLLOW_CALL_LINE: Final = Trigger(FOLLOW_CALL, words=frozenset(_NETWORKS), max_words=MAX_SUPPORT_WORDS)
