//! The queue file's, the queue table's and the forecast's error texts
//! (`error-snapshot-*`, `error-csv-*`, `error-query-*`, `error-forecast-*`)
//! say what is wrong AND what to do
//! ("Bad input gets a clear, translated error that says what to do, and
//! loses nothing"): the parent at step 7 can open another or a corrected
//! queue file, check the column of a queue table the text names, use the
//! sample city, check the child's date of birth, the queue or the
//! application's number; an integrator reads the same text
//! (the JS API's and the embedding frame's error message in kk/ru/en) and
//! corrects the field the error object names. Each text here carries the
//! action it was written with, in every language.

use kezek_rules::messages::{ftl, message_value, LANGUAGES};

/// (Fluent id, the action in en, ru, kk): a text without its action fails.
const ACTIONS: &[(&str, [&str; 3])] = &[
    (
        "error-snapshot-invalid-json",
        [
            "Open the queue file as you received it",
            "Откройте файл очереди в том виде, в каком вы его получили",
            "Кезек файлын алған күйінде",
        ],
    ),
    (
        "error-snapshot-bad-schema",
        [
            "Open a queue file in the format Kezek reads",
            "Откройте файл очереди в формате, который читает Kezek",
            "Kezek оқитын пішімдегі кезек файлын ашыңыз",
        ],
    ),
    (
        "error-snapshot-too-large",
        [
            "Open the queue file of your settlement only",
            "Откройте файл очереди только вашего населенного пункта",
            "Тек өз елді мекеніңіздің кезек файлын ашыңыз",
        ],
    ),
    (
        "error-snapshot-date-out-of-range",
        [
            "Open a corrected queue file",
            "Откройте исправленный файл очереди",
            "Түзетілген кезек файлын ашыңыз",
        ],
    ),
    (
        "error-snapshot-duplicate-id",
        [
            "Open a corrected queue file",
            "Откройте исправленный файл очереди",
            "Түзетілген кезек файлын ашыңыз",
        ],
    ),
    (
        "error-snapshot-no-queues",
        [
            "Open the queue file of your settlement",
            "Откройте файл очереди вашего населенного пункта",
            "Өз елді мекеніңіздің кезек файлын ашыңыз",
        ],
    ),
    (
        "error-snapshot-duplicate-queue",
        [
            "Open a corrected queue file",
            "Откройте исправленный файл очереди",
            "Түзетілген кезек файлын ашыңыз",
        ],
    ),
    (
        "error-snapshot-bad-id",
        [
            "Open a corrected queue file",
            "Откройте исправленный файл очереди",
            "Түзетілген кезек файлын ашыңыз",
        ],
    ),
    (
        "error-snapshot-text-too-long",
        [
            "Open a corrected queue file",
            "Откройте исправленный файл очереди",
            "Түзетілген кезек файлын ашыңыз",
        ],
    ),
    (
        "error-snapshot-text-control-character",
        [
            "Open a corrected queue file",
            "Откройте исправленный файл очереди",
            "Түзетілген кезек файлын ашыңыз",
        ],
    ),
    (
        "error-snapshot-submitted-after-snapshot",
        [
            "Open a corrected queue file",
            "Откройте исправленный файл очереди",
            "Түзетілген кезек файлын ашыңыз",
        ],
    ),
    (
        "error-snapshot-birth-date-mismatch",
        [
            "Open a corrected queue file",
            "Откройте исправленный файл очереди",
            "Түзетілген кезек файлын ашыңыз",
        ],
    ),
    (
        "error-csv-empty",
        [
            "Open the queue table with its applications",
            "Откройте таблицу очереди с заявлениями",
            "Өтініштері бар кезек кестесін ашыңыз",
        ],
    ),
    (
        "error-csv-unreadable",
        [
            "Save the table again as a CSV text file",
            "Сохраните таблицу заново как текстовый файл CSV",
            "Кестені CSV мәтіндік файлы ретінде қайта сақтаңыз",
        ],
    ),
    (
        "error-csv-line-too-long",
        [
            "Open the queue table itself",
            "Откройте саму таблицу очереди",
            "Кезек кестесінің өзін ашыңыз",
        ],
    ),
    (
        "error-csv-bad-header",
        [
            "Open the queue table as it was exported",
            "Откройте таблицу очереди в том виде, в каком ее выгрузили",
            "жүктеп алынған күйінде ашыңыз",
        ],
    ),
    (
        "error-csv-wrong-column-count",
        [
            "every line has 7 columns separated by commas",
            "в каждой строке 7 столбцов через запятую",
            "әр жолда үтірмен бөлінген 7 баған болады",
        ],
    ),
    (
        "error-csv-bad-id",
        [
            "Check the first column",
            "Проверьте первый столбец",
            "Бірінші бағанды",
        ],
    ),
    (
        "error-csv-bad-date",
        [
            "Check the second column",
            "Проверьте второй столбец",
            "Екінші бағанды",
        ],
    ),
    (
        "error-csv-bad-group",
        [
            "Check the third column",
            "Проверьте третий столбец",
            "Үшінші бағанды",
        ],
    ),
    (
        "error-csv-bad-status",
        [
            "Check the fourth column",
            "Проверьте четвертый столбец",
            "Төртінші бағанды",
        ],
    ),
    (
        "error-csv-bad-queue",
        [
            "Check the seventh column",
            "Проверьте седьмой столбец",
            "Жетінші бағанды",
        ],
    ),
    (
        "error-csv-bad-birth-year",
        [
            "Check the sixth column",
            "Проверьте шестой столбец",
            "Алтыншы бағанды",
        ],
    ),
    (
        "error-query-unknown-queue",
        [
            "Check the child's date of birth and the queue chosen",
            "Проверьте дату рождения ребенка и выбранную очередь",
            "Баланың туған күнін және таңдалған кезекті тексеріңіз",
        ],
    ),
    (
        "error-query-unknown-id",
        [
            "Check the number, or leave it out",
            "Проверьте номер или не указывайте его",
            "Нөмірді тексеріңіз немесе жаңа өтініштің орнын көру үшін оны көрсетпеңіз",
        ],
    ),
    (
        "error-query-referral-issued",
        [
            "Next is admission to the preschool (service 00403002)",
            "Дальше — прием в детский сад (услуга 00403002)",
            "Келесі қадам — балабақшаға қабылдау (00403002 қызметі)",
        ],
    ),
    (
        "error-query-stop-list",
        [
            "Ask the education department or administration why and until when",
            "Спросите в отделе (управлении) образования, почему и до какого времени",
            "білім бөлімінен (басқармасынан) сұраңыз",
        ],
    ),
    (
        "error-query-not-interested",
        [
            "Ask the education department or administration whether it can wait in the queue again",
            "Спросите в отделе (управлении) образования, может ли оно снова ждать в очереди",
            "білім бөлімінен (басқармасынан) сұраңыз",
        ],
    ),
    (
        "error-query-withdrawn",
        [
            "To see where a new application would stand, leave the number out",
            "Чтобы увидеть место нового заявления, не указывайте номер",
            "Жаңа өтініштің орнын көру үшін нөмірді көрсетпеңіз",
        ],
    ),
    (
        "error-query-archived",
        [
            "Check the number, or ask the education department or administration why it was archived",
            "Проверьте номер или спросите в отделе (управлении) образования, почему оно в архиве",
            "Нөмірді тексеріңіз немесе неге архивте екенін білім бөлімінен (басқармасынан) сұраңыз",
        ],
    ),
    (
        "error-query-birth-date-mismatch",
        [
            "Check the number and the child's date of birth",
            "Проверьте номер и дату рождения ребенка",
            "Нөмірді және баланың туған күнін тексеріңіз",
        ],
    ),
    (
        "error-query-missing-submitted",
        [
            "Enter when the application was submitted, or its number",
            "Укажите, когда было подано заявление, или его номер",
            "Өтініш қашан берілгенін немесе",
        ],
    ),
    (
        "error-query-submitted-after-snapshot",
        [
            "Give a date no later than the file's, or open a newer queue file",
            "Укажите дату не позже даты файла или откройте более новый файл очереди",
            "Файл күнінен кеш емес күнді көрсетіңіз немесе кейінірек жасалған кезек файлын ашыңыз",
        ],
    ),
    (
        "error-query-submitted-before-birth",
        [
            "Give a later date, or open a queue file made after the child was born",
            "Укажите более позднюю дату или откройте файл очереди, составленный после рождения ребенка",
            "Кейінірек күнді көрсетіңіз немесе бала туғаннан кейін жасалған кезек файлын ашыңыз",
        ],
    ),
    (
        "error-query-invalid",
        [
            "Correct the field the error names",
            "Исправьте поле, названное в ошибке",
            "Қатеде аталған өрісті",
        ],
    ),
    (
        "error-forecast-empty-preference",
        [
            "Name at least one preschool, or choose any preschool",
            "Назовите хотя бы один детский сад или выберите любой",
            "Кемінде бір балабақшаны атаңыз немесе кез келгенін таңдаңыз",
        ],
    ),
    (
        "error-forecast-preference-not-in-bulletins",
        [
            "Check the preschools' numbers, or choose any preschool",
            "Проверьте номера детских садов или выберите любой",
            "Балабақшалардың нөмірлерін тексеріңіз немесе кез келгенін таңдаңыз",
        ],
    ),
    (
        "error-forecast-by-before-snapshot",
        [
            "choose a later day",
            "выберите более поздний день",
            "кейінірек күнді таңдаңыз",
        ],
    ),
    (
        "error-forecast-birth-date-mismatch",
        [
            "Check the child's date of birth and the birth year asked about",
            "Проверьте дату рождения ребенка и год рождения в запросе",
            "Баланың туған күнін және сұраудағы туған жылды тексеріңіз",
        ],
    ),
    (
        "error-forecast-bad-probability",
        [
            "Give it as a number from 0 to 1",
            "Укажите ее числом от 0 до 1",
            "Оны 0-ден 1-ге дейінгі санмен көрсетіңіз",
        ],
    ),
    (
        "error-forecast-bad-paths",
        [
            "Give a number from 1 to 200,000",
            "Укажите число от 1 до 200 000",
            "1-ден 200 000-ға дейінгі санды көрсетіңіз",
        ],
    ),
    (
        "error-forecast-bad-seed",
        [
            "Give a whole number from 0 to 9,007,199,254,740,991",
            "Укажите целое число от 0 до 9 007 199 254 740 991",
            "0-ден 9 007 199 254 740 991-ге дейінгі бүтін санды көрсетіңіз",
        ],
    ),
    (
        "error-forecast-bad-horizon",
        [
            "Give a horizon of 1 to 6 years",
            "Укажите срок от 1 до 6 лет",
            "Мерзімді 1 жылдан 6 жылға дейін көрсетіңіз",
        ],
    ),
    (
        "error-forecast-bad-options",
        [
            "Correct the option the error names, or leave the options out",
            "Исправьте параметр, названный в ошибке, или не передавайте параметры",
            "Қатеде аталған параметрді түзетіңіз немесе",
        ],
    ),
    (
        "error-forecast-archive-out-of-range",
        [
            "Check the date of birth",
            "Проверьте дату рождения",
            "Туған күнді тексеріңіз",
        ],
    ),
];

