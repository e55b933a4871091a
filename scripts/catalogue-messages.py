# Generates crates/kezek-rules/messages/catalogue.{kk,ru,en}.ftl from one table (kk, ru, en).
import os
M = {}
def m(key, kk, ru, en): M[key] = (kk, ru, en)

# Services (names: seed 002 / order 414 annex titles; ru: official Russian titles)
m("svc-00403008", "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдетілген тамақтандыруды ұсыну",
  "Предоставление бесплатного и льготного питания отдельным категориям обучающихся и воспитанников в общеобразовательных школах",
  "Free and discounted meals for certain categories of pupils in general schools")
m("svc-00403009", "Мемлекеттік білім беру мекемелеріндегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына қала сыртындағы және мектеп жанындағы лагерьлерде демалуы үшін құжаттар қабылдау және жолдама беру",
  "Прием документов и выдача направлений на предоставление отдыха в загородных и пришкольных лагерях отдельным категориям обучающихся и воспитанников государственных учебных заведений",
  "Referral to an out-of-town or school camp for certain categories of pupils")
m("svc-00403007", "Шалғайдағы ауылдық елді мекендерде тұратын балаларды жалпы білім беру ұйымдарына және кейін үйлеріне тегін тасымалдауды ұсыну",
  "Предоставление бесплатного подвоза к общеобразовательным организациям и обратно домой детям, проживающим в отдаленных сельских пунктах",
  "Free transport to school and back home for children of remote rural settlements")
m("svc-00402002", "Қорғаншылық және қамқоршылық жөнінде анықтамалар беру", "Выдача справок по опеке и попечительству", "Certificate on guardianship and trusteeship")
m("svc-00402004", "Кәмелетке толмағандардың мүлкіне иелік ету үшін анықтамалар беру", "Выдача справок для распоряжения имуществом несовершеннолетних", "Certificate for disposal of a minor's property")
m("svc-00402003", "Жетім балаға (жетім балаларға) және ата-анасының қамқорлығынсыз қалған балаға (балаларға) қамқоршылық немесе қорғаншылық белгілеу",
  "Установление опеки или попечительства над ребенком-сиротой (детьми-сиротами) и ребенком (детьми), оставшимся без попечения родителей",
  "Establishing guardianship or trusteeship over an orphan or a child left without parental care")
m("svc-00404007", "Баланы (балаларды) қабылдаушы отбасына тәрбиелеуге беру және оларды асырауға ақшалай қаражат төлеуді тағайындау",
  "Передача ребенка (детей) на воспитание в приемную семью и назначение выплаты денежных средств на их содержание",
  "Placing a child in a foster family and assigning the payment for their upkeep")
m("svc-00402010", "Балаға кері әсер етпейтін ата-ана құқықтарынан айырылған ата-аналарға баламен кездесуіне рұқсат беру",
  "Выдача разрешения на свидание с ребенком родителям, лишенным родительских прав, не оказывающих на ребенка негативного влияния",
  "Permission to meet the child for parents deprived of parental rights who do not have a negative influence on the child")
m("svc-00402013", "Он жасқа толған баланың пікірін ескеру туралы қорғаншылық немесе қамқоршылық органының шешімін беру",
  "Выдача решения органа опеки и попечительства об учете мнения ребенка, достигшего десятилетнего возраста",
  "Decision of the guardianship body taking into account the opinion of a child aged 10 or older")
m("svc-00404004", "Бала асырап алуға тілек білдірген адамдарды есепке қою", "Постановка на учет лиц, желающих усыновить детей", "Registration of persons wishing to adopt a child")
m("svc-00404005", "Бала асырап алу агенттігін аккредиттеу немесе аккредиттеу мерзімін ұзарту", "Аккредитация агентств по усыновлению или продление срока аккредитации", "Accreditation of an adoption agency or its extension")

# Providers (row 1)
m("provider-education-departments", "Республикалық маңызы бар қалалардың және астананың білім басқармалары, аудандардағы, облыстық маңызы бар қалалардағы білім бөлімдері",
  "Управления образования городов республиканского значения и столицы, отделы образования районов и городов областного значения",
  "Education administrations of the capital and cities of republican significance; education departments of districts and oblast-significance cities")
m("provider-00403008", "Облыстардың, Астана, Алматы және Шымкент қалаларының, аудандардың және облыстық маңызы бар қалалардың жергілікті атқарушы органдары, білім басқармалары мен бөлімдері, білім беру ұйымдары",
  "Местные исполнительные органы областей, городов Астаны, Алматы и Шымкента, районов и городов областного значения, управления и отделы образования, организации образования",
  "Local executive bodies of oblasts, Astana, Almaty, Shymkent, districts and oblast-significance cities; education administrations and departments; schools")
m("provider-00403009", "Республикалық маңызы бар қалалардың және астананың білім басқармалары, аудандардағы, облыстық маңызы бар қалалардағы білім бөлімдері, білім беру ұйымдары (Қағидалардың 3-тармағы мен тізілім облыстардың білім басқармаларын да атайды)",
  "Управления образования городов республиканского значения и столицы, отделы образования районов и городов областного значения, организации образования (пункт 3 Правил и реестр называют также управления образования областей)",
  "Education administrations and departments; education organisations (rules cl. 3 and the register also name oblast education administrations)")
m("provider-00403007", "Аудандардағы, облыстық маңызы бар қалалардағы білім бөлімдері, білім беру ұйымдары",
  "Отделы образования районов и городов областного значения, организации образования",
  "Education departments of districts and oblast-significance cities; education organisations")
m("provider-children-rights-committee", "Қазақстан Республикасы Оқу-ағарту министрлігінің Балалардың құқықтарын қорғау комитеті",
  "Комитет по охране прав детей Министерства просвещения Республики Казахстан", "Committee for the Protection of Children's Rights of the Ministry of Enlightenment")

# Results (row 5)
m("result-00403008", "Жалпы білім беретін мектепте тегін және жеңілдетілген тамақтандыруды ұсыну туралы анықтама", "Справка о предоставлении бесплатного и льготного питания в общеобразовательной школе", "Certificate granting free or discounted meals at school")
m("result-00403009", "Қала сыртындағы және мектеп жанындағы лагерьлерге жолдама", "Направление в загородные и пришкольные лагеря", "Referral to an out-of-town or school camp")
m("result-00403007", "Жалпы білім беру ұйымдарына және кері қарай үйлеріне тегін тасымалдауды ұсыну туралы анықтама", "Справка о предоставлении бесплатного подвоза к общеобразовательным организациям и обратно домой", "Certificate granting free transport to school and back home")
m("result-00402002", "Қорғаншылық және қамқоршылық туралы анықтама", "Справка об опеке и попечительстве", "Certificate on guardianship and trusteeship")
m("result-00402004", "Кәмелетке толмаған балалардың мүлкіне иелік ету үшін анықтама", "Справка для распоряжения имуществом несовершеннолетних детей", "Certificate for disposal of a minor's property")
m("result-00402003", "Білім бөлімінің (басқармасының) қамқоршылық немесе қорғаншылық белгілеу туралы бұйрығы", "Приказ отдела (управления) образования об установлении опеки или попечительства", "Order of the education department establishing guardianship or trusteeship")
m("result-00404007", "Баланы (балаларды) қабылдаушы отбасына тәрбиелеуге беру туралы хабарлама және оларды асырауға ақшалай қаражат төлеуді тағайындау туралы шешім", "Уведомление о передаче ребенка (детей) в приемную семью и решение о назначении выплаты денежных средств на их содержание", "Notice of placement in the foster family and decision assigning the upkeep payment")
m("result-00402010", "Ата-ана құқықтарынан айырылған ата-аналардың баламен кездесуіне қорғаншылық және қамқоршылық органының рұқсаты", "Разрешение органа опеки и попечительства на свидание родителей, лишенных родительских прав, с ребенком", "Permission of the guardianship body for the meeting with the child")
m("result-00402013", "Он жасқа толған баланың пікірін есепке алу туралы қорғаншылық және қамқоршылық органдарының шешімі", "Решение органа опеки и попечительства об учете мнения ребенка, достигшего десятилетнего возраста", "Decision of the guardianship body taking the child's opinion into account")
m("result-00404004", "Бала асырап алуға үміткер(лер) болу мүмкіндігі (мүмкін еместігі) қорытындысының дайындығы туралы хабарлама", "Уведомление о готовности заключения о возможности (невозможности) быть кандидатом (кандидатами) в усыновители", "Notice that the conclusion on your suitability as adoptive parent(s) is ready")
m("result-00404005", "Бала асырап алу жөніндегі агенттікті аккредиттеу туралы шешім не аккредиттеу мерзімін ұзарту", "Решение об аккредитации агентства по усыновлению либо о продлении срока аккредитации", "Decision on accreditation of the adoption agency or on its extension")

