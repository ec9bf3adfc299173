"""Forum and comment-thread chrome per language: the member line, the member's stats, the row of
post controls, reactions and post numbers that stand around every post of a thread."""
from __future__ import annotations

from typing import Final

import regex

from . import Phrases, Trigger

# A row of controls under a post or above a recipe: "Reply Like Report", "Quote Reply",
# "Jump to Recipe Print Recipe Pin Recipe". A line is such a row when every word belongs to one.
POST_CONTROLS: Final = Phrases({
    "en": ["Reply", "Quote", "Like", "Unlike", "Report", "Share", "Edit", "Bookmark", "Permalink", "Flag", "Follow",
           "Improve this question", "Improve this answer", "Add a comment", "Sorted by", "Sort by",
           "Reset to default", "Highest score", "Default", "Date modified", "Date created", "Newest first",
           "Oldest first", "Most votes", "Newest", "Oldest",
           "Multi-quote", "Multiquote", "Reply with quote", "Thanks", "Upvote", "Downvote", "Award", "Save",
           "Jump to Recipe", "Print Recipe", "Pin Recipe", "Save Recipe", "Rate Recipe", "Rate this Recipe",
           "Jump to Video", "Jump to Comments", "Print", "Pin", "Rate"],
    "de": ["Antworten", "Zitieren", "Melden", "Gefällt mir", "Teilen", "Bearbeiten", "Merken", "Folgen",
           "Frage verbessern", "Antwort verbessern", "Kommentar hinzufügen", "Sortiert nach", "Sortieren nach",
           "Zum Rezept", "Rezept drucken", "Rezept merken"],
    "fr": ["Répondre", "Citer", "Signaler", "J'aime", "Partager", "Modifier", "Suivre", "Améliorer cette question",
           "Améliorer cette réponse", "Ajouter un commentaire", "Trié par", "Trier par", "Aller à la recette",
           "Imprimer la recette"],
    "es": ["Responder", "Citar", "Reportar", "Me gusta", "Compartir", "Editar", "Seguir", "Mejora esta pregunta",
           "Mejora esta respuesta", "Añade un comentario", "Ordenado por", "Ordenar por", "Ir a la receta",
           "Imprimir receta"],
    "it": ["Rispondi", "Cita", "Segnala", "Mi piace", "Condividi", "Modifica", "Vai alla ricetta",
           "Stampa la ricetta"],
    "pt": ["Responder", "Citar", "Denunciar", "Curtir", "Compartilhar", "Editar", "Seguir", "Melhore esta pergunta",
           "Melhore esta resposta", "Adicione um comentário", "Ordenado por", "Ordenar por", "Ir para a receita",
           "Imprimir receita"],
    "nl": ["Beantwoorden", "Reageren", "Citeren", "Melden", "Vind ik leuk", "Delen", "Bewerken",
           "Naar recept", "Recept afdrukken"],
    "pl": ["Odpowiedz", "Cytuj", "Zgłoś", "Lubię to", "Udostępnij", "Edytuj", "Przejdź do przepisu",
           "Drukuj przepis"],
    "ru": ["Ответить", "Цитировать", "Пожаловаться", "Нравится", "Поделиться", "Изменить", "Подписаться",
           "Улучшить вопрос", "Улучшить ответ", "Добавить комментарий", "Сортировка", "Сортировать по",
           "К рецепту", "Распечатать рецепт"],
    "zh": ["回复", "引用", "举报", "点赞", "分享", "编辑", "收藏", "跳到食谱", "打印食谱"],
    "ar": ["رد", "اقتباس", "إبلاغ", "إعجاب", "مشاركة", "تعديل"],
    "ja": ["返信", "引用", "通報", "いいね", "共有", "編集"],
    "ko": ["답글", "인용", "신고", "좋아요", "공유", "수정", "삭제"],
    "tr": ["Yanıtla", "Alıntı", "Şikayet et", "Beğen", "Paylaş", "Düzenle"],
    "sv": ["Svara", "Citera", "Anmäl", "Gilla", "Dela", "Redigera"],
    "cs": ["Odpovědět", "Citovat", "Nahlásit", "Líbí se mi", "Sdílet", "Upravit"],
    "uk": ["Відповісти", "Цитувати", "Поскаржитися", "Подобається", "Поділитися", "Редагувати"],
    "id": ["Balas", "Kutip", "Laporkan", "Suka", "Bagikan", "Sunting"],
    "vi": ["Trả lời", "Trích dẫn", "Báo cáo", "Thích", "Chia sẻ", "Sửa"],
})
# The member title under a name: "Well-known member", "Moderator", "Neues Mitglied".
MEMBER_ROLE: Final = Phrases({
    "en": ["Member", "New member", "Active member", "Well-known member", "Senior member", "Junior member",
           "Full member", "Established member", "Premium member", "Supporting member", "Registered user",
           "Registered member", "Moderator", "Super moderator", "Global moderator", "Administrator", "Admin",
           "Staff member", "Guest", "Banned", "Newbie", "Regular", "Veteran", "Legend", "Original poster", "OP"],
    "de": ["Mitglied", "Neues Mitglied", "Aktives Mitglied", "Bekanntes Mitglied", "Erfahrenes Mitglied",
           "Moderator", "Moderatorin", "Administrator", "Gast", "Neuling", "Stammgast", "Themenstarter",
           "Themenersteller"],
    "fr": ["Membre", "Nouveau membre", "Membre actif", "Membre confirmé", "Modérateur", "Modératrice",
           "Administrateur", "Invité"],
    "es": ["Miembro", "Nuevo miembro", "Miembro activo", "Moderador", "Moderadora", "Administrador", "Invitado",
           "Forero"],
    "it": ["Membro", "Nuovo membro", "Utente", "Nuovo utente", "Moderatore", "Amministratore", "Ospite"],
    "pt": ["Membro", "Novo membro", "Membro ativo", "Moderador", "Administrador", "Visitante"],
    "nl": ["Lid", "Nieuw lid", "Actief lid", "Moderator", "Beheerder", "Gast"],
    "pl": ["Użytkownik", "Nowy użytkownik", "Aktywny użytkownik", "Moderator", "Administrator", "Gość"],
    "ru": ["Участник", "Новичок", "Активный участник", "Модератор", "Администратор", "Гость", "Завсегдатай"],
    "zh": ["新手上路", "注册会员", "高级会员", "版主", "超级版主", "管理员", "会员"],
    "ar": ["عضو", "عضو جديد", "عضو نشيط", "مشرف", "مدير", "زائر"],
    "ja": ["メンバー", "新規メンバー", "モデレーター", "管理人", "管理者", "ゲスト"],
    "ko": ["회원", "정회원", "준회원", "운영자", "관리자", "손님"],
    "tr": ["Üye", "Yeni Üye", "Aktif Üye", "Moderatör", "Yönetici", "Misafir"],
    "sv": ["Medlem", "Ny medlem", "Moderator", "Administratör", "Gäst"],
    "cs": ["Člen", "Nový člen", "Moderátor", "Administrátor", "Host"],
    "uk": ["Учасник", "Новачок", "Модератор", "Адміністратор", "Гість"],
    "id": ["Anggota", "Anggota baru", "Moderator", "Administrator", "Tamu"],
    "vi": ["Thành viên", "Thành viên mới", "Điều hành viên", "Quản trị viên", "Khách"],
})
# The label of a member's stats line: "Joined: Feb 2024 Messages: 412", "Beiträge: 1.204".
MEMBER_STATS: Final = Phrases({
    "en": ["Joined", "Messages", "Posts", "Reactions", "Reaction score", "Likes", "Likes received", "Points",
           "Member since", "Registered", "Trophies", "Karma", "Threads", "Solutions", "Total posts", "Location"],
    "de": ["Registriert", "Registriert seit", "Beiträge", "Dabei seit", "Mitglied seit", "Reaktionen",
           "Punkte", "Themen", "Wohnort"],
    "fr": ["Inscrit", "Inscrit le", "Inscription", "Messages", "Réactions", "Points", "Membre depuis",
           "Localisation"],
    "es": ["Registrado", "Mensajes", "Reacciones", "Puntos", "Miembro desde", "Desde", "Ubicación"],
    "it": ["Iscritto", "Iscritto il", "Messaggi", "Reazioni", "Punti", "Membro dal", "Località"],
    "pt": ["Registrado", "Cadastrado", "Mensagens", "Reações", "Pontos", "Membro desde", "Localização"],
    "nl": ["Lid sinds", "Geregistreerd", "Berichten", "Reacties", "Punten", "Woonplaats"],
    "pl": ["Dołączył", "Dołączyła", "Posty", "Postów", "Reakcje", "Punkty", "Lokalizacja", "Skąd"],
    "ru": ["Регистрация", "Сообщения", "Сообщений", "Реакции", "Баллы", "На форуме с", "Откуда"],
    "zh": ["注册时间", "帖子", "积分", "主题", "精华"],
    "ar": ["تاريخ التسجيل", "المشاركات", "النقاط"],
    "ja": ["登録日", "投稿数", "参加日"],
    "ko": ["가입일", "게시글", "포인트"],
    "tr": ["Katılım", "Kayıt", "Mesajlar", "Puan"],
    "sv": ["Medlem sedan", "Inlägg", "Reaktioner", "Poäng"],
    "cs": ["Registrován", "Registrace", "Příspěvky"],
    "uk": ["Реєстрація", "Повідомлення", "Реакції", "Бали"],
    "id": ["Bergabung", "Pesan", "Reaksi", "Poin"],
    "vi": ["Tham gia", "Bài viết", "Điểm"],
})
# The meta line of a question or answer on a Q&A site, a verb and then a date or a count: "asked Sep 14,
# 2018 at 17:40", "answered 3 hours ago", "Modified 3 years ago", "Viewed 14k times", "gefragt 12. März".
QA_META: Final = Phrases({
    "en": ["asked", "answered", "edited", "modified", "viewed", "active", "asked on", "answered on", "edited on"],
    "de": ["gefragt", "beantwortet", "bearbeitet", "geändert", "angesehen", "gestellt"],
    "fr": ["demandé", "posée", "répondu", "modifié", "modifiée", "vue", "consultée"],
    "es": ["preguntada", "formulada", "respondida", "editada", "modificada", "vista", "visto"],
    "pt": ["perguntada", "feita", "respondida", "editada", "modificada", "vista", "visualizada"],
    "ru": ["задан", "задан вопрос", "изменён", "изменен", "просмотрен", "дан ответ"],
})
# The count of answers above them: "2 Answers", "3 Antworten", "5 réponses" (the number is cut from the key).
ANSWER_COUNT: Final = Phrases({
    "en": ["Answer", "Answers"], "de": ["Antwort", "Antworten"], "fr": ["réponse", "réponses"],
    "es": ["respuesta", "respuestas"], "pt": ["resposta", "respostas"], "ru": ["ответ", "ответа", "ответов"],
})
# A line that is a number alone: the votes of a post or its poster's reputation ("31", "8,931", "14k").
SCORE_ONLY: Final = regex.compile(r"[+\-−]?\d[\d,.]{0,9}[kKmM]?")
# "tench_tamsin and river_mo liked this", "Jan and 3 others like this", "Anna gefällt das".
REACTIONS: Final = regex.compile(
    r"(?:\bliked this|\b(?:others|people|users|members) like this|\blikes this|\breacted to this|gefällt das|gefällt dies|aiment ça|a aimé ça|aime ça"
    r"|les gusta esto|le gusta esto|piace a|curtiu isso|curtiram isso|vinden dit leuk|vindt dit leuk"
    r"|lubi to|lubią to|нравится это|赞了|点赞了)\W{0,3}$",
    regex.IGNORECASE)
# The line over each post of a phpBB-style board: a word, "by" and the poster's name, "»" and the
# date: "Beitrag von Ferdl_H0 » Mo 19. Jan 2026, 21:14", "Post by lakeside_jo » Mon Jan 19, 2026
# 9:14 pm", "par Ferdl » lun. 19 janv. 2026 21:14". Only lines that hold a date or time are tried.
POST_HEADER: Final = regex.compile(
    r"(?:\p{L}{1,20}\s+)?(?:by|von|par|da|di|por|door|przez|od|от|av|af)\s+\S{1,40}(?:\s\S{1,40}){0,2}\s+»\s+\S.{2,60}",
    regex.IGNORECASE)
# "#1", "#12": a post's number in its thread.
POST_NUMBER: Final = regex.compile(r"#\d{1,6}")
REACTIONS_LINE: Final = Trigger(REACTIONS, words=frozenset(
    ["liked", "like", "likes", "reacted", "gefällt", "aiment", "aimé", "aime", "gusta", "piace", "curtiu",
     "curtiram", "leuk", "lubi", "lubią", "нравится"]), anchors=("赞了",), max_words=12)
