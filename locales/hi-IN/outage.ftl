## Outage notices (kind: outage).
## Every outage message gets these variables:
##   $planned     "yes" or "no"
##   $reason      maintenance, breakdown, tree-trimming, load-shedding, weather, network-upgrade or other
##   $details     free text about the work; given only when $reason is other
##   $areas       the affected areas, already joined as a list: "वाई, पसरणी और भुइंज"
##   $areas-count how many areas
##   $start       when supply goes off (for DATE); $end when it returns, absent when not known
##   $start-clock, $end-clock
##                the start and end times with their day-period word: "सुबह 10:00"; $end-clock absent with $end
##   $start-at, $end-at  the start and end with their dates, as a sentence says them (moment):
##                "सोमवार, 24 नवंबर 2025 को सुबह 10:00"; $end-at absent with $end
##   $span        same-day (both ends on one day; an end at 00:00 belongs to the day before),
##                overnight (ends on the next day, within 24 hours), multi-day, or open (no end known)
##   $consumers   how many consumers are affected; given only for outage-consumers

outage-title = { $planned ->
        [yes] नियोजित बिजली आपूर्ति बंद रहने की सूचना
       *[no] बिजली आपूर्ति बाधित होने की सूचना
    }

# Maintenance in an unplanned notice is an emergency, not "नियोजित".
outage-cause = { $reason ->
        [maintenance] { $planned ->
            [yes] नियोजित रखरखाव कार्य के कारण
           *[no] आपातकालीन रखरखाव कार्य के कारण
        }
        [breakdown] तकनीकी खराबी के कारण
        [tree-trimming] बिजली लाइनों के पास पेड़ों की छँटाई के कारण
        [load-shedding] लोड शेडिंग के कारण
        [weather] खराब मौसम के कारण
        [network-upgrade] विद्युत नेटवर्क के उन्नयन कार्य के कारण
       *[other] निम्नलिखित कारण से
    }

# "in the area(s)": Hindi says क्षेत्र or क्षेत्रों by the number of areas; Marathi's
# परिसरातील needs no such helper, so mr-IN has no outage-where.
# check: allow missing-message
outage-where = { $areas-count ->
        [one] { $areas } क्षेत्र में
       *[other] { $areas } क्षेत्रों में
    }

outage-when = { $span ->
        [same-day] { $start-at } बजे से { $end-clock } बजे तक
        [open] { $start-at } बजे से अगली सूचना तक
       *[other] { $start-at } बजे से { $end-at } बजे तक
    }

outage-since = { $start-at } बजे से

# Names the areas through outage-where (and so uses $areas-count), which Marathi does not need.
# check: allow variable-mismatch reference-mismatch
outage-body = { $planned ->
        [yes] { $reason ->
            [other] { outage-when } { outage-where } बिजली आपूर्ति बंद रहेगी। कारण: { $details }।
           *[known] { outage-cause } { outage-when } { outage-where } बिजली आपूर्ति बंद रहेगी।
        }
       *[no] { $reason ->
            [other] { outage-since } { outage-where } बिजली आपूर्ति बाधित है। कारण: { $details }।
           *[known] { outage-cause } { outage-since } { outage-where } बिजली आपूर्ति बाधित है।
        }
    }