# Documents (row 8)
D = [
("doc-application", "Өтініш", "Заявление", "Application"),
("doc-application-electronic", "ЭЦҚ-мен немесе бір рет пайдаланылатын құпия сөзбен куәландырылған электрондық құжат нысанындағы өтініш", "Заявление в форме электронного документа, удостоверенное ЭЦП или одноразовым паролем", "Application as an electronic document signed with a digital signature (EDS) or a one-time password"),
("doc-application-established-form", "Белгіленген нысандағы өтініш", "Заявление установленной формы", "Application in the established form"),
("doc-application-legal-representative", "Баланың заңды өкілдерінің бірінің өтініші", "Заявление одного из законных представителей ребенка", "Application by one of the child's legal representatives"),
("doc-application-adoption-registration", "Бала асырап алуға тілек білдірген адамдарды есепке қою туралы өтініш", "Заявление о постановке на учет лиц, желающих усыновить детей", "Application for registration as a person wishing to adopt"),
("doc-identity", "Жеке басын куәландыратын құжат не цифрлық құжаттар сервисінен электрондық құжат (сәйкестендіру үшін)", "Документ, удостоверяющий личность, либо электронный документ из сервиса цифровых документов (для идентификации)", "Identity document, or the electronic document from the digital-documents service (for identification)"),
("doc-child-birth-certificate", "Баланың туу туралы куәлігінің көшірмесі (АХАЖ АЖ-да мәліметтер болмаған кезде не Қазақстан Республикасынан тыс жерде туған жағдайда)", "Копия свидетельства о рождении ребенка (при отсутствии сведений в ИС ЗАГС либо при рождении за пределами Республики Казахстан)", "Copy of the child's birth certificate (if the civil registry has no record, or the child was born abroad)"),
("doc-child-birth-certificate-no-registry-record", "Баланың туу туралы куәлігінің көшірмесі (АХАЖ АЖ-да мәліметтер болмаған кезде)", "Копия свидетельства о рождении ребенка (при отсутствии сведений в ИС ЗАГС)", "Copy of the child's birth certificate (if the civil registry has no record)"),
("doc-marriage-or-divorce-certificate", "Неке қию (бұзу) туралы куәліктің көшірмесі (АХАЖ АЖ-да мәліметтер болмаған жағдайда)", "Копия свидетельства о заключении (расторжении) брака (при отсутствии сведений в ИС ЗАГС)", "Copy of the marriage or divorce certificate (if the civil registry has no record)"),
("doc-marriage-certificate", "Неке қию туралы куәліктің көшірмесі (АХАЖ АЖ-да мәліметтер болмаған не Қазақстан Республикасынан тыс жерде неке қиылған жағдайда)", "Копия свидетельства о заключении брака (при отсутствии сведений в ИС ЗАГС либо если брак заключен за пределами Республики Казахстан)", "Copy of the marriage certificate (if the civil registry has no record, or you married abroad)"),
("doc-status-tsa", "Мәртебесін растайтын құжат: отбасының атаулы әлеуметтік көмек алатынын растайтын жергілікті атқарушы органның анықтамасы", "Документ, подтверждающий статус: справка местного исполнительного органа о получении семьей адресной социальной помощи", "Status document: certificate of the local executive body that the family receives targeted social assistance"),
("doc-status-income", "Мәртебесін растайтын құжат: табыстары туралы мәліметтер (жұмыс істейтін ата-аналардың жалақысы, кәсіпкерлік және өзге де қызметтен түскен табыстар, алынған алименттер)", "Документ, подтверждающий статус: сведения о доходах (заработная плата работающих родителей, доходы от предпринимательской и другой деятельности, полученные алименты)", "Status document: income records (wages of working parents, income from business and other activity, alimony received)"),
("doc-status-guardianship-decision", "Мәртебесін растайтын құжат: қорғаншылықты (қамқоршылықты), патронатты белгілеу туралы уәкілетті органның шешімі", "Документ, подтверждающий статус: решение уполномоченного органа об установлении опеки (попечительства), патроната", "Status document: decision of the authorised body establishing guardianship (trusteeship) or patronage upbringing"),
("doc-status-collegial-decision", "Мәртебесін растайтын құжат: отбасының материалдық-тұрмыстық жағдайын тексеру негізінде білім беру ұйымының алқалы басқару органының шешімі", "Документ, подтверждающий статус: решение коллегиального органа управления организации образования на основании обследования материально-бытового положения семьи", "Status document: decision of the school's collegial governing body based on an inspection of the family's living conditions"),
("doc-medical-071", "Сауықтыру лагеріне баратын оқушыға 071/у нысанындағы медициналық анықтама", "Медицинская справка по форме 071/у для обучающегося, направляемого в оздоровительный лагерь", "Medical certificate, form 071/u, for a pupil going to a health camp"),
("doc-school-certificate", "Оқу орнынан анықтама (талаптар тізбесіне қосымшадағы нысан бойынша)", "Справка с места учебы (по форме согласно приложению к перечню требований)", "Certificate from the place of study (form annexed to the requirements)"),
("doc-consent-spouse-or-other-representative", "Жұбайының (зайыбының) нотариалды куәландырылған келісімі не бөлек тұратын баланың заңды өкілінің келісімі", "Нотариально засвидетельствованное согласие супруга (супруги) либо согласие законного представителя ребенка, проживающего отдельно", "Notarised consent of your spouse, or consent of the child's legal representative who lives separately"),
("doc-parent-not-caring-proof", "Ата-ананың бірінің балаға қамқорлық жасамайтынын растайтын құжаттар (қайтыс болуы туралы куәлік, ата-ана құқықтарынан айыру, хабарсыз кетті деп тану туралы сот шешімі және т.б.)", "Документы, подтверждающие, что один из родителей не осуществляет заботу о ребенке (свидетельство о смерти, решение суда о лишении родительских прав, о признании безвестно отсутствующим и т.п.)", "Documents proving that one parent does not care for the child (death certificate, court decision on deprivation of parental rights, on being missing, etc.)"),
("doc-parents-not-caring-proof", "Жалғыз ата-ананың немесе ата-анасының балаға қамқорлық жасамайтынын растайтын құжаттардың көшірмелері (қайтыс болуы, сот шешімі, бас бостандығынан айыру туралы үкім, іздестіру, баланы тастап кету актісі, баладан бас тарту туралы өтініш және т.б.)", "Копии документов, подтверждающих, что единственный родитель или оба родителя не осуществляют заботу о ребенке (смерть, решение суда, приговор о лишении свободы, розыск, акт об оставлении ребенка, заявление об отказе от ребенка и т.п.)", "Copies of documents proving that the single parent or both parents do not care for the child (death, court decision, prison sentence, search, act of abandonment, written refusal of the child, etc.)"),
("doc-inheritance-certificate", "Заң бойынша мұраға құқық туралы куәліктің көшірмесі (мұрагерлік құқық туындаған жағдайда)", "Копия свидетельства о праве на наследство по закону (при возникновении права наследования)", "Copy of the certificate of the right to inherit by law (if such a right arose)"),
("doc-property-documents", "Мүліктің бар екенін растайтын құжаттар (тиісті ақпараттық жүйелерде мәліметтер болмаған жағдайда)", "Документы, подтверждающие наличие имущества (при отсутствии сведений в соответствующих информационных системах)", "Documents proving the property exists (if state information systems have no record)"),
("doc-child-opinion", "Он жасқа толған баланың пікірі (белгіленген нысан бойынша)", "Мнение ребенка, достигшего десятилетнего возраста (по установленной форме)", "Opinion of the child aged 10 or older (on the set form)"),
("doc-spouse-notarial-consent", "Жұбайының (зайыбының) нотариалды куәландырылған келісімі (некеде тұрған жағдайда)", "Нотариально засвидетельствованное согласие супруга (супруги) (если состоит в браке)", "Notarised consent of your spouse (if married)"),
("doc-health-and-dispensary-certificates", "Денсаулық жағдайы туралы анықтама (№ 692 бұйрық тізбесі бойынша аурудың жоқтығы) және наркологиялық, психиатриялық диспансерлерде есепте тұрмағаны туралы анықтама (жұбайына да)", "Справка о состоянии здоровья (отсутствие заболеваний по перечню приказа № 692) и справка об отсутствии на учете в наркологическом и психиатрическом диспансерах (и на супруга)", "Health certificate (none of the diseases on the list of order No. 692) and a certificate of no registration at narcological or psychiatric dispensaries (for your spouse too)"),
("doc-income", "Көрсетілетін қызметті алушының және (немесе) жұбайының табыстары туралы мәліметтер", "Сведения о доходах услугополучателя и (или) супруга (супруги)", "Information on your and your spouse's income"),
("doc-total-income", "Жиынтық табыстың мөлшері туралы анықтама (жалақы, кәсіпкерлік және өзге де табыстар)", "Справка о размере совокупного дохода (заработная плата, доходы от предпринимательской и иной деятельности)", "Certificate of total income (wages, business and other income)"),
("doc-kinship", "Туыстарының, өгей әкесінің (өгей шешесінің) балаға туыстық фактісін растайтын құжаттардың көшірмелері", "Копии документов, подтверждающих факт родства родственников, отчима (мачехи) с ребенком", "Copies of documents proving your kinship with the child (relative, stepfather or stepmother)"),
("doc-training-certificate", "Психологиялық дайындықтан өткені туралы сертификат (баланың жақын туыстарын қоспағанда)", "Сертификат о прохождении психологической подготовки (за исключением близких родственников ребенка)", "Certificate of psychological training (not required of the child's close relatives)"),
("doc-housing-right", "Тұрғын үйді пайдалану құқығын растайтын құжаттың көшірмесі (тұрғын үйге меншік құқығы болмаған жағдайда)", "Копия документа, подтверждающего право пользования жильем (при отсутствии права собственности на жилье)", "Copy of the document giving you the right to use your home (if you do not own it)"),
("doc-housing-ownership-or-use", "Тұрғын үйге меншік құқығын немесе тұрғын үйді пайдалану құқығын (жалдау шартын) растайтын құжаттардың көшірмелері", "Копии документов, подтверждающих право собственности или право пользования жильем (договор найма)", "Copies of documents proving you own your home or may use it (lease)"),
("doc-criminal-record-certificates", "Көрсетілетін қызметті алушының және жұбайының соттылығының болуы не болмауы туралы анықтама", "Справка о наличии либо отсутствии судимости услугополучателя и супруга (супруги)", "Certificate of criminal record (or none) for you and your spouse"),
("doc-bank-account-contract", "Екінші деңгейдегі банкте ағымдағы шотты ашу туралы шарттың көшірмесі", "Копия договора об открытии текущего счета в банке второго уровня", "Copy of the contract opening a current account in a commercial bank"),
("doc-close-relatives-consent", "Жақын туыстарының бала асырап алуға жазбаша келісімі", "Письменное согласие близких родственников на усыновление", "Written consent of close relatives to the adoption"),
("doc-deprivation-court-decision", "Ата-ана құқықтарынан айыру туралы сот шешімі", "Решение суда о лишении родительских прав", "Court decision depriving you of parental rights"),
("doc-police-character-reference", "Ішкі істер органдарының мінездемесі", "Характеристика органов внутренних дел", "Character reference from the police (internal affairs body)"),
("doc-agency-constituent-documents", "Агенттіктің құрылтай құжаттарының нотариалды куәландырылған көшірмелері", "Нотариально засвидетельствованные копии учредительных документов агентства", "Notarised copies of the agency's constituent documents"),
("doc-agency-authority-document", "Агенттіктің өкілеттігін растайтын құзыретті органның құжатының көшірмесі", "Копия документа компетентного органа, подтверждающего полномочия агентства", "Copy of the competent authority's document confirming the agency's authority"),
("doc-agency-recommendation-letter", "Мемлекеттің құзыретті органының ұсыным хаты", "Рекомендательное письмо компетентного органа государства", "Recommendation letter of the competent authority of the agency's state"),
("doc-agency-services-list", "Агенттік ұсынатын қызметтер тізбесі", "Перечень услуг, оказываемых агентством", "List of services the agency offers to adoption candidates"),
("doc-agency-monitoring-undertaking", "Асырап алынған балалардың тұрмыс жағдайлары мен тәрбиесін бақылау және есептер беру жөніндегі міндеттеме", "Обязательство по контролю за условиями жизни и воспитания усыновленных детей и представлению отчетов", "Undertaking to monitor adopted children's living conditions and report"),
("doc-agency-consular-undertaking", "Асырап алынған баланың консулдық мекемеде есепке қойылуын бақылау жөніндегі міндеттеме", "Обязательство по контролю за постановкой усыновленного ребенка на консульский учет", "Undertaking to monitor the child's consular registration"),
("doc-agency-power-of-attorney", "Агенттіктің нотариалды куәландырылған сенімхаты", "Нотариально засвидетельствованная доверенность агентства", "Notarised power of attorney from the agency"),
("doc-agency-successor-undertaking", "Агенттіктің қызметі тоқтатылған жағдайда есептер беретін органды тағайындау туралы міндеттеме", "Обязательство о назначении органа, представляющего отчеты при прекращении деятельности агентства", "Undertaking to appoint a body that reports if the agency ceases activity"),
("doc-agency-24h-undertaking", "Баланың қайтыс болуы, оған қатыгездік көрсету фактісі анықталған кезден бастап 24 сағат ішінде хабар беру туралы міндеттеме", "Обязательство сообщать в течение 24 часов о фактах смерти ребенка, жестокого обращения с ним", "Undertaking to report within 24 hours a child's death or ill-treatment"),
("doc-agency-changes-undertaking", "Құрылтай құжаттарындағы өзгерістер туралы хабардар ету міндеттемесі", "Обязательство уведомлять об изменениях в учредительных документах", "Undertaking to notify changes to the constituent documents"),
]
for d in D: m(*d)

# Reading notes beside a document (note-<…>): where the law lets the provider accept the set without it.
m("note-training-within-a-year",
  "Туыстарға, өгей әкеге (өгей шешеге): «Неке (ерлі-зайыптылық) және отбасы туралы» кодекстің 122-бабының 1-тармағына сәйкес қорғаншылық немесе қамқоршылық жөніндегі функцияларды жүзеге асыратын орган баланы отбасына тәрбиелеуге қабылдаған кезден бастап күнтізбелік бір жыл ішінде даярлықтан өту шартымен сізді психологиялық даярлықтан өткізбестен белгілеуге құқылы. Бұл — органның шешімі, оның міндеті емес: сертификатсыз өтініш бермес бұрын көрсетілетін қызметті берушіден сұраңыз.",
  "Родственникам, отчиму (мачехе): по пункту 1 статьи 122 Кодекса «О браке (супружестве) и семье» орган, осуществляющий функции по опеке или попечительству, вправе назначить вас без психологической подготовки при условии, что вы пройдете ее в течение одного календарного года со дня принятия ребенка в семью на воспитание. Это решение органа, а не его обязанность: прежде чем подавать заявление без сертификата, спросите услугодателя.",
  "For a relative or step-parent: under the Marriage and Family Code, art. 122 p. 1, the guardianship body may appoint you without the psychological training on condition that you complete it within one calendar year of taking the child into your family. That is the body's decision, not a duty: ask the provider before applying without the certificate.")
# Annex 17 row 8 item 5 / Annex 18 row 8 item 6: the category is children
# «отбасыларда тәрбиеленетін» (brought up in families, of no named kind); the
# proof named is the decision on guardianship (trusteeship) or patronage.
m("note-foster-family-proof",
  "Тізімде қорғаншылықты (қамқоршылықты), патронаттық тәрбиелеуді бекіту туралы уәкілетті органның шешімі аталған. Бала қабылдаушы отбасында тәрбиеленсе, оны сіздің отбасыңызға тәрбиелеуге беру туралы органның шешімін алып келіңіз және оның жеткілікті екенін көрсетілетін қызметті берушіден алдын ала сұраңыз: санат отбасыларда тәрбиеленетін барлық жетім балаларға және ата-анасының қамқорлығынсыз қалған балаларға қатысты, ал тізім тек осы екі шешімді атайды.",
  "В перечне названо решение уполномоченного органа об установлении опеки (попечительства), патронатного воспитания. Если ребенок воспитывается в приемной семье, возьмите решение органа о передаче ребенка в вашу семью на воспитание и заранее спросите услугодателя, достаточно ли его: категория относится ко всем детям-сиротам и детям, оставшимся без попечения родителей, воспитывающимся в семьях, а перечень называет только эти два решения.",
  "The list names the authorised body's decision establishing guardianship (trusteeship) or patronage. If the child is brought up in your foster family, bring the body's decision placing the child with your family and ask the provider beforehand whether it is enough: the category covers every orphan and child left without parental care brought up in a family, while the list names only those two decisions.")
