## Outage notices (kind: outage).
## Every outage message gets these variables:
##   $planned     "yes" or "no"
##   $reason      maintenance, breakdown, tree-trimming, load-shedding, weather, network-upgrade or other
##   $details     free text about the work; given only when $reason is other
##   $areas       the affected areas, already joined as a list: "वाई, पसरणी आणि भुईंज"
##   $areas-count how many areas
##   $start       when supply goes off (for DATE); $end when it returns, absent when not known
##   $start-clock, $end-clock
##                the start and end times with their day-period word: "सकाळी १०:००"; $end-clock absent with $end
##   $start-at, $end-at  the start and end with their dates, as a sentence says them (moment):
##                "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी सकाळी १०:००"; $end-at absent with $end
##   $span        same-day (both ends on one day; an end at 00:00 belongs to the day before),
##                overnight (ends on the next day, within 24 hours), multi-day, or open (no end known)
##   $consumers   how many consumers are affected; given only for outage-consumers

outage-title = { $planned ->
        [yes] नियोजित वीजपुरवठा खंडित राहण्याबाबत सूचना
       *[no] वीजपुरवठा खंडित झाल्याबाबत सूचना
    }

# Maintenance in an unplanned notice is urgent, not "नियोजित".
outage-cause = { $reason ->
        [maintenance] { $planned ->
            [yes] नियोजित देखभाल व दुरुस्तीच्या कामासाठी
           *[no] तातडीच्या देखभाल व दुरुस्तीच्या कामासाठी
        }
        [breakdown] तांत्रिक बिघाडामुळे
        [tree-trimming] वीजवाहिन्यांजवळील झाडांच्या फांद्या छाटण्याच्या कामासाठी
        [load-shedding] भारनियमनामुळे
        [weather] खराब हवामानामुळे
        [network-upgrade] वीज यंत्रणा सुधारणेच्या कामासाठी
       *[other] पुढील कारणामुळे
    }

outage-when = { $span ->
        [same-day] { $start-at } ते { $end-clock } वाजेपर्यंत
        [open] { $start-at } वाजल्यापासून पुढील सूचनेपर्यंत
       *[other] { $start-at } वाजल्यापासून { $end-at } वाजेपर्यंत
    }

outage-since = { $start-at } वाजल्यापासून

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

