"""Scripts the prose test learned late: Hindi and Bengali end sentences with a danda (।), Thai writes
no spaces between words and no sentence marks. An invented page in each keeps its paragraphs as
prose, its headline as the title, and loses its menu and rights line."""
from __future__ import annotations

import pytest

from cleantext import extract
from cleantext.text.features import block_features

PAGES = {
    "hi": ["होम | देश | विदेश | खेल | मनोरंजन", "बंदरगाह शहर में पहला ज्वारीय बिजलीघर शुरू",
           ("तटीय शहर कैल्डविक ने सोमवार को अपना पहला ज्वारीय बिजलीघर शुरू किया। दस साल की योजना के बाद चार "
            "टरबाइन अब शहर की आधी बिजली देंगी।"),
           ("महापौर ने कहा कि परियोजना की लागत अनुमान से कम रही और मछुआरों के साथ समझौता हो गया है। अगले साल "
            "दो और टरबाइन लगाए जाएंगे।"),
           ("स्थानीय लोगों ने इस फैसले का स्वागत किया, लेकिन कुछ ने समुद्री जीवन पर असर को लेकर चिंता जताई। "
            "सरकार ने जांच का वादा किया है।"),
           "© 2025 तटीय समाचार। सर्वाधिकार सुरक्षित।"],
    "bn": ["হোম | দেশ | বিদেশ | খেলা", "বন্দর শহরে প্রথম জোয়ার বিদ্যুৎকেন্দ্র চালু",
           ("মেয়র বলেছেন যে প্রকল্পের খরচ অনুমানের চেয়ে কম হয়েছে এবং জেলেদের সঙ্গে একটি চুক্তি হয়েছে। আগামী বছর "
            "আরও দুটি টারবাইন বসানো হবে।"),
           ("স্থানীয়রা এই সিদ্ধান্তকে স্বাগত জানিয়েছেন, তবে কেউ কেউ সামুদ্রিক জীবনের ওপর প্রভাব নিয়ে উদ্বেগ প্রকাশ "
            "করেছেন এবং তাদের দাবি জানিয়েছেন।"),
           "© ২০২৫ উপকূল সংবাদ। সর্বস্বত্ব সংরক্ষিত।"],
    "th": ["หน้าแรก | ข่าว | กีฬา | บันเทิง", "เมืองท่าเปิดโรงไฟฟ้าพลังน้ำขึ้นน้ำลงแห่งแรก",
           ("เมืองชายฝั่งคาลด์วิกเปิดโรงไฟฟ้าพลังน้ำขึ้นน้ำลงแห่งแรกเมื่อวันจันทร์ หลังจากวางแผนมานานสิบปี "
            "กังหันสี่ตัวจะผลิตไฟฟ้าได้ครึ่งหนึ่งของความต้องการของเมือง"),
           ("นายกเทศมนตรีกล่าวว่าค่าใช้จ่ายของโครงการต่ำกว่าที่คาดไว้ และได้ทำข้อตกลงกับชาวประมงแล้ว "
            "ปีหน้าจะติดตั้งกังหันเพิ่มอีกสองตัว"),
           ("ชาวบ้านในพื้นที่ต่างยินดีกับการตัดสินใจครั้งนี้ แต่บางคนแสดงความกังวลเกี่ยวกับผลกระทบต่อสัตว์ทะเล "
            "รัฐบาลสัญญาว่าจะตรวจสอบ"),
           "© 2568 ข่าวชายฝั่ง สงวนลิขสิทธิ์"],
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_paragraphs_read_as_prose_and_the_headline_does_not(lang: str) -> None:
    menu, headline, *paragraphs, _rights = PAGES[lang]
    assert all(block_features(p).prose for p in paragraphs)
    f = block_features(headline)
    assert not f.prose and f.title_like
    assert not block_features(menu).prose


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_page_keeps_its_article_and_title_and_loses_its_menu_and_rights_line(lang: str) -> None:
    menu, headline, *paragraphs, rights = PAGES[lang]
    doc = extract("\n\n".join(PAGES[lang]), format="text")
    assert doc.title == headline
    assert all(p in doc.text for p in paragraphs)
    assert menu not in doc.text and rights not in doc.text


def test_chinese_written_in_phrases_between_spaces_is_prose_and_a_menu_row_is_not():
    phrases = "一波波 接續性的低溫寒流 已經將山區一帶層層山巒 披上嫣紅的彩衣 沿途雲氣滯留山頭 令人流連忘返"
    assert block_features(phrases).prose
    menu = "首頁 新聞 國際 財經 體育 娛樂 生活 科技 健康 旅遊 美食 汽車 房產 教育"
    assert not block_features(menu).prose