# Annex 3 row 8 item 2: «жақын туыстарының … жазбаша келісімі» — whose, and
# what stands in for it when there are none, the list does not say.
m("note-close-relatives-consent",
  "Kezek түсіндірмесі: тізімде кімнің жақын туыстарының келісімі екені және жақын туыстары жоқ адам не ұсынатыны айтылмаған. Келісімді ала алсаңыз, қоса беріңіз; ала алмасаңыз немесе жақын туыстарыңыз болмаса, өтініш бермес бұрын көрсетілетін қызметті берушіден не қажет екенін сұраңыз.",
  "Толкование Kezek: в перечне не сказано, чьих близких родственников это согласие и что представляет тот, у кого их нет. Если можете получить согласие, приложите его; если не можете или близких родственников нет, до подачи спросите услугодателя, что нужно.",
  "Kezek's reading: the list does not say whose close relatives give this consent, nor what an applicant with none provides. If you can get the consent, attach it; if you cannot, or have no close relatives, ask the provider what is needed before applying.")
# The day ages are taken on (a reading: FamilyFacts::on_acceptance_day). On the
# portal, row 7 (e.g. Annex 5's) accepts after hours and on days off «келесі
# жұмыс күнімен»; the age rules («он жасқа толған», «он төрт жасқа толмаған»)
# name no day. At a counter the day it receives the papers is the only day.
m("note-age-reading-document",
  "Бала осы құжат талап етілетін жасқа өтініш берілген күннен кейін, бірақ өтініш қабылданатын күні (келесі жұмыс күні) немесе оған дейін толады. № 414 бұйрық жасты қай күні есептеу керектігін көрсетпейді (бұл — түсіндіру): құжатты ұсыныңыз — қай түсіндіру бойынша да оны ұсыну зиян келтірмейді.",
  "Ребенок достигает возраста, с которого нужен этот документ, после дня подачи заявления, но не позднее дня его приема (следующего рабочего дня). Приказ № 414 не говорит, на какой день определяется возраст (это толкование): представьте документ — при любом толковании это не повредит.",
  "A child reaches the age this document depends on after the day you submit but by the day the application is accepted (the next working day). Order No. 414 does not say on which day the age is taken (a reading): bring the document — under either reading it does no harm.")
m("note-age-reading-ground",
  "Бала осы негізге байланысты жасқа өтініш берілген күннен кейін, бірақ өтініш қабылданатын күні (келесі жұмыс күні) немесе оған дейін толады. № 414 бұйрық жасты қай күні есептеу керектігін көрсетпейді (бұл — түсіндіру): екі күннің бірінде бұл негіз қолданылады, сондықтан көрсетілетін қызметті беруші оған сүйенуі мүмкін. Сенімді болу үшін өтінішті бала осы жасқа толған күні немесе одан кейін беріңіз.",
  "Ребенок достигает возраста, от которого зависит это основание, после дня подачи заявления, но не позднее дня его приема (следующего рабочего дня). Приказ № 414 не говорит, на какой день определяется возраст (это толкование): в один из двух дней основание применяется, поэтому услугодатель может на него сослаться. Чтобы не рисковать, подайте заявление в день, когда ребенку исполнится этот возраст, или позже.",
  "The child reaches the age this ground depends on after the day you submit but by the day the application is accepted (the next working day). Order No. 414 does not say on which day the age is taken (a reading): the ground applies on one of the two days, so the provider may rely on it. To be safe, submit on or after the day the child reaches that age.")
# Beside `child-of-full-age` (ScopeRule): the child turns eighteen after the day of
# submission and by the day of acceptance; the advice is the reverse of the ground's.
m("note-age-reading-majority",
  "Бала өтініш берілген күннен кейін, бірақ өтініш қабылданатын күні (келесі жұмыс күні) немесе оған дейін 18 жасқа толады. № 414 бұйрық жасты қай күні есептеу керектігін көрсетпейді (бұл — түсіндіру): өтініш қабылданатын күні бала кәмелетке толған болады, сондықтан көрсетілетін қызметті беруші осыған сүйенуі мүмкін. Сенімді болу үшін өтінішті бала 18 жасқа толғанға дейін, жұмыс күні жұмыс уақытында беріңіз — сонда ол сол күні қабылданады.",
  "Ребенку исполняется 18 лет после дня подачи заявления, но не позднее дня его приема (следующего рабочего дня). Приказ № 414 не говорит, на какой день определяется возраст (это толкование): в день приема ребенок уже совершеннолетний, поэтому услугодатель может на это сослаться. Чтобы не рисковать, подайте заявление до восемнадцатилетия ребенка, в рабочий день в рабочее время, — тогда оно будет принято в тот же день.",
  "The child turns 18 after the day you submit but by the day the application is accepted (the next working day). Order No. 414 does not say on which day the age is taken (a reading): on the day of acceptance the child is of full age, so the provider may rely on it. To be safe, submit before the child's eighteenth birthday, on a working day during working hours, so that it is accepted the same day.")

# Kezek's readings a parent-visible outcome rests on, shown only where it does
# (evaluation.rs: ScopeRule::note, RefusalGround::note, Due::note).
# Annex 3: the scope is read from the title of the rules of order No. 407
# («Қазақстан Республикасының азаматтары болып табылатын, Қазақстан
# Республикасының аумағында тұрақты тұратын …»); row 9 names only «азаматтығының болмауы».
m("note-rules-407-title-scope",
  "Kezek түсіндірмесі: бұл қызмет № 407 бұйрықпен бекітілген қағидалар бойынша көрсетіледі, ал олар «Қазақстан Республикасының азаматтары болып табылатын, Қазақстан Республикасының аумағында тұрақты тұратын» адамдарды есепке алу қағидалары деп аталады. Талаптар тізбесінің өзінде шетел азаматтығы немесе шетелде тұру бас тарту негізі ретінде аталмаған (азаматтыққа қатысты негіздерден тек азаматтығының болмауы аталған). Kezek бұл атауды қызметтің кімге арналғанын көрсетеді деп түсінеді, сондықтан қызметті сізге арналмаған деп көрсетеді. Сенімді болу үшін көрсетілетін қызметті берушіден (білім басқармасынан немесе бөлімінен) сұраңыз.",
  "Толкование Kezek: эта услуга оказывается по Правилам, утвержденным приказом № 407, а они названы правилами учета лиц, «являющихся гражданами Республики Казахстан, постоянно проживающих на территории Республики Казахстан». В самом перечне требований иностранное гражданство или проживание за рубежом основанием для отказа не названы (из оснований, связанных с гражданством, названо только отсутствие гражданства). Kezek понимает название как указание, для кого эта услуга, поэтому показывает, что она не для вас. Чтобы не рисковать, уточните у услугодателя (управления или отдела образования).",
  "Kezek's reading: this service is given under the rules approved by order No. 407, which are titled rules for registering persons «who are citizens of the Republic of Kazakhstan permanently residing in its territory». The requirement list itself does not name foreign citizenship or living abroad as a ground for refusal (of the grounds about citizenship, it names only having none). Kezek reads the title as saying whom the service is for, so it shows the service as not for you. To be safe, ask the provider (the education administration or department).")
# Annex 5 row 9 item 5: «он төрт жасқа толмаған жетім баланың, ата-анасының
# қамқорлығынсыз қалған баланың тұрғын үйін …»; the status is asked of «the child».
m("note-ward-status-shared",
  "Kezek түсіндірмесі: сіз баланың жетім немесе ата-анасының қамқорлығынсыз қалғаны туралы жауап бердіңіз; бала он төрт жасқа толған, ал өтінішке қатысты басқа бала он төрт жасқа толмаған. Сіз тек «бала» туралы жауап бердіңіз: Kezek өтініштегі басқа балалар да сондай жағдайда деп есептейді, сондықтан бұл негіз сақталады. Олай болмаса, бұл негіз өтінішіңізге қатысты ма — көрсетілетін қызметті берушіден сұраңыз.",
  "Толкование Kezek: вы ответили, что ребенок — сирота или остался без попечения родителей; ему уже исполнилось четырнадцать лет, а другому ребенку, которого касается заявление, четырнадцати нет. Вы отвечали только о «ребенке»: Kezek считает, что и другие дети в заявлении в таком же положении, поэтому основание сохраняется. Если это не так, уточните у услугодателя, касается ли основание вашего заявления.",
  "Kezek's reading: you said the child is an orphan or left without parental care; the child is fourteen or older, and another child of the application is under fourteen. You answered for «the child» only: Kezek takes the other children of the application to be in the same position, so the ground is kept. If they are not, ask the provider whether the ground concerns your application.")
# Row 7 item 2 (Annexes 6, 13, 15, 18): the State Corporation «дүйсенбі мен сенбіні
# қоса алғанда»; no row says which day a Saturday's documents are accepted on.
m("note-state-corporation-saturday",
  "Kezek түсіндірмесі: Мемлекеттік корпорация сенбі күні де жұмыс істейді, бірақ сенбі жұмыс күні емес. Kezek сенбіде тапсырылған құжаттарды сол күні қабылданған деп есептеп, мерзімнің жұмыс күндерін келесі жұмыс күнінен бастап санайды. Мемлекеттік корпорация үшін бұйрықта бұл айтылмаған. Өтініш келесі жұмыс күні қабылданды деп есептелсе, нәтиже бір жұмыс күні кешірек берілуі мүмкін. Сенімді болу үшін нәтижені бір жұмыс күні кешірек күтіңіз.",
  "Толкование Kezek: Государственная корпорация работает и в субботу, но суббота — не рабочий день. Kezek считает документы, сданные в субботу, принятыми в тот же день и отсчитывает рабочие дни срока со следующего рабочего дня. Для Государственной корпорации приказ этого не говорит. Если заявление считать принятым в следующий рабочий день, результат может быть готов на один рабочий день позже. Чтобы не рисковать, рассчитывайте на один рабочий день больше.",
  "Kezek's reading: the State Corporation is open on Saturday, but Saturday is not a working day. Kezek takes documents handed in on a Saturday as accepted that day and counts the term's working days from the next working day. The order does not say this for the State Corporation. If the application counts as accepted on the next working day, the result may be due one working day later. To be safe, allow one working day more.")
# Annex 17 row 9 item 2: decree No. 64 is known by the title the row quotes
# («Мемлекеттік білім беру мекемелерінің … білім алушылары мен тәрбиеленушілеріне …»);
# the service's title says «Жалпы білім беретін мектептердегі».
m("note-decree-64-title-state-schools",
  "Kezek түсіндірмесі: бұл қызметтің атауында «жалпы білім беретін мектептердегі» білім алушылар туралы айтылған, «мемлекеттік» деген сөз жоқ. Бас тарту негізі Үкіметтің № 64 қаулысына сілтеме жасайды, ал тізбе келтірген оның атауында «Мемлекеттік білім беру мекемелерінің» білім алушылары туралы айтылады. Kezek-те бұл қаулының мәтіні жоқ: оның атауына сүйеніп, Kezek мемлекеттік емес (жеке меншік) мектептің оқушысына осы негіз бойынша бас тартылуы мүмкін деп есептейді. Өтініш бермес бұрын көрсетілетін қызметті берушіден немесе мектептен сұраңыз.",
  "Толкование Kezek: в названии этой услуги говорится об обучающихся «в общеобразовательных школах», без слова «государственных». Основание для отказа ссылается на постановление Правительства № 64, в названии которого, как его приводит перечень, говорится об обучающихся государственных учреждений образования. Текста этого постановления у Kezek нет: по его названию Kezek считает, что ученику негосударственной (частной) школы могут отказать по этому основанию. Прежде чем подавать заявление, уточните у услугодателя или в школе.",
  "Kezek's reading: this service's title speaks of pupils «in general schools», without the word «state». The ground for refusal refers to Government decree No. 64, whose title, as the row quotes it, speaks of pupils of state education institutions. Kezek does not have the decree's text: going by its title, Kezek takes it that a pupil of a non-state (private) school may be refused on this ground. Before applying, ask the provider or the school.")
m("note-portal-before-opening",
  "Kezek түсіндірмесі: өтінішті жұмыс күні көрсетілетін қызметті беруші жұмысын бастағанға дейін (сағат 09:00-ге дейін) жібересіз. Kezek оны сол күні сағат 09:00-де қабылданды деп есептейді. Бұйрық «жұмыс уақыты аяқталғаннан кейін» жіберілген өтініш келесі жұмыс күні қабылданады дейді; мұны жіберген күннен кейінгі жұмыс күні деп те оқуға болады — онда нәтиже бір жұмыс күні кейін берілуі мүмкін.",
  "Толкование Kezek: вы отправляете заявление в рабочий день до начала работы услугодателя (до 09:00). Kezek считает его принятым в 09:00 того же дня. Приказ говорит, что заявление, отправленное «после окончания рабочего времени», принимается на следующий рабочий день; это можно прочитать и как рабочий день после дня отправки — тогда результат может быть выдан на один рабочий день позже.",
  "Kezek's reading: you send the application on a working day before the provider opens (before 09:00). Kezek takes it as accepted at 09:00 that day. The order says an application sent «after the end of working time» is accepted on the next working day; this can also be read as the working day after the day you send it — then the result may come one working day later.")
