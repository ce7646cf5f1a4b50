## Safety advisories (kind: safety).
## Every safety message gets these variables:
##   $hazard       fallen-line, monsoon, illegal-connection, transformer-area, festival-lighting,
##                 agricultural-pump or other
##   $details      free text; given only when $hazard is other
##   $areas        where it applies, joined as a list; $has-areas is "yes" or "no";
##                 $areas-count how many (क्षेत्र for one, क्षेत्रों for more, as in outages)
##   $valid-until  last day it applies (only for safety-valid-until)
##   $report-phone number to report dangers to (only for safety-report)
## The standard advice for each hazard is a variant of safety-advice, one piece of advice
## per line; the notice prints each line as a point, then the data's own advice.

safety-heading = विद्युत सुरक्षा सूचना

safety-title = { $hazard ->
        [fallen-line] टूटे बिजली के तारों से सावधान
        [monsoon] वर्षा ऋतु में बरती जाने वाली सावधानियाँ
        [illegal-connection] अवैध बिजली कनेक्शन खतरनाक और दंडनीय है
        [transformer-area] ट्रांसफार्मर और उपकेंद्र के पास सावधानी बरतें
        [festival-lighting] त्योहारों पर सजावटी रोशनी करते समय सावधानियाँ
        [agricultural-pump] कृषि पंप के उपयोग में सावधानियाँ
       *[other] सामान्य सावधानियाँ
    }

# The same words in Marathi.
# check: same-in-both
safety-subject = विषय: { $details }

# "क्षेत्र के" for one area, "क्षेत्रों के" for more (Marathi's परिसरातील needs no count).
# check: allow variable-mismatch
safety-intro = { $has-areas ->
        [yes] { $areas-count ->
            [one] { $areas } क्षेत्र के सभी नागरिकों से अनुरोध है कि निम्नलिखित निर्देशों का पालन करें:
           *[other] { $areas } क्षेत्रों के सभी नागरिकों से अनुरोध है कि निम्नलिखित निर्देशों का पालन करें:
        }
       *[no] सभी नागरिकों से अनुरोध है कि निम्नलिखित निर्देशों का पालन करें:
    }

safety-advice = { $hazard ->
        [fallen-line]
            टूटे या लटकते बिजली के तारों, खंभों या उनके पास के पेड़ों को न छुएँ।
            ऐसा तार दिखने पर उस स्थान से दूर रहें और दूसरों को, विशेषकर बच्चों और पशुओं को, दूर रखें।
            तार को स्वयं हटाने या ठीक करने का प्रयास न करें।
            टूटे तार की सूचना तुरंत निकटतम बिजली कार्यालय को दें।
        [monsoon]
            वर्षा ऋतु में बिजली के खंभों, स्टे तारों और ट्रांसफार्मरों से दूर रहें।
            गीले हाथों से बिजली के उपकरण, स्विच या प्लग न छुएँ।
            घर की वायरिंग में नमी आने पर मुख्य स्विच बंद करें और अधिकृत विद्युत ठेकेदार से जाँच करवाएँ।
            बिजली के खंभों या स्टे तारों से पशु न बाँधें और उन पर कपड़े न सुखाएँ।
            आकाशीय बिजली कड़कने के समय पेड़ के नीचे या बिजली के खंभे के पास न रुकें।
        [illegal-connection]
            कटिया या हुकिंग से अवैध कनेक्शन लेना जानलेवा है और विद्युत अधिनियम के अंतर्गत दंडनीय अपराध है।
            अवैध कनेक्शन से विद्युत प्रणाली पर भार बढ़ता है और पूरे क्षेत्र की बिजली आपूर्ति बाधित हो सकती है।
            विधिवत आवेदन करके ही वैध कनेक्शन लें।
            अवैध कनेक्शन दिखने पर बिजली कार्यालय को सूचित करें; सूचना देने वाले का नाम गोपनीय रखा जाएगा।
        [transformer-area]
            ट्रांसफार्मर, उपकेंद्र और फीडर पिलर की बाड़ के भीतर प्रवेश न करें।
            ट्रांसफार्मर के पास कचरा न डालें, न जलाएँ और पशुओं को चरने न छोड़ें।
            बच्चों को ट्रांसफार्मर के पास खेलने न दें।
            ट्रांसफार्मर से तेल रिसाव, धुआँ या चिंगारी दिखने पर तुरंत सूचित करें।
        [festival-lighting]
            रोशनी और पंडाल के लिए अधिकृत अस्थायी बिजली कनेक्शन लें; कटिया न डालें।
            आईएसआई प्रमाणित तार और सामग्री का उपयोग करें और जोड़ों को ठीक से इंसुलेट करें।
            पंडाल और झाँकियों की वायरिंग केवल अधिकृत विद्युत ठेकेदार से ही करवाएँ।
            बिजली लाइनों और ट्रांसफार्मरों से सुरक्षित दूरी रखें; झंडे या पताकाएँ बिजली के तारों के पास न लगाएँ।
        [agricultural-pump]
            कृषि पंप के लिए आईएसआई प्रमाणित स्टार्टर, कैपेसिटर और उचित अर्थिंग का उपयोग करें।
            गीले हाथों या नंगे पैरों से स्टार्टर और मोटर को न छुएँ।
            पंप की मरम्मत से पहले मुख्य स्विच बंद करें।
            खेत से गुजरने वाले बिजली के तार लटक रहे हों तो उनके नीचे काम न करें और तुरंत सूचित करें।
       *[other]
            बिजली के तारों, खंभों और उपकरणों से सुरक्षित दूरी रखें।
            कोई भी खतरा दिखने पर तुरंत बिजली कार्यालय को सूचित करें।
    }