/// The ids of the three areas in a language's rules messages.
fn area_ids(src: &str) -> Vec<&str> {
    src.lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
        .filter(|id| {
            [
                "error-snapshot-",
                "error-csv-",
                "error-query-",
                "error-forecast-",
            ]
            .iter()
            .any(|p| id.starts_with(p))
        })
        .collect()
}

#[test]
fn every_queue_file_and_forecast_error_text_says_what_to_do() {
    let mut missing = Vec::new();
    for (i, lang) in LANGUAGES.iter().enumerate() {
        // kk, ru, en in LANGUAGES; the table is en, ru, kk.
        let col = match *lang {
            "en" => 0,
            "ru" => 1,
            "kk" => 2,
            other => panic!("{other}: no column ({i})"),
        };
        let src = ftl(lang).unwrap();
        for (id, action) in ACTIONS {
            let text = message_value(src, id).unwrap_or_else(|| panic!("{lang}: no {id}"));
            if !text.contains(action[col]) {
                missing.push(format!("{lang} {id}: «{}» not in: {text}", action[col]));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// A new error of these areas gets its action here too.
#[test]
fn every_queue_file_and_forecast_error_is_in_the_table() {
    for lang in LANGUAGES {
        for id in area_ids(ftl(lang).unwrap()) {
            assert!(
                ACTIONS.iter().any(|(known, _)| *known == id),
                "{lang}: {id} has no action in ACTIONS"
            );
        }
    }
    assert!(ACTIONS.len() >= 33, "{}", ACTIONS.len());
}

/// A queue file or table Kezek cannot read leaves the parent one thing that
/// always works at step 7: the sample city («Use the sample city»).
#[test]
fn a_queue_file_kezek_cannot_read_offers_the_sample_city() {
    for (lang, samples) in [
        ("en", &["or use the sample city."][..]),
        // «Откройте … или пример города.»; after another verb, «Сохраните …
        // или откройте пример города.»
        (
            "ru",
            &["или пример города.", "или откройте пример города."][..],
        ),
        ("kk", &["немесе қала үлгісін қолданыңыз."][..]),
    ] {
        let src = ftl(lang).unwrap();
        for id in area_ids(src)
            .into_iter()
            .filter(|id| id.starts_with("error-snapshot-") || id.starts_with("error-csv-"))
        {
            let text = message_value(src, id).unwrap();
            assert!(
                samples.iter().any(|s| text.ends_with(s)),
                "{lang} {id}: {text}"
            );
        }
    }
}

/// A kk or ru text has no English word: a column is named by its place and
/// what it holds («третий столбец, группа очередности»), not by its header
/// (`group`) or its values (`out_of_turn`) — the parent reads the text; the
/// integrator has the error object's `field`, `line` and `message`. The
/// notations allowed are those of the e2e walk's check (tests/e2e/parent.mjs).
#[test]
fn the_kazakh_and_russian_queue_error_texts_have_no_english_word() {
    const NOTATIONS: &[&str] = &["Kezek", "CSV", "JSON", "csv", "json"];
    for lang in ["kk", "ru"] {
        let src = ftl(lang).unwrap();
        for (id, _) in ACTIONS {
            let text = message_value(src, id).unwrap();
            // Words of two letters or more, as the e2e check counts them
            // (the T of 2025-03-01T10:00 is a single letter).
            let english: Vec<&str> = text
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() >= 2 && !NOTATIONS.contains(w))
                .collect();
            assert!(english.is_empty(), "{lang} {id}: {english:?} in {text}");
        }
    }
}

/// Russian texts write «е», not «ё».
#[test]
fn the_russian_queue_error_texts_write_ye() {
    let src = ftl("ru").unwrap();
    for (id, _) in ACTIONS {
        let text = message_value(src, id).unwrap();
        assert!(!text.contains('ё') && !text.contains('Ё'), "{id}: {text}");
    }
}
