## Safety advisories (kind: safety).
## Every safety message gets these variables:
##   $hazard       fallen-line, monsoon, illegal-connection, transformer-area, festival-lighting,
##                 agricultural-pump or other
##   $details      free text; given only when $hazard is other
##   $areas        where it applies, joined as a list; $has-areas is "yes" or "no";
##                 $areas-count how many (Hindi needs it; परिसरातील does not)
##   $valid-until  last day it applies (only for safety-valid-until)
##   $report-phone number to report dangers to (only for safety-report)
## The standard advice for each hazard is a variant of safety-advice, one piece of advice
## per line; the notice prints each line as a point, then the data's own advice.

safety-heading = वीज सुरक्षा सूचना

safety-title = { $hazard ->
        [fallen-line] तुटलेल्या वीजतारांपासून सावधान
        [monsoon] पावसाळ्यात घ्यावयाची काळजी
        [illegal-connection] अनधिकृत वीजजोडणी धोकादायक व दंडनीय
        [transformer-area] रोहित्र व उपकेंद्र परिसरात सावधानता बाळगा
        [festival-lighting] सणासुदीला रोषणाई करताना घ्यावयाची काळजी
        [agricultural-pump] कृषिपंप वापरताना घ्यावयाची काळजी
       *[other] सर्वसाधारण खबरदारी
    }

safety-subject = विषय: { $details }

safety-intro = { $has-areas ->
        [yes] { $areas } परिसरातील सर्व नागरिकांनी पुढील सूचनांचे काटेकोरपणे पालन करावे:
       *[no] सर्व नागरिकांनी पुढील सूचनांचे काटेकोरपणे पालन करावे:
    }

safety-advice = { $hazard ->
        [fallen-line]
            तुटलेल्या किंवा लोंबकळणाऱ्या वीजतारांना, वीजखांबांना किंवा त्यांच्या जवळच्या झाडांना स्पर्श करू नका.
            अशी तार दिसल्यास त्या जागेपासून दूर राहा आणि इतरांना, विशेषतः लहान मुले व जनावरे यांना दूर ठेवा.
            तार स्वतः हटवण्याचा किंवा दुरुस्त करण्याचा प्रयत्न करू नका.
            तुटलेल्या तारेची माहिती त्वरित जवळच्या वीज कार्यालयाला द्या.
        [monsoon]
            पावसाळ्यात वीजखांब, ताणतार आणि रोहित्रांपासून दूर राहा.
            ओल्या हाताने विजेची उपकरणे, स्विच किंवा प्लग हाताळू नका.
            घरातील वायरिंग ओलसर झाल्यास मुख्य स्विच बंद करा आणि अधिकृत विद्युत ठेकेदाराकडून तपासणी करून घ्या.
            वीजखांबांना किंवा ताणतारांना जनावरे बांधू नका आणि त्यांवर कपडे वाळत घालू नका.
            विजांच्या कडकडाटाच्या वेळी झाडाखाली किंवा वीजखांबाजवळ थांबू नका.
        [illegal-connection]
            आकडा टाकून अनधिकृत वीजजोडणी घेणे जीवघेणे आहे आणि विद्युत कायद्यानुसार दंडनीय गुन्हा आहे.
            अनधिकृत जोडणीमुळे वीज यंत्रणेवर ताण येऊन संपूर्ण परिसराचा वीजपुरवठा खंडित होऊ शकतो.
            रीतसर अर्ज करूनच अधिकृत वीजजोडणी घ्या.
            अनधिकृत वीजजोडणी दिसल्यास वीज कार्यालयाला कळवा; माहिती देणाऱ्याचे नाव गोपनीय ठेवले जाईल.
        [transformer-area]
            रोहित्र, उपकेंद्र आणि फीडर पिलरच्या कुंपणात प्रवेश करू नका.
            रोहित्राजवळ कचरा टाकू किंवा जाळू नका आणि जनावरे चरण्यास सोडू नका.
            मुलांना रोहित्राजवळ खेळू देऊ नका.
            रोहित्रातून तेलगळती, धूर किंवा ठिणग्या दिसल्यास त्वरित कळवा.
        [festival-lighting]
            रोषणाई आणि मंडपासाठी अधिकृत तात्पुरती वीजजोडणी घ्या; आकडा टाकू नका.
            आयएसआय प्रमाणित वायर व साहित्य वापरा आणि सांधे नीट इन्सुलेट करा.
            मंडप व देखाव्यांची वायरिंग अधिकृत विद्युत ठेकेदाराकडूनच करून घ्या.
            वीजवाहिन्या व रोहित्रांपासून सुरक्षित अंतर ठेवा; पताका किंवा झेंडे वीजतारांजवळ लावू नका.
        [agricultural-pump]
            कृषिपंपासाठी आयएसआय प्रमाणित स्टार्टर, कॅपॅसिटर आणि योग्य अर्थिंग वापरा.
            ओल्या हाताने किंवा अनवाणी पायाने स्टार्टर व मोटार हाताळू नका.
            पंपाची दुरुस्ती करण्यापूर्वी मुख्य स्विच बंद करा.
            शेतातून जाणाऱ्या वीजतारा लोंबकळत असल्यास त्यांच्याखाली काम करू नका आणि त्वरित कळवा.
       *[other]
            विजेच्या तारा, खांब आणि उपकरणांपासून सुरक्षित अंतर ठेवा.
            कोणताही धोका दिसल्यास त्वरित वीज कार्यालयाला कळवा.
    }