# When supply returns. Only work (maintenance, tree-trimming, network-upgrade, breakdown)
# can finish early or be "on a war footing"; load-shedding ends when its period does,
# weather when it improves, and of `other` we know nothing but the time. With no end
# (open) there is no "before then".
outage-restoration = { $planned ->
        [yes] { $reason ->
            [load-shedding] { $span ->
                [open] भारनियमन संपताच वीजपुरवठा सुरू करण्यात येईल.
               *[other] भारनियमनाचा कालावधी संपताच वीजपुरवठा सुरू करण्यात येईल.
            }
            [weather] { $span ->
                [open] हवामान सुधारताच वीजपुरवठा सुरू करण्यात येईल.
               *[other] हवामान लवकर सुधारल्यास वीजपुरवठा नियोजित वेळेपूर्वीच सुरू करण्यात येईल.
            }
            [other] { $span ->
                [open] वीजपुरवठा सुरू करण्याची वेळ निश्चित होताच कळवण्यात येईल.
               *[other] शक्य झाल्यास वीजपुरवठा नियोजित वेळेपूर्वीच सुरू करण्यात येईल.
            }
           *[work] { $span ->
                [open] काम पूर्ण होताच वीजपुरवठा सुरू करण्यात येईल.
               *[other] काम नियोजित वेळेपूर्वी पूर्ण झाल्यास वीजपुरवठा त्वरित सुरू करण्यात येईल.
            }
        }
       *[no] { $reason ->
            [load-shedding] { $span ->
                [open] भारनियमन संपताच वीजपुरवठा पूर्ववत करण्यात येईल.
                [same-day] { $end-clock } वाजता भारनियमन संपताच वीजपुरवठा पूर्ववत होईल.
               *[other] { $end-at } वाजता भारनियमन संपताच वीजपुरवठा पूर्ववत होईल.
            }
            [weather] { $span ->
                [open] हवामान सुधारताच वीजपुरवठा पूर्ववत करण्यात येईल.
                [same-day] { $end-clock } वाजेपर्यंत वीजपुरवठा पूर्ववत होणे अपेक्षित आहे.
               *[other] { $end-at } वाजेपर्यंत वीजपुरवठा पूर्ववत होणे अपेक्षित आहे.
            }
            [other] { $span ->
                [open] वीजपुरवठा पूर्ववत होण्याची वेळ निश्चित होताच कळवण्यात येईल.
                [same-day] { $end-clock } वाजेपर्यंत वीजपुरवठा पूर्ववत होणे अपेक्षित आहे.
               *[other] { $end-at } वाजेपर्यंत वीजपुरवठा पूर्ववत होणे अपेक्षित आहे.
            }
            [breakdown] { $span ->
                [open] दुरुस्तीचे काम युद्धपातळीवर सुरू असून वीजपुरवठा लवकरात लवकर पूर्ववत करण्यात येईल.
                [same-day] दुरुस्तीचे काम युद्धपातळीवर सुरू असून { $end-clock } वाजेपर्यंत वीजपुरवठा पूर्ववत होणे अपेक्षित आहे.
               *[other] दुरुस्तीचे काम युद्धपातळीवर सुरू असून { $end-at } वाजेपर्यंत वीजपुरवठा पूर्ववत होणे अपेक्षित आहे.
            }
           *[work] { $span ->
                [open] काम युद्धपातळीवर सुरू असून वीजपुरवठा लवकरात लवकर पूर्ववत करण्यात येईल.
                [same-day] काम युद्धपातळीवर सुरू असून { $end-clock } वाजेपर्यंत वीजपुरवठा पूर्ववत होणे अपेक्षित आहे.
               *[other] काम युद्धपातळीवर सुरू असून { $end-at } वाजेपर्यंत वीजपुरवठा पूर्ववत होणे अपेक्षित आहे.
            }
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

# The apology uses गैरसोय (the word of Marathi notices), not असुविधा.
outage-cooperation = ग्राहकांना होणाऱ्या गैरसोयीबद्दल दिलगीर आहोत. ग्राहकांनी सहकार्य करावे, ही विनंती.

## Key facts, each with its label, for WhatsApp.

outage-label-period = कालावधी
outage-label-areas = बाधित परिसर
# check: same-in-both
outage-label-reason = कारण
outage-label-consumers = बाधित वीजग्राहक

# The affected areas as one list ("Wai, Pasarni and Bhuinj"), after its label.
outage-area-list = { $areas }

# The reason as a noun phrase: "नियोजित देखभाल व दुरुस्ती".
outage-reason = { $reason ->
        [maintenance] { $planned ->
            [yes] नियोजित देखभाल व दुरुस्ती
           *[no] तातडीची देखभाल व दुरुस्ती
        }
        [breakdown] तांत्रिक बिघाड
        [tree-trimming] वीजवाहिन्यांजवळील झाडांच्या फांद्यांची छाटणी
        [load-shedding] भारनियमन
        [weather] खराब हवामान
        [network-upgrade] वीज यंत्रणा सुधारणेचे काम
       *[other] { $details }
    }

# When supply is off, as the body says it: "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी सकाळी १०:०० ते
# दुपारी २:०० वाजेपर्यंत".
outage-period = { outage-when }

## A cancellation (status: cancel) gives only what its reader needs: $areas, $start-at
## ($has-span) and $planned ($has-planned), when given.

# What was announced: planned, unplanned, or not said.
outage-cancelled-notice = { $has-planned ->
        [yes] { $planned ->
            [yes] नियोजित वीजपुरवठा खंडित राहण्याची सूचना
           *[no] वीजपुरवठा खंडित झाल्याबाबतची सूचना
        }
       *[no] वीजपुरवठा खंडित राहण्याबाबतची सूचना
    }

# "वाई, पसरणी आणि भुईंज परिसरात सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी सकाळी १०:०० वाजल्यापासून
# नियोजित वीजपुरवठा खंडित राहण्याची सूचना रद्द करण्यात आली आहे."
outage-cancelled = { $has-areas ->
        [yes] { $has-span ->
            [yes] { $areas } परिसरात { $start-at } वाजल्यापासून { outage-cancelled-notice } रद्द करण्यात आली आहे.
           *[no] { $areas } परिसरातील { outage-cancelled-notice } रद्द करण्यात आली आहे.
        }
       *[no] { $has-span ->
            [yes] { $start-at } वाजल्यापासून { outage-cancelled-notice } रद्द करण्यात आली आहे.
           *[no] { outage-cancelled-notice } रद्द करण्यात आली आहे.
        }
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
##   $from        "२४ नोव्हेंबर, सकाळी १०:००" (sms-moment)
##   $to          "दुपारी २:००" (sms-clock) on the same day, else like $from
##   $reason      as above: the unplanned SMS says what is being done only when it is known
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
            [open] { $from } वाजल्यापासून { sms-outage-where } वीजपुरवठा { $cause } खंडित झाला आहे. { sms-outage-until-known }
           *[other] { $from } वाजल्यापासून { sms-outage-where } वीजपुरवठा { $cause } खंडित झाला आहे. तो { $to } वाजेपर्यंत पूर्ववत होणे अपेक्षित आहे.
        }
    }

# An unplanned SMS with no end known: what happens next, true for its reason (see
# outage-restoration).
sms-outage-until-known = { $reason ->
        [breakdown] दुरुस्तीचे काम युद्धपातळीवर सुरू आहे.
        [load-shedding] भारनियमन संपताच तो पूर्ववत होईल.
        [weather] हवामान सुधारताच तो पूर्ववत करण्यात येईल.
        [other] तो पूर्ववत होण्याची वेळ लवकरच कळवण्यात येईल.
       *[work] काम युद्धपातळीवर सुरू आहे.
    }

## CAP alerts (--format cap): the <event> and <instruction> of an outage's <info>. Its
## headline is outage-title, its description outage-body, outage-consumers and
## outage-restoration.

# The type of event, as a short noun phrase.
outage-cap-event = { $planned ->
        [yes] नियोजित वीजपुरवठा खंडित
       *[no] वीजपुरवठा खंडित
    }

# What a reader should do: prepare for a planned shutdown; keep away from fallen lines in
# an unplanned one. Either way supply may return without warning.
outage-cap-instruction = { $planned ->
        [yes] वीजपुरवठा बंद होण्यापूर्वीच विजेवर चालणारी कामे पूर्ण करून घ्या आणि मोबाईल फोन व इमर्जन्सी दिवे चार्ज करून ठेवा. वीजपुरवठा केव्हाही पूर्ववत होऊ शकतो, त्यामुळे सर्व वीजतारा चालू आहेत असे समजूनच वागा.
       *[no] तुटलेल्या किंवा खाली पडलेल्या वीजतारांपासून दूर राहा आणि त्यांची माहिती त्वरित द्या. वीजपुरवठा केव्हाही पूर्ववत होऊ शकतो, त्यामुळे सर्व वीजतारा चालू आहेत असे समजूनच वागा.
    }

# A cancellation (status: cancel): $from when $has-date is yes; $areas unless $area-list
# is none.
sms-outage-cancelled = { $area-list ->
        [none] { $has-date ->
            [yes] { $from } वाजल्यापासून वीजपुरवठा बंद राहण्याची सूचना रद्द करण्यात आली आहे.
           *[no] वीजपुरवठा बंद राहण्याची सूचना रद्द करण्यात आली आहे.
        }
       *[other] { $has-date ->
            [yes] { $from } वाजल्यापासून { sms-outage-where } वीजपुरवठा बंद राहण्याची सूचना रद्द करण्यात आली आहे.
           *[no] { sms-outage-where } वीजपुरवठा बंद राहण्याची सूचना रद्द करण्यात आली आहे.
        }
    }