m("note-civil-registry-proof-reading",
  "Kezek түсіндірмесі: бұйрық осы құжаттар тізбесін «(АХАЖ АЖ-да мәліметтер болмаған жағдайда)» деген сөздермен аяқтайды. Соңғы аталған туу туралы анықтама үшін бұл анық: баланың туу туралы жазбасы анасының өтініші бойынша жасалып, АХАЖ-да болса, көшірме қажет емес. Қалғандары үшін (қайтыс болу туралы куәлік, сот шешімі) бұл анық емес: факт АХАЖ-да тіркелген болса, көрсетілетін қызметті беруші оны сол жерден табуы немесе көшірмесіз құжаттар топтамасын толық емес деп санауы мүмкін. Kezek көшірмені тізбеде қалдырады: болса, қоса тіркеңіз; болмаса, АХАЖ жазбасы жеткілікті ме — көрсетілетін қызметті берушіден сұраңыз.",
  "Толкование Kezek: приказ завершает этот перечень документов словами «(при отсутствии сведений в ИС ЗАГС)». Для справки о рождении — последнего названного документа — это ясно: если запись о рождении ребенка сделана со слов матери и есть в ЗАГС, копия не нужна. Для остальных (свидетельство о смерти, решение суда) это не ясно: если факт зарегистрирован в ЗАГС, услугодатель может найти его там — или посчитать пакет документов неполным без копии. Kezek оставляет копию в перечне: приложите ее, если она у вас есть; если нет — уточните у услугодателя, достаточно ли записи ЗАГС.",
  "Kezek's reading: the order ends this list of proofs with «(if the civil registry's information system has no record)». For the birth record reference, the last proof named, this is clear: if the child's birth record was made on the mother's statement and is in the civil registry, no copy is needed. For the others (a death certificate, a court decision) it is not: if the fact is recorded with the civil registry, the provider may find it there — or find the set incomplete without the copy. Kezek keeps the copy on the list: attach it if you have it; if you do not, ask the provider whether the record is enough.")
# Annex 6 row 7 item 2 («… кәмелетке толмаған баланың тіркелген жері бойынша»),
# Annex 20's rules cl. 6 («кәмелетке толмаған адаммен (балалармен) әңгімелесу»): the child
# is called a minor in passing, no upper age is stated (ScopeRule child-of-full-age).
m("note-child-called-minor",
  "Kezek түсіндірмесі: бұйрық бұл қызметтің баласы үшін жоғарғы жасты белгілемейді, бірақ ол туралы айтқанда баланы «кәмелетке толмаған» деп атайды (келтірілген тармақты қараңыз). Kezek қызметті кәмелетке толмаған балаларға арналған деп түсінеді және кәмелет жасын 18 жас деп алады, сондықтан 18 жасқа толған бала үшін қызмет көрсетілмейтінін көрсетеді. Мұндай бала үшін өтініш бермес бұрын көрсетілетін қызметті берушіден сұраңыз.",
  "Толкование Kezek: приказ не устанавливает для ребенка этой услуги предельного возраста, но, говоря о нем, называет его «несовершеннолетним» (см. приведенный пункт). Kezek понимает услугу как предназначенную несовершеннолетним детям и считает совершеннолетием 18 лет, поэтому для ребенка, которому исполнилось 18 лет, показывает, что услуга не оказывается. Прежде чем подавать заявление за такого ребенка, уточните у услугодателя.",
  "Kezek's reading: the order sets no upper age for the child of this service, but where it speaks of the child it calls them a «minor» (see the clause cited). Kezek reads the service as one for minor children and takes full age at 18, so for a child who is 18 or older it shows the service as not given. Before applying for such a child, ask the provider.")
# Annex 15 row 7 item 2 («… тасымалдауды қажет ететін кәмелетке толмаған баланы»): the
# pupil is called a minor only where to apply; a pupil of full age is eligible with a
# caution (ScopeRule child-of-full-age, ScopeEffect::Cautions; `caution-<code>` below).
m("note-child-called-minor-caution",
  "Kezek түсіндірмесі: бұйрық тасымалдауды қажет ететін баланы тек өтінішті қайда беру керектігін айтқанда «кәмелетке толмаған» деп атайды және жоғарғы жасты белгілемейді; соңғы сыныпта оқушы 18 жасқа толуы мүмкін. Kezek бұдан 18 жасқа толған оқушыға қызмет көрсетілмейді деген қорытынды шығармайды, сондықтан мұны бас тарту негізі деп есептемейді. Бірақ көрсетілетін қызметті беруші мұны басқаша түсініп, бас тартуы мүмкін: өтініш бермес бұрын одан сұраңыз.",
  "Толкование Kezek: приказ называет ребенка, которому нужен подвоз, «несовершеннолетним» только там, где говорит, куда подавать заявление, и не устанавливает предельного возраста; в последнем классе ученику может быть 18 лет. Kezek не считает, что это исключает ученика, которому исполнилось 18 лет, поэтому не учитывает это как основание для отказа. Но услугодатель может понять это иначе и отказать: прежде чем подавать заявление, уточните у него.",
  "Kezek's reading: the order calls the child who needs transport a «minor» only where it says where to apply, and sets no upper age; a pupil in the last grade may be 18. Kezek does not take this to exclude a pupil who is 18 or older, so it does not count it as a ground for refusal. The provider may read it otherwise and refuse: ask them before applying.")
m("note-register-mobile-channel",
  "Kezek түсіндірмесі: мемлекеттік көрсетілетін қызметтер тізілімі бұл қызметті алу тәсілдерінің қатарында «ұялы байланыстың абоненттік құрылғысын» (ұялы телефонды) да атайды. Қызмет қалай көрсетілетінін белгілейтін № 414 бұйрықтағы қызметке қойылатын талаптар тізбесі оны атамайды (2-жол), сондықтан Kezek тек талаптар тізбесі атаған тәсілдерді ұсынады. Телефоннан өтініш берер алдында көрсетілетін қызметті берушіден мұндай өтінішті қабылдай ма деп сұраңыз.",
  "Толкование Kezek: реестр государственных услуг называет среди способов получения этой услуги и «абонентское устройство сотовой связи» (мобильный телефон). Перечень требований к услуге в приказе № 414, который определяет, как она оказывается, его не называет (строка 2), поэтому Kezek предлагает только способы, названные в перечне требований. Прежде чем подавать заявление с телефона, спросите услугодателя, примет ли он такое заявление.",
  "Kezek's reading: the register of public services also lists «a mobile subscriber device» (a mobile phone) among the ways to get this service. The service's requirement list in order No. 414, which sets how the service is provided, does not name it (row 2), so Kezek offers only the ways the requirement list names. Before applying from a phone, ask the provider whether it accepts such an application.")
# Said as a condition: it is shown also as possible, where the child's birth date is not
# given (Risk::depends_on), and then asserts no age.
# Seed 002 row 205 gives the school meals' form as «… / проактивті»; Annex 17 row 4 does not
# (RegisterOnlyForm). The term as order No. 254 cl. 3 p. 13 defines it.
m("note-register-proactive-form",
  "Kezek түсіндірмесі: мемлекеттік көрсетілетін қызметтер тізілімі бұл қызметті көрсету нысандарының қатарында «проактивті» нысанды да атайды — көрсетілетін қызметті берушінің бастамасы бойынша, ұялы байланыстың абоненттік құрылғысы (ұялы телефон) арқылы берілген сіздің келісіміңізбен көрсетілетін қызмет. Қызмет қалай көрсетілетінін белгілейтін № 414 бұйрықтағы қызметке қойылатын талаптар тізбесі тек электрондық (ішінара автоматтандырылған) және қағаз жүзіндегі нысандарды атайды (4-жол), сондықтан Kezek өтінішті қалай беру керектігін көрсетеді және ұсынысқа сенім артпайды: оны күтпеңіз. Көрсетілетін қызметті беруші қызметті өзі ұсынса, сізден не қажет екенін одан сұраңыз.",
  "Толкование Kezek: реестр государственных услуг называет среди форм оказания этой услуги и «проактивную» — по инициативе услугодателя, с вашим согласием, данным с мобильного телефона. Перечень требований к услуге в приказе № 414, который определяет, как она оказывается, называет только электронную (частично автоматизированную) и бумажную формы (строка 4), поэтому Kezek показывает, как подать заявление, и не рассчитывает на предложение: не ждите его. Если услугодатель сам предложит вам услугу, спросите у него, что от вас нужно.",
  "Kezek's reading: the register of public services also lists this service's form as «proactive» — provided on the provider's initiative, with your consent given from your mobile phone. The service's requirement list in order No. 414, which sets how the service is provided, names only the electronic (partially automated) and paper forms (row 4), so Kezek shows how to apply and does not count on an offer: do not wait for one. If the provider offers you the service, ask it what it needs from you.")
m("caution-child-of-full-age",
  "Өтініш қабылданатын күні бала 18 жасқа толған болса, көрсетілетін қызметті беруші бас тартуы мүмкін: бұйрық бұл қызметтің баласын «кәмелетке толмаған» деп атайды",
  "Если ко дню приема заявления ребенку исполнится 18 лет, услугодатель может отказать: приказ называет ребенка этой услуги «несовершеннолетним»",
  "If the child is 18 or older by the day the application is accepted, the provider may refuse: the order calls the child of this service a «minor»")
