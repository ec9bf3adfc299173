"""The interface text of a web video player, as a scraper copies it: buttons ("Play", "Mute",
"Fullscreen"), menus ("Chapters", "captions off, selected"), clocks ("Current Time 0:00") and its
caption-settings dialog ("Text Edge Style None Raised ...")."""
from __future__ import annotations

from typing import Final

import regex

from . import Phrases

# Whole lines: buttons and menu titles, in the languages players ship.
PLAYER_CONTROLS: Final = Phrases({
    "en": ["Play", "Pause", "Replay", "Mute", "Unmute", "Fullscreen", "Full Screen", "Non-Fullscreen",
           "Exit Fullscreen", "Chapters", "Descriptions", "Subtitles", "Captions", "Audio Track", "Playback Rate",
           "Picture-in-Picture", "Quality Levels", "Play Video", "Skip Ad", "Defaults Done", "Close Modal Dialog",
           "This is a modal window.", "End of dialog window.", "Stream Type LIVE", "LIVE", "Seek to live, currently behind live",
           "Seek to live, currently playing live", "Volume Level", "Reset Done", "Done", "Close"],
    "de": ["Wiedergabe", "Abspielen", "Ton aus", "Ton ein", "Vollbild", "Vollbildmodus", "Kapitel", "Untertitel",
           "Beschreibungen", "Wiedergabegeschwindigkeit", "Schließen"],
    "fr": ["Lecture", "Sourdine", "Son activé", "Plein écran", "Chapitres", "Sous-titres", "Vitesse de lecture",
           "Fermer"],
    "es": ["Reproducir", "Silenciar", "Pantalla completa", "Capítulos", "Subtítulos", "Velocidad de reproducción",
           "Cerrar"],
    "it": ["Riproduci", "Disattiva l'audio", "Schermo intero", "Capitoli", "Sottotitoli"],
    "pt": ["Reproduzir", "Tela cheia", "Ecrã inteiro", "Capítulos", "Legendas"],
    "nl": ["Afspelen", "Dempen", "Volledig scherm", "Hoofdstukken", "Ondertiteling"],
})
# Lines with a state or a setting: "Current Time 0:00", "Loaded: 0%", "descriptions off, selected",
# "captions settings, opens captions settings dialog", "Foreground --- White Black Red ...".
PLAYER_STATE: Final = regex.compile(
    r"^(?:(?:current|duration|remaining) time -?\d|loaded: ?\d|progress: ?\d"
    r"|(?:captions|subtitles|descriptions|chapters|audio|quality) (?:off|settings), (?:selected|opens .{0,40}dialog)|(?:foreground|background|window) --- |text edge style |font family "
    r"|font size \d+%|beginning of dialog window|this is a modal window|no compatible source was found"
    r"|the media could not be loaded|aktuelle zeit \d|dauer \d|verbleibende zeit|temps actuel \d|durée \d"
    r"|tiempo actual \d|duración \d)",
    regex.IGNORECASE)
# The first words of PLAYER_STATE's lines: with the table's own, the only lines worth a look.
PLAYER_STATE_STARTS: Final = frozenset(
    ["current", "duration", "remaining", "loaded", "progress", "captions", "subtitles", "descriptions", "chapters",
     "audio", "quality", "foreground", "background", "window", "text", "font", "beginning", "this", "no", "the",
     "aktuelle", "dauer", "verbleibende", "temps", "durée", "tiempo", "duración"])