# When supply returns. Only work (maintenance, tree-trimming, network-upgrade, breakdown)
# can finish early or be "युद्धस्तर पर"; load-shedding ends when its period does, weather
# when it improves, and of `other` we know nothing but the time. With no end (open) there
# is no "before then". Not "पहले ही बहाल", which reads as "already restored".
outage-restoration = { $planned ->
        [yes] { $reason ->
            [load-shedding] { $span ->
                [open] लोड शेडिंग समाप्त होते ही बिजली आपूर्ति बहाल कर दी जाएगी।
               *[other] लोड शेडिंग की अवधि समाप्त होते ही बिजली आपूर्ति बहाल कर दी जाएगी।
            }
            [weather] { $span ->
                [open] मौसम में सुधार होते ही बिजली आपूर्ति बहाल कर दी जाएगी।
               *[other] मौसम में जल्दी सुधार होने पर आपूर्ति निर्धारित समय से पहले बहाल कर दी जाएगी।
            }
            [other] { $span ->
                [open] आपूर्ति बहाल करने का समय निश्चित होते ही सूचित किया जाएगा।
               *[other] संभव होने पर आपूर्ति निर्धारित समय से पहले बहाल कर दी जाएगी।
            }
           *[work] { $span ->
                [open] कार्य पूरा होते ही बिजली आपूर्ति बहाल कर दी जाएगी।
               *[other] कार्य निर्धारित समय से पहले पूरा होने पर आपूर्ति तुरंत बहाल कर दी जाएगी।
            }
        }
       *[no] { $reason ->
            [load-shedding] { $span ->
                [open] लोड शेडिंग समाप्त होते ही बिजली आपूर्ति बहाल कर दी जाएगी।
                [same-day] लोड शेडिंग { $end-clock } बजे समाप्त होगी और तभी बिजली आपूर्ति बहाल हो जाएगी।
               *[other] लोड शेडिंग { $end-at } बजे समाप्त होगी और तभी बिजली आपूर्ति बहाल हो जाएगी।
            }
            [weather] { $span ->
                [open] मौसम में सुधार होते ही बिजली आपूर्ति बहाल कर दी जाएगी।
                [same-day] { $end-clock } बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।
               *[other] { $end-at } बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।
            }
            [other] { $span ->
                [open] आपूर्ति बहाल होने का समय ज्ञात होते ही सूचित किया जाएगा।
                [same-day] { $end-clock } बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।
               *[other] { $end-at } बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।
            }
            [breakdown] { $span ->
                [open] मरम्मत कार्य युद्धस्तर पर जारी है; आपूर्ति यथाशीघ्र बहाल कर दी जाएगी।
                [same-day] मरम्मत कार्य युद्धस्तर पर जारी है; { $end-clock } बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।
               *[other] मरम्मत कार्य युद्धस्तर पर जारी है; { $end-at } बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।
            }
           *[work] { $span ->
                [open] कार्य युद्धस्तर पर जारी है; आपूर्ति यथाशीघ्र बहाल कर दी जाएगी।
                [same-day] कार्य युद्धस्तर पर जारी है; { $end-clock } बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।
               *[other] कार्य युद्धस्तर पर जारी है; { $end-at } बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।
            }
        }
    }

outage-consumers = { $planned ->
        [yes] { $consumers ->
            [0] इस दौरान कोई उपभोक्ता प्रभावित नहीं होगा।
            [one] इस दौरान { NUMBER($consumers) } उपभोक्ता प्रभावित होगा।
           *[other] इस दौरान { NUMBER($consumers) } उपभोक्ता प्रभावित होंगे।
        }
       *[no] { $consumers ->
            [0] इससे कोई उपभोक्ता प्रभावित नहीं हुआ है।
            [one] इससे { NUMBER($consumers) } उपभोक्ता प्रभावित हुआ है।
           *[other] इससे { NUMBER($consumers) } उपभोक्ता प्रभावित हुए हैं।
        }
    }

outage-cooperation = असुविधा के लिए खेद है। कृपया सहयोग करें।

## Key facts, each with its label, for WhatsApp.

outage-label-period = अवधि
outage-label-areas = प्रभावित क्षेत्र
# check: same-in-both
outage-label-reason = कारण
outage-label-consumers = प्रभावित उपभोक्ता

# The affected areas as one list ("Wai, Pasarni and Bhuinj"), after its label.
outage-area-list = { $areas }

# The reason as a noun phrase: "नियोजित रखरखाव".
outage-reason = { $reason ->
        [maintenance] { $planned ->
            [yes] नियोजित रखरखाव
           *[no] आपातकालीन रखरखाव
        }
        [breakdown] तकनीकी खराबी
        [tree-trimming] बिजली लाइनों के पास पेड़ों की छँटाई
        [load-shedding] लोड शेडिंग
        [weather] खराब मौसम
        [network-upgrade] विद्युत नेटवर्क का उन्नयन
       *[other] { $details }
    }

# When supply is off, as the body says it: "सोमवार, 24 नवंबर 2025 को सुबह 10:00 बजे से
# दोपहर 2:00 बजे तक".
outage-period = { outage-when }

## A cancellation (status: cancel) gives only what its reader needs: $areas, $start-at
## ($has-span) and $planned ($has-planned), when given.

# What was announced: planned, unplanned, or not said.
outage-cancelled-notice = { $has-planned ->
        [yes] { $planned ->
            [yes] नियोजित बिजली आपूर्ति बंद रहने की सूचना
           *[no] बिजली आपूर्ति बाधित होने की सूचना
        }
       *[no] बिजली आपूर्ति बंद रहने की सूचना
    }