R = [
("documents-unreliable", "Ұсынылған құжаттардың және (немесе) олардағы деректердің (мәліметтердің) анық еместігін анықтау", "Установление недостоверности документов и (или) данных (сведений), содержащихся в них", "The documents or the data in them are found to be unreliable"),
("noncompliant-nla", "Көрсетілетін қызметті алушының және (немесе) ұсынылған материалдардың нормативтік құқықтық актілерде белгіленген талаптарға сәйкес келмеуі", "Несоответствие услугополучателя и (или) представленных материалов требованиям нормативных правовых актов", "You or the materials do not meet the requirements of the law"),
("noncompliant-decree-64", "Үкіметтің 2008 жылғы 25 қаңтардағы № 64 қаулысында белгіленген талаптарға сәйкес келмеуі (қаулы мемлекеттік білім беру мекемелерінің білім алушыларына көмек туралы)", "Несоответствие требованиям постановления Правительства от 25 января 2008 года № 64 (постановление — о помощи обучающимся государственных учреждений образования)", "Not meeting Government decree No. 64 of 25.01.2008 (the decree governs help to pupils of state education institutions)"),
("noncompliant-decree-382", "Үкіметтің 2012 жылғы 30 наурыздағы № 382 қаулысында белгіленген талаптарға сәйкес келмеуі", "Несоответствие требованиям постановления Правительства от 30 марта 2012 года № 382", "Not meeting Government decree No. 382 of 30.03.2012 (state guardianship functions)"),
("noncompliant-civil-code-382", "Азаматтық кодекстің және Үкіметтің № 382 қаулысының талаптарына сәйкес келмеуі", "Несоответствие требованиям Гражданского кодекса и постановления Правительства № 382", "Not meeting the Civil Code and Government decree No. 382"),
("noncompliant-education-law-1256", "«Білім туралы» Заңның және Үкіметтің 2007 жылғы 21 желтоқсандағы № 1256 қаулысының талаптарына сәйкес келмеуі", "Несоответствие требованиям Закона «Об образовании» и постановления Правительства от 21 декабря 2007 года № 1256", "Not meeting the Law «On education» and Government decree No. 1256 of 21.12.2007"),
("noncompliant-family-code", "«Неке (ерлі-зайыптылық) және отбасы туралы» Кодекстің талаптарына сәйкес келмеуі", "Несоответствие требованиям Кодекса «О браке (супружестве) и семье»", "Not meeting the Marriage and Family Code"),
("negative-approval", "Уәкілетті мемлекеттік органның келісу сұрауына берілген теріс жауабы, не сараптаманың, зерттеудің теріс қорытындысы", "Отрицательный ответ уполномоченного государственного органа на запрос о согласовании либо отрицательное заключение экспертизы, исследования", "A state body refused its approval, or an expert review gave a negative conclusion"),
("court-ban", "Қызметке немесе жекелеген қызмет түрлеріне тыйым салу туралы соттың заңды күшіне енген шешімінің (үкімінің) болуы", "Наличие вступившего в законную силу решения (приговора) суда о запрещении деятельности или отдельных видов деятельности", "A court decision in force bans the activity the service requires"),
("special-right", "Соттың заңды күшіне енген шешімі негізінде арнайы құқығынан айырылуы", "Лишение специального права на основании вступившего в законную силу решения суда", "A court decision in force deprived you of a special right the service requires"),
("no-consent", "Қолжетімділігі шектеулі дербес деректерге қол жеткізуге келісімнің болмауы («Дербес деректер және оларды қорғау туралы» Заңның 8-бабы)", "Отсутствие согласия на доступ к персональным данным ограниченного доступа (статья 8 Закона «О персональных данных и их защите»)", "No consent to access restricted personal data (Law on personal data, art. 8)"),
("applicant-minor", "Көрсетілетін қызметті алушының кәмелет жасқа толмауы", "Недостижение услугополучателем совершеннолетия", "You are under 18"),
("applicant-incapable", "Соттың көрсетілетін қызметті алушыны әрекетке қабілетсіз немесе әрекет қабілеті шектеулі деп тануы", "Признание судом услугополучателя недееспособным или ограниченно дееспособным", "A court declared you incapable or of limited capacity"),
("spouse-incapable", "Соттың ерлі-зайыптылардың біреуін әрекетке қабілетсіз немесе әрекет қабілеті шектеулі деп тануы", "Признание судом одного из супругов недееспособным или ограниченно дееспособным", "A court declared one of the spouses incapable or of limited capacity"),
("parental-rights-restricted", "Соттың ата-ана құқықтарынан айыруы немесе шектеуі", "Лишение судом родительских прав или ограничение в родительских правах", "A court deprived you of parental rights or limited them"),
("removed-as-guardian", "Міндеттерді тиісінше орындамағаны үшін қорғаншы немесе қамқоршы міндеттерінен шеттетілуі", "Отстранение от обязанностей опекуна или попечителя за ненадлежащее выполнение обязанностей", "You were removed as a guardian for not performing the duties properly"),
("adoption-cancelled", "Бала асырап алушылардың кінәсі бойынша соттың бала асырап алудың күшін жоюы", "Отмена судом усыновления по вине усыновителей", "A court cancelled an adoption through the adopters' fault"),
("disease", "Міндеттерді жүзеге асыруға кедергі келтіретін ауруының болуы", "Наличие заболевания, препятствующего осуществлению обязанностей", "A disease that prevents caring for the child"),
("no-permanent-residence", "Тұрақты тұрғылықты жерінің болмауы", "Отсутствие постоянного места жительства", "No permanent place of residence"),
("non-traditional-orientation", "Дәстүрлі емес жыныстық бағдарды ұстануы (заңда көрсетілген негіз)", "Пропаганда нетрадиционной сексуальной ориентации (основание, указанное в законе)", "A ground stated in the law: «non-traditional sexual orientation»"),
("conviction", "Қасақана қылмыс жасағаны үшін жойылмаған немесе алынбаған соттылығының болуы", "Наличие непогашенной или неснятой судимости за умышленное преступление", "An unexpunged conviction for an intentional crime"),
("no-citizenship", "Азаматтығының болмауы", "Отсутствие гражданства", "No citizenship"),
("single-man", "Тіркелген некеде тұрмайтын ер адамның өтініші (анасының қайтыс болуына немесе ата-ана құқығынан айырылуына байланысты баланы кемінде үш жыл іс жүзінде тәрбиелеген жағдайларды қоспағанда)", "Заявление лица мужского пола, не состоящего в зарегистрированном браке (кроме случаев фактического воспитания ребенка не менее трех лет в связи со смертью матери или лишением ее родительских прав)", "A man not in a registered marriage (unless he has brought the child up for at least three years after the mother's death or deprivation of her rights)"),
("income-below-subsistence", "Балаға ең төмен күнкөріс деңгейін қамтамасыз ететін табысының болмауы", "Отсутствие дохода, обеспечивающего ребенку прожиточный минимум", "No income that gives the child at least the subsistence minimum"),
("narcological-registration", "Наркологиялық немесе психоневрологиялық диспансерлерде есепте тұруы", "Состояние на учете в наркологическом или психоневрологическом диспансерах", "Registered at a narcological or psychoneurological dispensary"),
("serious-crime", "Адам өлтіру, денсаулыққа қасақана зиян келтіру, халық денсаулығына және имандылыққа, жыныстық тиіспеушілікке қарсы қылмыстық құқық бұзушылықтар, экстремистік немесе террористік қылмыстар, адам саудасы үшін сотталғандығы бар немесе болған, қылмыстық қудалауға ұшырап отырған немесе ұшыраған адамдар (Қылмыстық-процестік кодекстің 35-бабы бірінші бөлігінің 1) және 2) тармақшалары негізінде қылмыстық қудалау тоқтатылғандарды қоспағанда)", "Лица, имеющие или имевшие судимость, подвергающиеся или подвергавшиеся уголовному преследованию за убийство, умышленное причинение вреда здоровью, уголовные правонарушения против здоровья населения и нравственности, половой неприкосновенности, экстремистские или террористические преступления, торговлю людьми (за исключением лиц, уголовное преследование которых прекращено на основании пунктов 1) и 2) части первой статьи 35 Уголовно-процессуального кодекса)", "A conviction, now or in the past, or a prosecution, now or in the past, for murder, intentional harm to health, criminal offences against public health and morality or against sexual inviolability, extremist or terrorist crimes, or human trafficking (except where the prosecution was terminated under art. 35 part 1 sub. 1) or 2) of the Criminal Procedure Code)"),
("no-training", "Психологиялық даярлықтан өтпеуі («Неке (ерлі-зайыптылық) және отбасы туралы» Кодекстің 91-бабының 4-тармағы)", "Непрохождение психологической подготовки (пункт 4 статьи 91 Кодекса «О браке (супружестве) и семье»)", "No psychological training (Marriage and Family Code art. 91 p.4)"),
("ward-housing-transaction", "Он төрт жасқа толмаған жетім баланың, ата-анасының қамқорлығынсыз қалған баланың тұрғын үйіне қатысты мәмілелер: иеліктен шығару (оның ішінде айырбастау, сыйға тарту), олардың атынан кепілгерлік шарты, тұрғын үйді өтеусіз пайдалануға беру, кепілге қою, заң немесе өсиет бойынша тиесілі мұрагерлік құқықтардан бас тарту, тұрғын үйді бөлу немесе одан үлес бөліп алу", "Сделки с жильем ребенка-сироты, ребенка, оставшегося без попечения родителей, не достигшего четырнадцати лет: отчуждение (в том числе мена, дарение), договор поручительства от их имени, передача жилья в безвозмездное пользование, залог, отказ от причитающихся им по закону или по завещанию прав наследования, раздел жилья или выделение из него доли", "A transaction with the home of an orphan or a child without parental care under 14: alienation (including exchange or gift), a surety contract on the child's behalf, handing the home over for free use, a pledge, renouncing an inheritance due to the child by law or by will, dividing the home or allocating a share of it"),
("agency-documents-noncompliant", "Ұсынылған құжаттардың заңнама талаптарына сәйкес болмауы", "Несоответствие представленных документов требованиям законодательства", "The agency's documents do not meet the law"),
("agency-unreliable-information", "Өз қызметі туралы дәйексіз мәліметтер ұсынылуы", "Представление недостоверных сведений о своей деятельности", "Unreliable information about the agency's activity"),
("agency-negative-information", "Агенттіктің қызметі туралы жағымсыз ақпараттың болуы", "Наличие негативной информации о деятельности агентства", "Negative information about the agency from foreign or Kazakh authorities"),
("agency-unfavourable-situation", "Агенттік орналасқан мемлекеттегі қолайсыз әлеуметтік-экономикалық, саяси, экологиялық ахуал, әскери іс-қимылдар", "Неблагоприятная социально-экономическая, политическая, экологическая обстановка, военные действия в государстве агентства", "Unfavourable situation or military action in the agency's state"),
("agency-staff-violation", "Агенттіктің филиалы және (немесе) өкілдігі қызметкерлерінің заңнаманы бұзуы", "Нарушение законодательства работниками филиала и (или) представительства агентства", "Staff of the agency's branch broke Kazakh law"),
("agency-monitoring-breach", "Асырап алынған балаларды бақылау және есептер беру жөніндегі міндеттемелерді бұзуы", "Нарушение обязательств по контролю за усыновленными детьми и представлению отчетов", "Breach of the monitoring and reporting undertakings"),
("agency-consular-breach", "Баланың консулдық есепке қойылуын бақылау жөніндегі міндеттемелерді бұзуы", "Нарушение обязательств по контролю за постановкой ребенка на консульский учет", "Breach of the consular-registration undertaking"),
("agency-activity-ceased", "Агенттіктің өз мемлекеті аумағында қызметінің тоқтатылуы", "Прекращение деятельности агентства на территории своего государства", "The agency ceased activity in its own state"),
("agency-number-exceeded", "Аккредиттелген агенттіктердің белгіленген санынан асуы", "Превышение установленного количества аккредитованных агентств", "The set number of accredited agencies is reached"),
("not-in-any-category", "Бала қызмет көзделген санаттардың ешқайсысына жатпайды", "Ребенок не относится ни к одной из категорий, для которых предусмотрена услуга", "The child is in none of the categories the service is for"),
("not-for-parents", "Бұл қызмет ата-аналарға арналмаған", "Эта услуга не предназначена для родителей", "This service is not for parents"),
("not-state-institution-pupil", "Қызмет мемлекеттік білім беру мекемелерінің білім алушылары мен тәрбиеленушілеріне ғана көрсетіледі", "Услуга оказывается только обучающимся и воспитанникам государственных учебных заведений", "The service is only for pupils of state education institutions"),
("not-kazakhstan-citizen-resident", "Есепке Қазақстан Республикасының аумағында тұрақты тұратын Қазақстан Республикасының азаматтары ғана қойылады", "На учет ставятся только граждане Республики Казахстан, постоянно проживающие на ее территории", "Only citizens of Kazakhstan permanently residing in Kazakhstan are registered"),
("child-of-full-age", "Қызмет кәмелетке толмаған (18 жасқа толмаған) балаға ғана көрсетіледі", "Услуга оказывается только несовершеннолетнему ребенку (до 18 лет)", "The service is only for a minor child (under 18)"),
# Annex 5 row 5 (00402004): the service itself is about a minor's property (ScopeRule
# child-of-full-age-minors-property, no reading note).
("child-of-full-age-minors-property", "Анықтама кәмелетке толмаған (18 жасқа толмаған) балалардың мүлкіне иелік ету үшін ғана беріледі: бала кәмелетке толған", "Справка выдается только для распоряжения имуществом несовершеннолетних детей (до 18 лет): ребенок совершеннолетний", "The certificate is given only for disposing of the property of a minor child (under 18): the child is of full age"),
("not-legal-representative", "Өтінішті баланың заңды өкілдерінің бірі береді", "Заявление подает один из законных представителей ребенка", "The application is made by one of the child's legal representatives"),
("age-reached-after-submission", "Бала өтініш берілген күннен кейін, бірақ өтініш қабылданатын күні немесе оған дейін он жасқа толады (жұмыс уақыты аяқталғаннан кейін, демалыс немесе мереке күні берілген өтініш келесі жұмыс күні қабылданады). № 414 бұйрық жасты қай күні есептеу керектігін көрсетпейді, сондықтан жауап күнге байланысты (бұл — түсіндіру). Сенімді болу үшін өтінішті бала он жасқа толған күні немесе одан кейін беріңіз.", "Ребенку исполняется десять лет после дня подачи заявления, но не позднее дня его приема (заявление, поданное после окончания рабочего времени, в выходной или праздничный день, принимается следующим рабочим днем). Приказ № 414 не говорит, на какой день определяется возраст, поэтому ответ зависит от дня (это толкование). Чтобы не рисковать, подайте заявление в день десятилетия ребенка или позже.", "The child turns ten after the day you submit but by the day the application is accepted (submitted after hours, on a day off or a holiday, it is accepted on the next working day). Order No. 414 does not say on which day the age is taken, so the answer depends on the day (a reading). To be safe, submit on or after the child's tenth birthday."),
("child-under-ten", "Бала өтініш қабылданатын күні әлі он жасқа толмаған: қызмет он жасқа толған баланың пікірі туралы. Өтінішті бала он жасқа толғаннан кейін (туған күні немесе одан кейін) беріңіз.", "Ребенку на день приема заявления еще нет десяти лет: услуга — о мнении ребенка, достигшего десяти лет. Подайте заявление после того, как ребенку исполнится десять лет (в день рождения или позже).", "The child is not yet ten on the day the application is accepted: the service is about the opinion of a child who has reached ten. Apply on or after the child's tenth birthday."),
("not-deprived-parent", "Қызмет ата-ана құқықтарынан айырылған ата-анаға ғана көрсетіледі (нәтижесі — баламен кездесуге рұқсат; өтінішке ата-ана құқықтарынан айыру туралы сот шешімі қоса беріледі). Жауабыңыз бойынша сіз бұл құқықтардан айырылмағансыз.", "Услуга оказывается только родителю, лишенному родительских прав (ее результат — разрешение на свидания с ребенком; к заявлению прилагается решение суда о лишении родительских прав). По вашему ответу вы этих прав не лишены.", "The service is only for a parent deprived of parental rights (its result is a permit to meet the child; the court decision on the deprivation is attached to the application). By your answer you are not deprived of them."),
("not-remote-rural-settlement", "Қызмет шалғайдағы ауылдық елді мекенде тұратын балаға көрсетіледі (оны жалпы білім беру ұйымына және кері қарай үйіне тегін тасымалдау). Жауабыңыз бойынша отбасы шалғайдағы ауылдық елді мекенде тұрмайды.", "Услуга оказывается ребенку, проживающему в отдаленном сельском пункте (бесплатный подвоз в школу и обратно домой). По вашему ответу семья в отдаленном сельском пункте не живет.", "The service is for a child living in a remote rural settlement (free transport to school and back home). By your answer the family does not live in one."),
]
for code, kk, ru, en in R: m("refusal-" + code, kk, ru, en)