safety-valid-until = यह सूचना { DATE($valid-until, weekday: "none") } तक लागू रहेगी।

safety-report = कोई भी खतरा दिखने पर तुरंत { $report-phone } पर सूचित करें।

safety-closing = सावधान रहें, सुरक्षित रहें।

# A cancellation (status: cancel), which gives only $areas, when given. Says क्षेत्र or
# क्षेत्रों by $areas-count, which Marathi and English do not need.
# check: allow variable-mismatch
safety-cancelled = { $has-areas ->
        [yes] { $areas-count ->
            [one] { $areas } क्षेत्र के लिए जारी विद्युत सुरक्षा सूचना रद्द कर दी गई है।
           *[other] { $areas } क्षेत्रों के लिए जारी विद्युत सुरक्षा सूचना रद्द कर दी गई है।
        }
       *[no] पूर्व में जारी विद्युत सुरक्षा सूचना रद्द कर दी गई है।
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
## Each hazard's SMS gives its one most important piece of advice in fixed words (a template
## of its own), so that it says something a reader can act on, in at most 3 parts (201
## characters) with a full list of areas, the last day and a toll-free number: hence the
## short forms ("वर्षा में खंभों …", "… तक लागू।"). An advisory of its own (other) is headed by
## its subject instead of "विद्युत सुरक्षा".
##   $hazard       as above
##   $hazard-name  the advisory's own subject (details), only when $hazard is other
##   $areas        as many areas as fit, ending "2 अन्य" when some are left out
##   $area-list    none, one, many, or partial (some areas left out)
##   $until        the last day it applies: "30 सितंबर 2025" (only for sms-safety-until)
##   $phone        the number to report dangers to (only for sms-safety-report)

# Who is asked: "सतारा, कराड और पाटन क्षेत्रों के नागरिक".
sms-safety-who = { $area-list ->
        [none] सभी नागरिक
        [one] { $areas } क्षेत्र के नागरिक
       *[other] { $areas } क्षेत्रों के नागरिक
    }

sms-safety = { $hazard ->
        [fallen-line] विद्युत सुरक्षा - { sms-safety-who } टूटे या लटकते तारों को न छुएँ, दूर रहें।
        [monsoon] विद्युत सुरक्षा - { sms-safety-who } वर्षा में खंभों और ट्रांसफार्मरों से दूर रहें।
        [illegal-connection] विद्युत सुरक्षा - { sms-safety-who } कटिया डालकर बिजली न लें, यह दंडनीय अपराध है।
        [transformer-area] विद्युत सुरक्षा - { sms-safety-who } ट्रांसफार्मर और उपकेंद्र की बाड़ में न जाएँ।
        [festival-lighting] विद्युत सुरक्षा - { sms-safety-who } रोशनी के लिए वैध अस्थायी कनेक्शन ही लें।
        [agricultural-pump] विद्युत सुरक्षा - { sms-safety-who } गीले हाथों से कृषि पंप का स्टार्टर न छुएँ।
       *[other] { $hazard-name } - { sms-safety-who } बिजली के तारों और खंभों से दूर रहें।
    }

sms-safety-until = यह सूचना { $until } तक लागू।

sms-safety-report = खतरा दिखने पर { $phone } पर सूचित करें।

## CAP alerts (--format cap): the <event> and <description> of an advisory's <info>. Its
## headline is safety-title, its instruction safety-advice (and the data's advice),
## safety-report and safety-closing.

# The type of event, as a short noun phrase.
safety-cap-event = { $hazard ->
        [fallen-line] टूटे बिजली के तार
        [monsoon] वर्षा ऋतु में बिजली के खतरे
        [illegal-connection] अवैध बिजली कनेक्शन
        [transformer-area] ट्रांसफार्मर और उपकेंद्र के पास के खतरे
        [festival-lighting] त्योहारी सजावटी रोशनी में बिजली के खतरे
        [agricultural-pump] कृषि पंप के उपयोग में बिजली के खतरे
       *[other] बिजली का खतरा
    }

# Whom the advisory is for; its validity follows (safety-valid-until).
# check: allow variable-mismatch
safety-cap-description = { $has-areas ->
        [yes] { $areas-count ->
            [one] यह विद्युत सुरक्षा सूचना { $areas } क्षेत्र के नागरिकों के लिए है।
           *[other] यह विद्युत सुरक्षा सूचना { $areas } क्षेत्रों के नागरिकों के लिए है।
        }
       *[no] यह विद्युत सुरक्षा सूचना सभी नागरिकों के लिए है।
    }

# A cancellation (status: cancel): $areas unless $area-list is none.
sms-safety-cancelled = { $area-list ->
        [none] विद्युत सुरक्षा सूचना रद्द कर दी गई है।
        [partial] { $areas } क्षेत्रों के लिए विद्युत सुरक्षा सूचना रद्द कर दी गई है।
       *[other] { $areas } के लिए विद्युत सुरक्षा सूचना रद्द कर दी गई है।
    }