# "वाई, पसरणी और भुइंज क्षेत्रों में सोमवार, 24 नवंबर 2025 को सुबह 10:00 बजे से नियोजित बिजली
# आपूर्ति बंद रहने की सूचना रद्द कर दी गई है।" Names the areas through outage-where.
# check: allow variable-mismatch reference-mismatch
outage-cancelled = { $has-areas ->
        [yes] { $has-span ->
            [yes] { outage-where } { $start-at } बजे से { outage-cancelled-notice } रद्द कर दी गई है।
           *[no] { outage-where } { outage-cancelled-notice } रद्द कर दी गई है।
        }
       *[no] { $has-span ->
            [yes] { $start-at } बजे से { outage-cancelled-notice } रद्द कर दी गई है।
           *[no] { outage-cancelled-notice } रद्द कर दी गई है।
        }
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
##   $from        "24 नवंबर को सुबह 10:00 बजे" (sms-moment)
##   $to          "दोपहर 2:00 बजे" (sms-clock) on the same day, else like $from
##   $reason      as above: the unplanned SMS says what is being done only when it is known
##   $areas       as many areas as fit, ending "2 अन्य" when some are left out
##   $area-list   one, many, or partial (some areas left out)
##   $cause       sms-outage-cause

# Why, in a few words.
# Neutral for planned and unplanned SMS alike (the cause has no $planned: one DLT variable).
sms-outage-cause = { $reason ->
        [maintenance] रखरखाव कार्य के कारण
        [breakdown] तकनीकी खराबी के कारण
        [tree-trimming] पेड़ों की छँटाई के कारण
        [load-shedding] लोड शेडिंग के कारण
        [weather] खराब मौसम के कारण
        [network-upgrade] नेटवर्क उन्नयन कार्य के कारण
       *[other] अपरिहार्य कारणों से
    }

sms-outage-where = { $area-list ->
        [one] { $areas } क्षेत्र में
       *[other] { $areas } क्षेत्रों में
    }

sms-outage = { $planned ->
        [yes] { $span ->
            [open] { $from } से अगली सूचना तक { sms-outage-where } बिजली आपूर्ति { $cause } बंद रहेगी।
           *[other] { $from } से { $to } तक { sms-outage-where } बिजली आपूर्ति { $cause } बंद रहेगी।
        }
       *[no] { $span ->
            [open] { $from } से { sms-outage-where } बिजली आपूर्ति { $cause } बाधित है। { sms-outage-until-known }
           *[other] { $from } से { sms-outage-where } बिजली आपूर्ति { $cause } बाधित है। इसके { $to } तक बहाल होने की संभावना है।
        }
    }

# An unplanned SMS with no end known: what happens next, true for its reason (see
# outage-restoration).
sms-outage-until-known = { $reason ->
        [breakdown] मरम्मत कार्य युद्धस्तर पर जारी है।
        [load-shedding] लोड शेडिंग समाप्त होते ही आपूर्ति बहाल की जाएगी।
        [weather] मौसम में सुधार होते ही आपूर्ति बहाल की जाएगी।
        [other] आपूर्ति बहाल होने का समय शीघ्र सूचित किया जाएगा।
       *[work] कार्य युद्धस्तर पर जारी है।
    }

## CAP alerts (--format cap): the <event> and <instruction> of an outage's <info>. Its
## headline is outage-title, its description outage-body, outage-consumers and
## outage-restoration.

# The type of event, as a short noun phrase.
outage-cap-event = { $planned ->
        [yes] नियोजित बिजली आपूर्ति बंद
       *[no] बिजली आपूर्ति बाधित
    }

# What a reader should do: prepare for a planned shutdown; keep away from fallen lines in
# an unplanned one. Either way supply may return without warning.
outage-cap-instruction = { $planned ->
        [yes] बिजली बंद होने से पहले बिजली से चलने वाले काम पूरे कर लें और मोबाइल फोन व इमरजेंसी लाइट चार्ज कर लें। आपूर्ति कभी भी बहाल हो सकती है, इसलिए हर बिजली के तार को चालू ही मानें।
       *[no] टूटे या गिरे हुए बिजली के तारों से दूर रहें और उनकी सूचना तुरंत दें। आपूर्ति कभी भी बहाल हो सकती है, इसलिए हर बिजली के तार को चालू ही मानें।
    }

# A cancellation (status: cancel): $from when $has-date is yes; $areas unless $area-list
# is none.
sms-outage-cancelled = { $area-list ->
        [none] { $has-date ->
            [yes] { $from } से बिजली आपूर्ति बंद रहने की सूचना रद्द कर दी गई है।
           *[no] बिजली आपूर्ति बंद रहने की सूचना रद्द कर दी गई है।
        }
       *[other] { $has-date ->
            [yes] { $from } से { sms-outage-where } बिजली आपूर्ति बंद रहने की सूचना रद्द कर दी गई है।
           *[no] { sms-outage-where } बिजली आपूर्ति बंद रहने की सूचना रद्द कर दी गई है।
        }
    }