E = [
("tsa-family", "Атаулы әлеуметтік көмек алуға құқығы бар отбасылардың балалары", "Дети из семей, имеющих право на получение адресной социальной помощи", "Children of families entitled to targeted social assistance"),
("income-below-subsistence", "Атаулы әлеуметтік көмек алмайтын, жан басына шаққандағы орташа табысы күнкөріс деңгейінен төмен отбасылардың балалары", "Дети из семей, не получающих адресную социальную помощь, в которых среднедушевой доход ниже прожиточного минимума", "Children of families with per-capita income below the subsistence minimum who get no targeted social assistance"),
("orphan-in-family", "Отбасыларда тұратын жетім балалар және ата-анасының қамқорлығынсыз қалған балалар", "Дети-сироты и дети, оставшиеся без попечения родителей, проживающие в семьях", "Orphans and children without parental care brought up in families"),
("emergency-or-collegial", "Төтенше жағдайлардың салдарынан шұғыл жәрдемді қажет ететін отбасылардың балалары және алқалы басқару органы айқындаған өзге де санаттар", "Дети из семей, требующих экстренной помощи в результате чрезвычайных ситуаций, и иные категории, определяемые коллегиальным органом управления", "Children of families needing urgent help after an emergency, and other categories set by the school's collegial body"),
("orphan-or-without-care", "Жетім бала немесе ата-анасының қамқорлығынсыз қалған бала", "Ребенок-сирота или ребенок, оставшийся без попечения родителей", "An orphan or a child left without parental care"),
("remote-rural-settlement", "Шалғайдағы ауылдық елді мекенде тұратын бала", "Ребенок, проживающий в отдаленном сельском пункте", "A child living in a remote rural settlement"),
("deprived-parent", "Ата-ана құқықтарынан айырылған ата-ана", "Родитель, лишенный родительских прав", "A parent deprived of parental rights"),
("child-aged-10", "Он жасқа толған бала", "Ребенок, достигший десятилетнего возраста", "A child aged ten or older"),
]
for code, kk, ru, en in E: m("eligibility-" + code, kk, ru, en)
m("out-of-scope-legal-entities", "Өтінішті шетелдік бала асырап алу агенттігінің сенім білдірілген тұлғасы береді: ата-аналар бұл қызметті алмайды.",
  "Заявление подает доверенное лицо иностранного агентства по усыновлению: родители эту услугу не получают.",
  "The applicant is the authorised person of a foreign adoption agency: parents do not apply for this service.")

# What the verdict waits for, where the question's own text is a label: the
# child's birth date (a category reads the age, Annex 20), as what to do.
m("pending-child-birth-date",
  "Баланың туған күнін енгізіңіз: қызметті алуға болатыны баланың жасына байланысты",
  "Укажите дату рождения ребенка: можно ли получить услугу, зависит от его возраста",
  "Enter the child's date of birth: whether the service can be given depends on the child's age")
# Why the date is asked, per service: the age the order names
# (evaluation::pending_key_at: Annex 5, Annex 6, Annex 20).
m("pending-child-birth-date-minor",
  "Баланың туған күнін енгізіңіз: қызмет кәмелетке толмаған (18 жасқа толмаған) баланың мүлкі туралы ғана, сондықтан қызметті алуға болатыны баланың жасына байланысты",
  "Укажите дату рождения ребенка: услуга — только об имуществе несовершеннолетнего ребенка (до 18 лет), поэтому можно ли ее получить, зависит от его возраста",
  "Enter the child's date of birth: the service concerns only the property of a minor child (under 18), so whether it can be given depends on the child's age")
m("pending-child-birth-date-minor-reading",
  "Баланың туған күнін енгізіңіз: бұйрық бұл қызметтің баласын «кәмелетке толмаған» деп атайды, ал Kezek түсіндірмесі бойынша қызмет 18 жасқа толмаған балаға ғана көрсетіледі, сондықтан қызметті алуға болатыны баланың жасына байланысты",
  "Укажите дату рождения ребенка: приказ называет ребенка этой услуги «несовершеннолетним», и по толкованию Kezek услуга оказывается только ребенку до 18 лет, поэтому можно ли ее получить, зависит от его возраста",
  "Enter the child's date of birth: the order calls the child of this service a «minor», and by Kezek's reading the service is only for a child under 18, so whether it can be given depends on the child's age")
m("pending-child-birth-date-aged-10-minor-reading",
  "Баланың туған күнін енгізіңіз: қызмет он жасқа толған баланың пікірі туралы, ал бұйрық ол баланы «кәмелетке толмаған» деп атайды — Kezek түсіндірмесі бойынша 18 жасқа толмаған; сондықтан қызметті алуға болатыны баланың жасына байланысты",
  "Укажите дату рождения ребенка: услуга — о мнении ребенка, достигшего десяти лет, а приказ называет этого ребенка «несовершеннолетним» — по толкованию Kezek, до 18 лет; поэтому можно ли ее получить, зависит от его возраста",
  "Enter the child's date of birth: the service is about the opinion of a child aged ten or older, and the order calls that child a «minor» — by Kezek's reading, under 18; so whether it can be given depends on the child's age")
