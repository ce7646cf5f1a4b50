## Outage notices (kind: outage).
## Every outage message gets these variables:
##   $planned     "yes" or "no"
##   $reason      maintenance, breakdown, tree-trimming, load-shedding, weather, network-upgrade or other
##   $details     free text about the work; given only when $reason is other
##   $areas       the affected areas, already joined as a list: "वाई, पसरणी आणि भुईंज"
##   $area-count  how many areas
##   $start       when supply goes off (for DATE); $end when it returns, absent when not known
##   $from, $to   the start and end times with their day-period word: "सकाळी १०:००"; $to absent with $end
##   $span        same-day, multi-day, or open (no end known)
##   $consumers   how many consumers are affected; given only for outage-consumers

outage-title = { $planned ->
        [yes] नियोजित वीजपुरवठा खंडित राहण्याबाबत सूचना
       *[no] वीजपुरवठा खंडित झाल्याबाबत सूचना
    }

outage-cause = { $reason ->
        [maintenance] नियोजित देखभाल व दुरुस्तीच्या कामासाठी
        [breakdown] तांत्रिक बिघाडामुळे
        [tree-trimming] वीजवाहिन्यांजवळील झाडांच्या फांद्या छाटण्याच्या कामासाठी
        [load-shedding] भारनियमनामुळे
        [weather] खराब हवामानामुळे
        [network-upgrade] वीज यंत्रणेच्या सुधारणा कामासाठी
       *[other] पुढील कारणामुळे
    }

outage-when = { $span ->
        [same-day] { DATE($start) } रोजी { $from } ते { $to } वाजेपर्यंत
        [multi-day] { DATE($start) } रोजी { $from } वाजल्यापासून { DATE($end) } रोजी { $to } वाजेपर्यंत
       *[open] { DATE($start) } रोजी { $from } वाजल्यापासून पुढील सूचनेपर्यंत
    }

outage-since = { DATE($start) } रोजी { $from } वाजल्यापासून

outage-body = { $planned ->
        [yes] { $reason ->
            [other] { outage-when } { $areas } परिसरातील वीजपुरवठा बंद राहील. कारण: { $details }.
           *[known] { outage-cause } { outage-when } { $areas } परिसरातील वीजपुरवठा बंद राहील.
        }
       *[no] { $reason ->
            [other] { outage-since } { $areas } परिसरातील वीजपुरवठा खंडित झाला आहे. कारण: { $details }.
           *[known] { outage-cause } { outage-since } { $areas } परिसरातील वीजपुरवठा खंडित झाला आहे.
        }
    }

outage-restoration = { $planned ->
        [yes] काम लवकर पूर्ण झाल्यास वीजपुरवठा त्याआधीच सुरू करण्यात येईल.
       *[no] { $span ->
            [same-day] वीजपुरवठा पूर्ववत करण्याचे काम सुरू असून { $to } वाजेपर्यंत तो पूर्ववत होणे अपेक्षित आहे.
            [multi-day] वीजपुरवठा पूर्ववत करण्याचे काम सुरू असून { DATE($end) } रोजी { $to } वाजेपर्यंत तो पूर्ववत होणे अपेक्षित आहे.
           *[open] वीजपुरवठा पूर्ववत करण्याचे काम सुरू असून पुढील सूचनेपर्यंत वीजपुरवठा खंडित राहील.
        }
    }

outage-consumers = { $planned ->
        [yes] { $consumers ->
            [0] या कालावधीत कोणताही वीजग्राहक बाधित होणार नाही.
            [one] या कालावधीत { NUMBER($consumers) } वीजग्राहक बाधित होईल.
           *[other] या कालावधीत { NUMBER($consumers) } वीजग्राहक बाधित होतील.
        }
       *[no] { $consumers ->
            [0] यामुळे कोणताही वीजग्राहक बाधित झालेला नाही.
            [one] यामुळे { NUMBER($consumers) } वीजग्राहक बाधित झाला आहे.
           *[other] यामुळे { NUMBER($consumers) } वीजग्राहक बाधित झाले आहेत.
        }
    }

outage-cooperation = ग्राहकांनी सहकार्य करावे, ही विनंती.

## Key facts, each with its label, for WhatsApp.

label-period = कालावधी
label-areas = बाधित परिसर
# check: same-in-both
label-reason = कारण
label-consumers = बाधित वीजग्राहक

# The reason as a noun phrase: "नियोजित देखभाल व दुरुस्ती".
outage-reason = { $reason ->
        [maintenance] नियोजित देखभाल व दुरुस्ती
        [breakdown] तांत्रिक बिघाड
        [tree-trimming] वीजवाहिन्यांजवळील झाडांच्या फांद्यांची छाटणी
        [load-shedding] भारनियमन
        [weather] खराब हवामान
        [network-upgrade] वीज यंत्रणेचे सुधारणा काम
       *[other] { $details }
    }

# When supply is off: "सोमवार, २४ नोव्हेंबर २०२५, सकाळी १०:०० ते दुपारी २:०० वाजेपर्यंत".
outage-period = { $span ->
        [same-day] { DATE($start) }, { $from } ते { $to } वाजेपर्यंत
        [multi-day] { DATE($start) }, { $from } ते { DATE($end) }, { $to } वाजेपर्यंत
       *[open] { DATE($start) }, { $from } वाजल्यापासून पुढील सूचनेपर्यंत
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
##   $from        "२४ नोव्हेंबर, सकाळी १०:००" (sms-moment)
##   $to          "दुपारी २:००" (sms-clock) on the same day, else like $from
##   $areas       as many areas as fit, ending "इतर २" when some are left out
##   $area-list   one, many, or partial (some areas left out)
##   $cause       sms-outage-cause

# Why, in a few words.
sms-outage-cause = { $reason ->
        [maintenance] देखभाल व दुरुस्तीसाठी
        [breakdown] तांत्रिक बिघाडामुळे
        [tree-trimming] झाडांच्या फांद्या छाटण्यासाठी
        [load-shedding] भारनियमनामुळे
        [weather] खराब हवामानामुळे
        [network-upgrade] यंत्रणा सुधारणेच्या कामासाठी
       *[other] अपरिहार्य कारणास्तव
    }

sms-outage-where = { $area-list ->
        [partial] { $areas } भागांतील
       *[other] { $areas } परिसरातील
    }

sms-outage = { $planned ->
        [yes] { $span ->
            [open] { $from } वाजल्यापासून पुढील सूचनेपर्यंत { sms-outage-where } वीजपुरवठा { $cause } बंद राहील.
           *[other] { $from } ते { $to } वाजेपर्यंत { sms-outage-where } वीजपुरवठा { $cause } बंद राहील.
        }
       *[no] { $span ->
            [open] { $from } वाजल्यापासून { sms-outage-where } वीजपुरवठा { $cause } खंडित झाला आहे. दुरुस्तीचे काम सुरू आहे.
           *[other] { $from } वाजल्यापासून { sms-outage-where } वीजपुरवठा { $cause } खंडित झाला आहे. तो { $to } वाजेपर्यंत पूर्ववत होणे अपेक्षित आहे.
        }
    }