safety-valid-until = ही सूचना दि. { DATE($valid-until, weekday: "none") } पर्यंत लागू राहील.

safety-report = धोकादायक परिस्थिती दिसल्यास त्वरित { $report-phone } या क्रमांकावर कळवा.

safety-closing = सावध राहा, सुरक्षित राहा.

# A cancellation (status: cancel), which gives only $areas, when given.
safety-cancelled = { $has-areas ->
        [yes] { $areas } परिसरासाठी जारी केलेली वीज सुरक्षा सूचना रद्द करण्यात आली आहे.
       *[no] याआधी जारी केलेली वीज सुरक्षा सूचना रद्द करण्यात आली आहे.
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
## Each hazard's SMS gives its one most important piece of advice in fixed words (a template
## of its own), so that it says something a reader can act on, in at most 3 parts (201
## characters) with a full list of areas, the last day and a toll-free number: hence the
## short forms ("… पर्यंत लागू."). An advisory of its own (other) is headed by its subject
## instead of "वीज सुरक्षा".
##   $hazard       as above
##   $hazard-name  the advisory's own subject (details), only when $hazard is other
##   $areas        as many areas as fit, ending "इतर २" when some are left out
##   $area-list    none, one, many, or partial (some areas left out)
##   $until        the last day it applies: "३० सप्टेंबर २०२५" (only for sms-safety-until)
##   $phone        the number to report dangers to (only for sms-safety-report)

# Who is asked: "सातारा, कराड आणि पाटण परिसरातील नागरिकांनी".
sms-safety-who = { $area-list ->
        [none] सर्व नागरिकांनी
        [partial] { $areas } भागांतील नागरिकांनी
       *[other] { $areas } परिसरातील नागरिकांनी
    }

sms-safety = { $hazard ->
        [fallen-line] वीज सुरक्षा - { sms-safety-who } तुटलेल्या वीजतारांना स्पर्श करू नये, दूर राहावे.
        [monsoon] वीज सुरक्षा - { sms-safety-who } पावसाळ्यात वीजखांब व रोहित्रांपासून दूर राहावे.
        [illegal-connection] वीज सुरक्षा - { sms-safety-who } आकडा टाकून वीज घेऊ नये, तो दंडनीय गुन्हा आहे.
        [transformer-area] वीज सुरक्षा - { sms-safety-who } रोहित्र व उपकेंद्राच्या कुंपणात जाऊ नये.
        [festival-lighting] वीज सुरक्षा - { sms-safety-who } रोषणाईसाठी अधिकृत तात्पुरती वीजजोडणी घ्यावी.
        [agricultural-pump] वीज सुरक्षा - { sms-safety-who } ओल्या हाताने कृषिपंपाचा स्टार्टर हाताळू नये.
       *[other] { $hazard-name } - { sms-safety-who } विजेच्या तारा व खांबांपासून दूर राहावे.
    }

sms-safety-until = ही सूचना { $until } पर्यंत लागू.

sms-safety-report = धोका दिसल्यास { $phone } वर कळवा.

## CAP alerts (--format cap): the <event> and <description> of an advisory's <info>. Its
## headline is safety-title, its instruction safety-advice (and the data's advice),
## safety-report and safety-closing.

# The type of event, as a short noun phrase.
safety-cap-event = { $hazard ->
        [fallen-line] तुटलेल्या वीजतारा
        [monsoon] पावसाळ्यातील विजेचे धोके
        [illegal-connection] अनधिकृत वीजजोडणी
        [transformer-area] रोहित्र व उपकेंद्राजवळील धोके
        [festival-lighting] सणासुदीच्या रोषणाईतील विजेचे धोके
        [agricultural-pump] कृषिपंपाच्या वापरातील विजेचे धोके
       *[other] विजेचा धोका
    }

# Whom the advisory is for; its validity follows (safety-valid-until). परिसरातील needs no
# count of areas.
safety-cap-description = { $has-areas ->
        [yes] ही वीज सुरक्षा सूचना { $areas } परिसरातील नागरिकांसाठी आहे.
       *[no] ही वीज सुरक्षा सूचना सर्व नागरिकांसाठी आहे.
    }

# A cancellation (status: cancel): $areas unless $area-list is none.
sms-safety-cancelled = { $area-list ->
        [none] वीज सुरक्षा सूचना रद्द करण्यात आली आहे.
        [partial] { $areas } भागांसाठीची वीज सुरक्षा सूचना रद्द करण्यात आली आहे.
       *[other] { $areas } परिसरासाठीची वीज सुरक्षा सूचना रद्द करण्यात आली आहे.
    }