# Questions (q-<field>) for the yes/no facts, and the child's birth date.
Q = [
("child_birth_date", "Баланың туған күні", "Дата рождения ребенка", "Child's date of birth"),
("other_children_birth_dates", "Өтініш қатысты басқа балалар (олардың туған күндері)", "Другие дети, которых касается заявление (их даты рождения)", "Other children the application concerns (their dates of birth)"),
("child_birth_in_civil_registry", "Баланың тууы Қазақстанда АХАЖ-да тіркелген бе?", "Рождение ребенка зарегистрировано в ЗАГС Казахстана?", "Is the child's birth registered with the civil registry in Kazakhstan?"),
("child_born_abroad", "Бала Қазақстаннан тыс жерде туды ма?", "Ребенок родился за пределами Казахстана?", "Was the child born outside Kazakhstan?"),
("married", "Сіз некеде тұрасыз ба?", "Вы состоите в браке?", "Are you married?"),
("marriage_in_civil_registry", "Неке (ажырасу) болса: ол Қазақстанда АХАЖ-да тіркелген бе?", "Если есть брак (развод): он зарегистрирован в ЗАГС Казахстана?", "If you are married or divorced: is the marriage (divorce) registered with the civil registry in Kazakhstan?"),
("married_abroad", "Неке шетелде қиылды ма?", "Брак заключен за рубежом?", "Did you marry abroad?"),
("family_receives_targeted_social_assistance", "Отбасы атаулы әлеуметтік көмек ала ма (оны алушылар қатарында ма)?", "Семья получает адресную социальную помощь (состоит в числе ее получателей)?", "Does the family receive targeted social assistance (is it among its recipients)?"),
("per_capita_income_below_subsistence", "Отбасының жан басына шаққандағы табысы күнкөріс деңгейінен төмен бе?", "Среднедушевой доход семьи ниже прожиточного минимума?", "Is the family's income per person below the subsistence minimum?"),
("child_orphan", "Бала жетім бе?", "Ребенок — сирота?", "Is the child an orphan?"),
("child_without_parental_care", "Бала ата-анасының қамқорлығынсыз қалды ма?", "Ребенок остался без попечения родителей?", "Is the child left without parental care?"),
("child_brought_up_in_family", "Бала отбасында (қорғаншылықта (қамқоршылықта), патронатта немесе қабылдаушы отбасында) тәрбиеленеді ме?", "Ребенок воспитывается в семье (под опекой (попечительством), патронатом или в приемной семье)?", "Is the child brought up in a family: under guardianship (trusteeship), patronage or in a foster family?"),
("child_in_residential_institution", "Бала жетім балаларға арналған білім беру ұйымында тұра ма?", "Ребенок живет в организации образования для детей-сирот?", "Does the child live in an institution for orphans?"),
("family_in_emergency_or_collegial_category", "Отбасы төтенше жағдайдан зардап шекті ме, не мектептің алқалы органы балаға санат берді ме?", "Семья пострадала от чрезвычайной ситуации или коллегиальный орган школы определил ребенку категорию?", "Was the family hit by an emergency, or did the school's collegial body place the child in a category?"),
("going_to_health_camp", "Бала сауықтыру лагеріне бара ма?", "Ребенок едет в оздоровительный лагерь?", "Is the child going to a health camp?"),
("lives_in_remote_rural_settlement", "Отбасы шалғайдағы ауылдық елді мекенде тұра ма?", "Семья живет в отдаленном сельском пункте?", "Does the family live in a remote rural settlement?"),
("housing_transaction_restricted", "Баланың тұрғын үйіне қатысты мыналардың бірі көзделе ме: сату, айырбастау не сыйға тарту; баланың атынан кепілгерлік шарты; тұрғын үйді өтеусіз пайдалануға беру; кепілге қою; мұрадан бас тарту; тұрғын үйді бөлу не одан үлес бөліп алу?", "Планируется ли с жильем ребенка: продажа, мена или дарение; договор поручительства от имени ребенка; передача жилья в безвозмездное пользование; залог; отказ от наследства; раздел жилья или выделение из него доли?", "Is any of these planned for the child's home: sale, exchange or gift; a surety contract on the child's behalf; handing it over for free use; a pledge; renouncing an inheritance; dividing it or allocating a share of it?"),
("inheritance_right_arose", "Балада заң бойынша мұраға құқық туындады ма?", "У ребенка возникло право на наследство по закону?", "Has the child a right to inherit by law?"),
("property_in_state_systems", "Мүлік мемлекеттік ақпараттық жүйелерде тіркелген бе?", "Имущество зарегистрировано в государственных информационных системах?", "Is the property recorded in state information systems?"),
("one_parent_not_caring", "Ата-ананың бірі балаға қамқорлық жасамай ма (мысалы, қайтыс болған немесе қайтыс болды деп жарияланған, ата-ана құқықтарынан айырылған немесе құқықтары шектелген, хабарсыз кеткен, әрекетке қабілетсіз немесе әрекет қабілеті шектеулі деп танылған, не әкесі туралы мәліметтер туу туралы акт жазбасына анасының өтініші бойынша енгізілген)?", "Один из родителей не заботится о ребенке (например, умер или объявлен умершим, лишен родительских прав или ограничен в них, признан безвестно отсутствующим, недееспособным или ограниченно дееспособным, или сведения об отце внесены в запись о рождении по заявлению матери)?", "Does one parent not care for the child (for example: has died or been declared dead, is deprived of parental rights or restricted in them, is missing, is recognised as incapable or of limited capacity, or the father was entered in the birth record on the mother's statement)?"),
("other_parent_lives_separately", "Баланың екінші заңды өкілі бөлек тұра ма?", "Второй законный представитель ребенка живет отдельно?", "Does the child's other legal representative live separately?"),
("applicant_owns_housing", "Сізде (жұбайыңызда) меншікті тұрғын үй бар ма?", "У вас (супруга) есть жилье в собственности?", "Do you (or your spouse) own your home?"),
("applicant_is_close_relative", "Сіз баланың жақын туысысыз ба (ата-әже, аға-әпке, іні-қарындас)?", "Вы близкий родственник ребенка (дедушка, бабушка, брат, сестра)?", "Are you a close relative of the child (grandparent, brother or sister)?"),
("applicant_is_relative_or_stepparent", "Сіз баланың туысысыз ба не өгей әкесі (шешесі)?", "Вы родственник ребенка или его отчим (мачеха)?", "Are you a relative of the child, or their stepfather or stepmother?"),
("applicant_has_training", "Психологиялық дайындықтан өттіңіз бе (сертификат бар ма)?", "Вы прошли психологическую подготовку (есть сертификат)?", "Have you completed the psychological training (do you have the certificate)?"),
("applicant_deprived_of_parental_rights", "Сіз осы баланың ата-ана құқықтарынан айырылдыңыз ба?", "Вы лишены родительских прав в отношении этого ребенка?", "Were you deprived of parental rights to this child?"),
("applicant_minor", "Сізге 18 жас толмады ма?", "Вам нет 18 лет?", "Are you under 18?"),
("applicant_incapable", "Сот сізді әрекетке қабілетсіз немесе әрекет қабілеті шектеулі деп таныды ма?", "Суд признал вас недееспособным или ограниченно дееспособным?", "Has a court declared you incapable or of limited capacity?"),
("spouse_incapable", "Сот жұбайыңызды әрекетке қабілетсіз немесе әрекет қабілеті шектеулі деп таныды ма?", "Суд признал вашего супруга недееспособным или ограниченно дееспособным?", "Has a court declared your spouse incapable or of limited capacity?"),
("applicant_parental_rights_restricted", "Сот сізді ата-ана құқықтарынан айырды ма немесе шектеді ме?", "Суд лишал или ограничивал вас в родительских правах?", "Has a court deprived you of parental rights or limited them?"),
("removed_as_guardian", "Сізді қорғаншы міндеттерінен шеттетті ме?", "Вас отстраняли от обязанностей опекуна?", "Were you ever removed as a guardian?"),
("adoption_cancelled_by_fault", "Сіздің кінәңіз бойынша бала асырап алудың күші жойылды ма?", "Усыновление отменялось по вашей вине?", "Was an adoption cancelled through your fault?"),
("disease_preventing_care", "Сізде балаға қамқорлық жасауға кедергі келтіретін ауру бар ма?", "У вас есть заболевание, препятствующее заботе о ребенке?", "Do you have a disease that prevents caring for a child?"),
("permanent_residence", "Сізде тұрақты тұрғылықты жер бар ма?", "У вас есть постоянное место жительства?", "Do you have a permanent place of residence?"),
("non_traditional_orientation", "Заңда көрсетілген негіз: дәстүрлі емес жыныстық бағдар", "Основание, указанное в законе: нетрадиционная сексуальная ориентация", "A ground stated in the law: «non-traditional sexual orientation»"),
("unexpunged_intentional_conviction", "Қасақана қылмыс үшін өтелмеген соттылығыңыз бар ма?", "У вас есть непогашенная судимость за умышленное преступление?", "Do you have an unexpunged conviction for an intentional crime?"),
("citizenship", "Сізде азаматтық бар ма?", "У вас есть гражданство?", "Do you have citizenship?"),
("single_man", "Сіз тіркелген некеде тұрмайтын ер адамсыз ба?", "Вы мужчина, не состоящий в зарегистрированном браке?", "Are you a man not in a registered marriage?"),
("raised_child_three_years", "Анасы қайтыс болғаннан (құқығынан айырылғаннан) кейін баланы кемінде үш жыл тәрбиеледіңіз бе?", "Вы воспитываете ребенка не менее трех лет после смерти (лишения прав) матери?", "Have you brought the child up for at least three years since the mother's death or deprivation of rights?"),
("income_covers_subsistence_minimum", "Табысыңыз балаға ең төмен күнкөріс деңгейін қамтамасыз ете ме?", "Ваш доход обеспечивает ребенку прожиточный минимум?", "Does your income give the child at least the subsistence minimum?"),
("narcological_or_psychiatric_registration", "Наркологиялық немесе психоневрологиялық диспансерде есепте тұрасыз ба?", "Вы состоите на учете в наркологическом или психоневрологическом диспансере?", "Are you registered at a narcological or psychoneurological dispensary?"),
("serious_crime_record", "Адам өлтіру, денсаулыққа қасақана зиян келтіру, халық денсаулығына және имандылыққа, жыныстық тиіспеушілікке қарсы құқық бұзушылықтар, экстремистік немесе террористік қылмыстар, адам саудасы үшін сотталғандығыңыз бар ма немесе болды ма, қылмыстық қудалауға ұшырадыңыз ба? (Қудалау ҚПК 35-бабы бірінші бөлігінің 1) немесе 2) тармақшасы бойынша тоқтатылса, «жоқ» деп жауап беріңіз.)", "Есть или была ли у вас судимость, подвергались ли вы уголовному преследованию за убийство, умышленное причинение вреда здоровью, правонарушения против здоровья населения и нравственности, половой неприкосновенности, экстремистские или террористические преступления, торговлю людьми? (Ответьте «нет», если преследование прекращено по пунктам 1) или 2) части первой статьи 35 УПК.)", "Have you ever been convicted, or are or were you prosecuted, for murder, intentional harm to health, offences against public health and morality or against sexual inviolability, extremist or terrorist crimes, or human trafficking? (Answer no if the prosecution was terminated under art. 35 part 1 sub. 1) or 2) of the Criminal Procedure Code.)"),
("documents_unreliable", "Құжаттардың анықтығы (көрсетілетін қызметті беруші тексереді)", "Достоверность документов (проверяет услугодатель)", "Whether the documents are reliable (the provider checks)"),
("noncompliant_with_acts", "Заң талаптарына сәйкестік (көрсетілетін қызметті беруші тексереді)", "Соответствие требованиям законодательства (проверяет услугодатель)", "Compliance with the law (the provider checks)"),
("negative_approval_or_expertise", "Келісу және сараптама (көрсетілетін қызметті беруші тексереді)", "Согласования и экспертиза (проверяет услугодатель)", "Approvals and expert review (the provider checks)"),
("court_ban_on_activity", "Соттың тыйым салуы (көрсетілетін қызметті беруші тексереді)", "Запрет суда (проверяет услугодатель)", "Court bans (the provider checks)"),
("deprived_of_special_right", "Арнайы құқықтан айыру (көрсетілетін қызметті беруші тексереді)", "Лишение специального права (проверяет услугодатель)", "Deprivation of a special right (the provider checks)"),
("personal_data_consent", "Дербес деректерге қол жеткізуге келісім", "Согласие на доступ к персональным данным", "Consent to access your personal data"),
("child_in_state_education_institution", "Бала мемлекеттік білім беру мекемесінде (жеке меншік мектепте емес) оқи ма?", "Ребенок учится в государственном учебном заведении (не в частной школе)?", "Does the child study at a state education institution (not a private school)?"),
("kazakhstan_citizen_resident", "Сіз Қазақстан Республикасының азаматысыз ба және Қазақстанда тұрақты тұрасыз ба?", "Вы гражданин Республики Казахстан и постоянно проживаете в Казахстане?", "Are you a citizen of Kazakhstan permanently residing in Kazakhstan?"),
("applicant_is_legal_representative", "Сіз баланың заңды өкілісіз бе (ата-анасы, асырап алушысы, қорғаншысы немесе қамқоршысы, баланы қабылдайтын ата-анасы, баланы қабылдайтын кәсіби тәрбиеші, патронат тәрбиешісі немесе Қазақстан Республикасының заңнамасына сәйкес олардың орнындағы басқа адам)?", "Вы законный представитель ребенка (родитель, усыновитель, опекун или попечитель, приемный родитель, профессиональный приемный воспитатель, патронатный воспитатель или другое лицо, заменяющее их в соответствии с законодательством Республики Казахстан)?", "Are you the child's legal representative (parent, adoptive parent, guardian or trustee, foster parent, professional foster carer, patronage carer, or another person in their place under the law of Kazakhstan)?"),
("divorced", "Некеңіз тоқтатылды ма — ажырасқансыз ба немесе жесірсіз бе?", "Ваш брак прекращен — вы в разводе или вдова (вдовец)?", "Has your marriage ended — are you divorced or widowed?"),
("not_caring_in_civil_registry", "Бұл АХАЖ-да тіркелген бе (қайтыс болуы туралы акт жазбасы, анасының өтініші бойынша туу туралы жазба)? Сот шешімі АХАЖ жазбасы емес.", "Это подтверждается записью ЗАГС (запись о смерти, запись о рождении со слов матери)? Решение суда — не запись ЗАГС.", "Is this recorded with the civil registry (a death record, a birth record made on the mother's statement)? A court decision is not such a record."),
]
for code, kk, ru, en in Q: m("q-" + code.replace("_", "-"), kk, ru, en)

L = [
("school_child", "Балам мектепте оқиды: мектепке қабылдау, тамақ, лагерь, тасымалдау, үйірмелер", "Мой ребенок учится в школе: прием, питание, лагерь, подвоз, кружки", "My child is at school: admission, meals, camps, transport, clubs"),
("becoming_guardian", "Мен қорғаншы немесе қабылдаушы ата-ана боламын", "Я становлюсь опекуном или приемным родителем", "I am becoming a guardian or foster parent"),
("adoption", "Мен бала асырап алғым келеді", "Я хочу усыновить ребенка", "I want to adopt a child"),
("child_rights_and_property", "Баланың мүлкі мен құқықтары туралы шешімдер", "Решения об имуществе и правах ребенка", "Decisions about my child's property and rights"),
("not_for_families", "Отбасыларға арналмаған", "Не для семей", "Not for families"),
]
for code, kk, ru, en in L: m("life-" + code.replace("_", "-"), kk, ru, en)


