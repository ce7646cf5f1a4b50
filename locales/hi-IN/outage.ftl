## Outage notices (kind: outage).
## Every outage message gets these variables:
##   $planned     "yes" or "no"
##   $reason      maintenance, breakdown, tree-trimming, load-shedding, weather, network-upgrade or other
##   $details     free text about the work; given only when $reason is other
##   $areas       the affected areas, already joined as a list: "वाई, पसरणी और भुइंज"
##   $area-count  how many areas
##   $start       when supply goes off (for DATE); $end when it returns, absent when not known
##   $from, $to   the start and end times with their day-period word: "सुबह 10:00"; $to absent with $end
##   $span        same-day, multi-day, or open (no end known)
##   $consumers   how many consumers are affected; given only for outage-consumers

outage-title = { $planned ->
        [yes] नियोजित बिजली आपूर्ति बंद रहने की सूचना
       *[no] बिजली आपूर्ति बाधित होने की सूचना
    }

outage-cause = { $reason ->
        [maintenance] नियोजित रखरखाव कार्य के कारण
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
outage-where = { $area-count ->
        [one] { $areas } क्षेत्र में
       *[other] { $areas } क्षेत्रों में
    }

outage-when = { $span ->
        [same-day] { DATE($start) } को { $from } बजे से { $to } बजे तक
        [multi-day] { DATE($start) } को { $from } बजे से { DATE($end) } को { $to } बजे तक
       *[open] { DATE($start) } को { $from } बजे से अगली सूचना तक
    }

outage-since = { DATE($start) } को { $from } बजे से

# Names the areas through outage-where (and so uses $area-count), which Marathi does not need.
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

outage-restoration = { $planned ->
        [yes] कार्य जल्दी पूरा होने पर बिजली आपूर्ति पहले ही बहाल कर दी जाएगी।
       *[no] { $span ->
            [same-day] आपूर्ति बहाल करने का कार्य जारी है; { $to } बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।
            [multi-day] आपूर्ति बहाल करने का कार्य जारी है; { DATE($end) } को { $to } बजे तक बिजली आपूर्ति बहाल हो जाने की संभावना है।
           *[open] आपूर्ति बहाल करने का कार्य जारी है; अगली सूचना तक बिजली आपूर्ति बाधित रहेगी।
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

label-period = अवधि
label-areas = प्रभावित क्षेत्र
# check: same-in-both
label-reason = कारण
label-consumers = प्रभावित उपभोक्ता

# The reason as a noun phrase: "नियोजित रखरखाव".
outage-reason = { $reason ->
        [maintenance] नियोजित रखरखाव
        [breakdown] तकनीकी खराबी
        [tree-trimming] बिजली लाइनों के पास पेड़ों की छँटाई
        [load-shedding] लोड शेडिंग
        [weather] खराब मौसम
        [network-upgrade] विद्युत नेटवर्क का उन्नयन
       *[other] { $details }
    }

# When supply is off: "सोमवार, 24 नवंबर 2025, सुबह 10:00 बजे से दोपहर 2:00 बजे तक".
outage-period = { $span ->
        [same-day] { DATE($start) }, { $from } बजे से { $to } बजे तक
        [multi-day] { DATE($start) }, { $from } बजे से { DATE($end) }, { $to } बजे तक
       *[open] { DATE($start) }, { $from } बजे से अगली सूचना तक
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
##   $from        "24 नवंबर, सुबह 10:00 बजे" (sms-moment)
##   $to          "दोपहर 2:00 बजे" (sms-clock) on the same day, else like $from
##   $areas       as many areas as fit, ending "2 अन्य" when some are left out
##   $area-list   one, many, or partial (some areas left out)
##   $cause       sms-outage-cause

# Why, in a few words.
sms-outage-cause = { $reason ->
        [maintenance] नियोजित रखरखाव के कारण
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
            [open] { $from } से { sms-outage-where } बिजली आपूर्ति { $cause } बाधित है। मरम्मत कार्य जारी है।
           *[other] { $from } से { sms-outage-where } बिजली आपूर्ति { $cause } बाधित है। इसके { $to } तक बहाल होने की संभावना है।
        }
    }