# Register services without a requirement list in Kezek's sources (seed 002): the register's fields only.
REG = [
("00402006", "Мүмкіндіктері шектеулі балаларды психологиялық-медициналық-педагогикалық тексеру және оларға консультациялық көмек көрсету",
  "Психолого-медико-педагогическое обследование детей с ограниченными возможностями и оказание им консультативной помощи",
  "Psychological-medical-pedagogical examination of children with limited abilities and counselling for them",
  "Психологиялық-медициналық-педагогикалық консультация, «электрондық үкіметтің» веб-порталы, ұялы байланыстың абоненттік құрылғысы",
  "Психолого-медико-педагогическая консультация, веб-портал «электронного правительства», абонентское устройство сотовой связи",
  "The psychological-medical-pedagogical consultation (PMPC), the egov.kz portal, a mobile phone"),
("00402007", "Дамуында проблемалары бар балалар мен жасөспірімдерді оңалту және әлеуметтік бейімдеу",
  "Реабилитация и социальная адаптация детей и подростков с проблемами в развитии",
  "Rehabilitation and social adaptation of children and adolescents with developmental problems",
  "Оңалту орталықтары, психологиялық-педагогикалық түзеу кабинеттері, «электрондық үкіметтің» веб-порталы, ұялы байланыстың абоненттік құрылғысы",
  "Реабилитационные центры, кабинеты психолого-педагогической коррекции, веб-портал «электронного правительства», абонентское устройство сотовой связи",
  "Rehabilitation centres, psychological-pedagogical correction rooms, the egov.kz portal, a mobile phone"),
("00403003", "Бастауыш, негізгі орта, жалпы орта білім берудің жалпы білім беретін бағдарламалары бойынша оқыту үшін ведомстволық бағыныстылығына қарамастан, білім беру ұйымдарына құжаттар қабылдау және оқуға қабылдау",
  "Прием документов и зачисление в организации образования независимо от ведомственной подчиненности для обучения по общеобразовательным программам начального, основного среднего, общего среднего образования",
  "Acceptance of documents and admission to schools, whatever their departmental subordination, for primary, basic secondary and general secondary education",
  "Бастауыш, негізгі орта және жалпы орта білім беру ұйымдары, «электрондық үкіметтің» веб-порталы",
  "Организации начального, основного среднего и общего среднего образования, веб-портал «электронного правительства»",
  "Primary, basic secondary and general secondary schools, the egov.kz portal"),
("00403004", "Бастауыш, негізгі орта, жалпы орта білім беру ұйымдарына денсаулығына байланысты ұзақ уақыт бойы бара алмайтын балаларды үйде жеке тегін оқытуды ұйымдастыру үшін құжаттар қабылдау",
  "Прием документов для организации индивидуального бесплатного обучения на дому детей, которые по состоянию здоровья в течение длительного времени не могут посещать организации начального, основного среднего, общего среднего образования",
  "Acceptance of documents to organise free individual schooling at home for children who for health reasons cannot attend school for a long time",
  "Бастауыш, негізгі орта және жалпы орта білім беру ұйымдары, «электрондық үкіметтің» веб-порталы, ұялы байланыстың абоненттік құрылғысы",
  "Организации начального, основного среднего и общего среднего образования, веб-портал «электронного правительства», абонентское устройство сотовой связи",
  "Primary, basic secondary and general secondary schools, the egov.kz portal, a mobile phone"),
("00403005", "Арнайы жалпы білім беретін оқу бағдарламалары бойынша оқыту үшін мүмкіндіктері шектеулі балалардың құжаттарын қабылдау және арнайы білім беру ұйымдарына (арнайы топтарға/сыныптарға) қабылдау",
  "Прием документов и зачисление детей с ограниченными возможностями в специальные организации образования (специальные группы/классы) для обучения по специальным общеобразовательным учебным программам",
  "Acceptance of documents and admission of children with limited abilities to special education organisations (special groups or classes) for special general-education programmes",
  "Арнайы білім беру ұйымдары, негізгі орта және жалпы орта білім беру ұйымдары, мектепке дейінгі ұйымдардың барлық түрлері, «электрондық үкіметтің» веб-порталы, ұялы байланыстың абоненттік құрылғысы",
  "Специальные организации образования, организации основного среднего и общего среднего образования, дошкольные организации всех видов, веб-портал «электронного правительства», абонентское устройство сотовой связи",
  "Special education organisations, basic and general secondary schools, preschool organisations of all kinds, the egov.kz portal, a mobile phone"),
("00403006", "Балаларға қосымша білім беру бойынша қосымша білім беру ұйымдарына құжаттар қабылдау және оқуға қабылдау",
  "Прием документов и зачисление в организации дополнительного образования для детей по предоставлению им дополнительного образования",
  "Acceptance of documents and admission to additional-education organisations for children",
  "Мемлекеттік корпорация, балаларға арналған қосымша білім беру ұйымдары, жалпы орта білім беру ұйымдары",
  "Государственная корпорация, организации дополнительного образования для детей, организации общего среднего образования",
  "The State Corporation, additional-education organisations for children, general secondary schools"),
("00403011", "Техникалық және кәсіптік, орта білімнен кейінгі және жоғары білім беру ұйымдарындағы тәрбиеленушілер мен білім алушылардың жекелеген санаттағы азаматтарына, сондай-ақ, қорғаншылық (қамқоршылықтағы) пен патронаттағы тұлғаларына тегін тамақтандыруды ұсыну",
  "Предоставление бесплатного питания отдельным категориям граждан, а также лицам, находящимся под опекой (попечительством) и патронатом, обучающимся и воспитанникам организаций технического и профессионального, послесреднего и высшего образования",
  "Free meals for certain categories of students of technical and vocational, post-secondary and higher education, and for persons under guardianship (trusteeship) or patronage",
  "Мемлекеттік корпорация, техникалық және кәсіптік, орта білімнен кейінгі, жоғары және (немесе) жоғары оқу орнынан кейінгі білім беру ұйымдары, «электрондық үкіметтің» веб-порталы, ұялы байланыстың абоненттік құрылғысы",
  "Государственная корпорация, организации технического и профессионального, послесреднего, высшего и (или) послевузовского образования, веб-портал «электронного правительства», абонентское устройство сотовой связи",
  "The State Corporation, technical and vocational, post-secondary, higher and postgraduate education organisations, the egov.kz portal, a mobile phone"),
("00403015", "Бастауыш, негізгі орта, жалпы орта білім беру ұйымдары арасында балаларды ауыстыру үшін құжаттарды қабылдау",
  "Прием документов для перевода детей между организациями начального, основного среднего, общего среднего образования",
  "Acceptance of documents to transfer children between primary, basic secondary and general secondary schools",
  "Бастауыш, негізгі орта және жалпы орта білім беру ұйымдары, «электрондық үкіметтің» веб-порталы",
  "Организации начального, основного среднего и общего среднего образования, веб-портал «электронного правительства»",
  "Primary, basic secondary and general secondary schools, the egov.kz portal"),
("00404002", "Қамқоршыларға немесе қорғаншыларға жетім баланы (жетім балаларды) және ата-анасының қамқорлығынсыз қалған баланы (балаларды) асырап-бағуға жәрдемақы тағайындау",
  "Назначение пособия опекунам или попечителям на содержание ребенка-сироты (детей-сирот) и ребенка (детей), оставшегося без попечения родителей",
  "Allowance to guardians or trustees for the upkeep of an orphan or a child left without parental care",
  "Мемлекеттік корпорация, «электрондық үкіметтің» веб-порталы",
  "Государственная корпорация, веб-портал «электронного правительства»",
  "The State Corporation, the egov.kz portal"),
("00404003", "Баланы (балаларды) патронаттық тәрбиелеуге беру және патронат тәрбиешілерге берілген баланы (балаларды) асырап-бағуға ақшалай қаражат төлеуді тағайындау",
  "Передача ребенка (детей) на патронатное воспитание и назначение выплаты денежных средств на содержание ребенка (детей), переданного патронатным воспитателям",
  "Placing a child in patronage upbringing and assigning the payment for the upkeep of a child placed with patronage carers",
  "«Электрондық үкіметтің» веб-порталы",
  "Веб-портал «электронного правительства»",
  "The egov.kz portal"),
("00404006", "Жетім баланы және (немесе) ата-анасының қамқорлығынсыз қалған баланы асырап алуға байланысты біржолғы ақшалай төлемді тағайындау",
  "Назначение единовременной денежной выплаты в связи с усыновлением ребенка-сироты и (или) ребенка, оставшегося без попечения родителей",
  "One-time payment on adopting an orphan or a child left without parental care",
  "«Электрондық үкіметтің» веб-порталы",
  "Веб-портал «электронного правительства»",
  "The egov.kz portal"),
]
for code, nk, nr, ne, ck, cr, ce in REG:
    m("reg-name-" + code, nk, nr, ne)
    m("reg-channels-" + code, ck, cr, ce)
m("reg-provider-00402006", "Психологиялық-медициналық-педагогикалық консультация", "Психолого-медико-педагогическая консультация", "The psychological-medical-pedagogical consultation (PMPC)")
m("reg-provider-00402007", "Оңалту орталықтары, психологиялық-педагогикалық түзеу кабинеттері", "Реабилитационные центры, кабинеты психолого-педагогической коррекции", "Rehabilitation centres, psychological-pedagogical correction rooms")
m("reg-provider-schools", "Бастауыш, негізгі орта және жалпы орта білім беру ұйымдары", "Организации начального, основного среднего и общего среднего образования", "Primary, basic secondary and general secondary schools")
m("reg-provider-00403005", "Арнайы білім беру ұйымдары, негізгі орта және жалпы орта білім беру ұйымдары, мектепке дейінгі ұйымдардың барлық түрлері", "Специальные организации образования, организации основного среднего и общего среднего образования, дошкольные организации всех видов", "Special education organisations, basic and general secondary schools, preschool organisations of all kinds")
m("reg-provider-00403006", "Балаларға арналған қосымша білім беру ұйымдары, жалпы орта білім беру ұйымдары", "Организации дополнительного образования для детей, организации общего среднего образования", "Additional-education organisations for children, general secondary schools")
m("reg-provider-00403011", "Техникалық және кәсіптік, орта білімнен кейінгі, жоғары және (немесе) жоғары оқу орнынан кейінгі білім беру ұйымдары", "Организации технического и профессионального, послесреднего, высшего и (или) послевузовского образования", "Technical and vocational, post-secondary, higher and (or) postgraduate education organisations")
m("reg-form-partial-paper", "Электрондық (ішінара автоматтандырылған) / қағаз түрінде", "Электронная (частично автоматизированная) / бумажная", "Electronic (partially automated) / paper")
m("reg-form-partial-paper-proactive", "Электрондық (ішінара автоматтандырылған) / қағаз түрінде / проактивті", "Электронная (частично автоматизированная) / бумажная / проактивная", "Electronic (partially automated) / paper / proactive")
m("reg-form-fully-automated", "Электрондық (толық автоматтандырылған)", "Электронная (полностью автоматизированная)", "Electronic (fully automated)")
m("reg-form-partial-paper-one-application", "Электрондық (ішінара автоматтандырылған) / қағаз түрінде / «бір өтініш» қағидаты бойынша", "Электронная (частично автоматизированная) / бумажная / по принципу «одного заявления»", "Electronic (partially automated) / paper / on the «one application» principle")
m("reg-fee-free", "Тегін", "Бесплатно", "Free of charge")
m("reg-fee-paid-or-free", "Ақылы / тегін", "Платно / бесплатно", "Paid or free")
m("reg-no-requirement-list", "Kezek-те бұл қызметтің құжаттар тізбесі мен бас тарту негіздері жоқ: олар Kezek сүйенетін құқықтық мәтіндерде берілмеген. Мұнда тек мемлекеттік көрсетілетін қызметтер тізілімінің деректері көрсетілген. Талаптарды көрсетілетін қызметті берушіден немесе egov.kz порталынан біліңіз.",
  "У Kezek нет перечня документов и оснований для отказа по этой услуге: их нет в правовых текстах, на которые опирается Kezek. Здесь показаны только сведения реестра государственных услуг. Требования уточните у услугодателя или на портале egov.kz.",
  "Kezek has no requirement list for this service: its documents and refusal grounds are not in the legal texts Kezek relies on. Shown here is only what the register of public services says. Ask the provider or see egov.kz for the requirements.")
m("reg-label-code", "Қызмет коды", "Код услуги", "Service code")
m("reg-label-provider", "Көрсетілетін қызметті беруші", "Услугодатель", "Provider")
m("reg-label-channels", "Өтініш қабылдау тәсілдері", "Способы подачи", "Where to apply")
m("reg-label-form", "Көрсету нысаны", "Форма оказания", "Form")
m("reg-label-fee", "Төлем", "Оплата", "Fee")
m("reg-label-source", "Дереккөз", "Источник", "Source")
m("reg-next-heading", "Келесі қадам", "Следующий шаг", "What comes next")

# Information card from seed 000 (state creative order in children's creative clubs; not a register service).
m("info-creative-clubs-name", "Балалар мен жасөспірімдерге арналған шығармашылық үйірмелердегі мемлекеттік шығармашылық тапсырыс", "Государственный творческий заказ в творческих кружках для детей и подростков", "State creative order in creative clubs for children and adolescents")
m("info-creative-clubs-who", "Өтінішті баланың заңды өкілі береді (ата-анасы, асырап алушысы, қорғаншысы немесе қамқоршысы, баланы қабылдайтын ата-анасы, патронат тәрбиешісі және олардың орнындағы басқа адамдар)", "Заявку подает законный представитель ребенка (родитель, усыновитель, опекун или попечитель, приемный родитель, патронатный воспитатель и другие лица, их заменяющие)", "The child's legal representative applies (a parent, adoptive parent, guardian or trustee, foster parent, patronage carer, or another person in their place)")
m("info-creative-clubs-how", "Өтініш таңдалған өнім берушіге (үйірмеге) ақпараттық жүйеде электрондық түрде беріледі", "Заявка подается в электронном виде в информационной системе выбранному поставщику (кружку)", "The application is made electronically, in the information system, to the chosen supplier (club)")
m("info-creative-clubs-when", "Орындар мен ваучерлерді ақпараттық жүйе күн сайын сағат 18:00-де автоматты түрде бөледі", "Места и ваучеры информационная система распределяет автоматически ежедневно в 18:00", "The information system allocates places and vouchers automatically every day at 18:00")
m("info-creative-clubs-fee", "Өтініш беру және орын бөлу заңды өкіл үшін тегін", "Подача заявки и распределение мест для законного представителя бесплатны", "Applying and the allocation of places cost the legal representative nothing")
m("info-creative-clubs-unknown", "Бұл тізілімдегі мемлекеттік қызмет емес. Жас шектері, кезектілік және квоталар Kezek-тегі мәтінде жоқ, сондықтан олар көрсетілмейді.", "Это не услуга из реестра. Возрастных ограничений, очередности и квот в тексте, который есть у Kezek, нет, поэтому они не показаны.", "This is not a register service. Age limits, priority order and quotas are not in the text Kezek has, so none are shown.")
m("life-special-needs", "Баламның ерекше білім беру қажеттіліктері бар", "У моего ребенка особые образовательные потребности", "My child has special educational needs")


# The .ftl files are generated, committed, and may be edited by translators:
#   python3 scripts/catalogue-messages.py           rewrite them from this table
#   python3 scripts/catalogue-messages.py --check   fail (exit 1) if they differ from
#                                                   this table; ./dev test runs it, so
#                                                   an edit to either side alone is caught
import sys
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "kezek-rules", "messages")
heads = {0: "kk", 1: "ru", 2: "en"}
drift = []
for i, lang in heads.items():
    text = f"# Service catalogue of order No. 414 (seed 001): services, providers, results,\n# documents, refusal grounds, categories, questions, life situations ({lang}).\n# Generated from one table so the three languages keep the same keys.\n\n"
    text += "".join(f"{k} = {v[i]}\n" for k, v in M.items())
    path = f"{out}/catalogue.{lang}.ftl"
    if "--check" in sys.argv[1:]:
        with open(path, encoding="utf-8") as fh:
            committed = fh.read().splitlines()
        generated = text.splitlines()
        if committed != generated:
            only_file = [l for l in committed if l not in set(generated)]
            only_table = [l for l in generated if l not in set(committed)]
            drift.append(f"catalogue.{lang}.ftl differs from scripts/catalogue-messages.py:")
            drift += [f"  only in the .ftl:   {l[:120]}" for l in only_file[:10]]
            drift += [f"  only in the table:  {l[:120]}" for l in only_table[:10]]
    else:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
if drift:
    print("\n".join(drift))
    print("Edit the table in scripts/catalogue-messages.py (the source) and run it, so all three files keep the same keys.")
    sys.exit(1)
print(f"{len(M)} messages" + (", the .ftl files match the table" if "--check" in sys.argv[1:] else ""))
