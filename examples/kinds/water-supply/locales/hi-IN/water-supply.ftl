## Water-supply interruption (municipal water board), in Hindi. The variables are those of
## the Marathi file (kinds/water-supply.yaml): $planned, $reason, $details, $zones,
## $zones-count, $period, $start-at, $end-at, $end-clock, $low-pressure-until-at,
## $households, $tanker.

water-supply-title = { $planned ->
        [yes] जलापूर्ति बंद रहने संबंधी सूचना
       *[no] जलापूर्ति बाधित होने संबंधी सूचना
    }

# Work in an unplanned notice is urgent (आपातकालीन), never "नियोजित".
water-supply-cause = { $reason ->
        [pipeline-repair] { $planned ->
            [yes] पाइपलाइन मरम्मत कार्य के कारण
           *[no] पाइपलाइन में खराबी आने के कारण
        }
        [valve-replacement] { $planned ->
            [yes] वाल्व बदलने के कार्य के कारण
           *[no] वाल्व बदलने के आपातकालीन कार्य के कारण
        }
        [reservoir-cleaning] { $planned ->
            [yes] पानी की टंकी की सफाई के कारण
           *[no] पानी की टंकी की आपातकालीन सफाई के कारण
        }
        [power-failure-at-pumping-station] { $planned ->
            [yes] पंपिंग स्टेशन की बिजली आपूर्ति बंद रहने के कारण
           *[no] पंपिंग स्टेशन की बिजली आपूर्ति बाधित होने के कारण
        }
        [low-dam-level] बांध में जल भंडारण कम होने के कारण
       *[other] निम्नलिखित कारण से
    }

water-supply-when = { $period ->
        [same-day] { $start-at } बजे से { $end-clock } बजे तक
        [open] { $start-at } बजे से अगली सूचना तक
       *[other] { $start-at } बजे से { $end-at } बजे तक
    }

# Names the zones with क्षेत्र/क्षेत्रों by their number; Marathi's भागातील and the English
# need no such helper, so mr-IN and en-IN have no water-supply-where.
# check: allow missing-message
water-supply-where = { $zones-count ->
        [one] { $zones } क्षेत्र में
       *[other] { $zones } क्षेत्रों में
    }

# Names the zones through water-supply-where (and so uses $zones-count), which Marathi and
# English do not need.
# check: allow variable-mismatch reference-mismatch
water-supply-body = { $planned ->
        [yes] { $reason ->
            [other] { water-supply-when } { water-supply-where } जलापूर्ति बंद रहेगी। कारण: { $details }।
           *[known] { water-supply-cause } { water-supply-when } { water-supply-where } जलापूर्ति बंद रहेगी।
        }
       *[no] { $reason ->
            [other] { $start-at } बजे से { water-supply-where } जलापूर्ति बाधित है। कारण: { $details }।
           *[known] { water-supply-cause } { $start-at } बजे से { water-supply-where } जलापूर्ति बाधित है।
        }
    }

# When water comes back: only work can finish early or go on "युद्धस्तर पर".
water-supply-restoration = { $planned ->
        [yes] { $reason ->
            [power-failure-at-pumping-station] पंपिंग स्टेशन की बिजली आपूर्ति शुरू होते ही जलापूर्ति बहाल कर दी जाएगी।
            [low-dam-level] { $period ->
                [open] अगली सूचना तक जलापूर्ति इसी प्रकार रहेगी।
               *[other] इसके बाद जलापूर्ति सामान्य समय के अनुसार जारी रहेगी।
            }
            [other] { $period ->
                [open] जलापूर्ति शुरू करने का समय तय होते ही सूचित किया जाएगा।
               *[other] संभव होने पर जलापूर्ति निर्धारित समय से पहले ही शुरू कर दी जाएगी।
            }
           *[work] { $period ->
                [open] कार्य पूरा होते ही जलापूर्ति शुरू कर दी जाएगी।
               *[other] कार्य निर्धारित समय से पहले पूरा होने पर जलापूर्ति तुरंत शुरू कर दी जाएगी।
            }
        }
       *[no] { $reason ->
            [low-dam-level] { $period ->
                [open] अगली सूचना तक जलापूर्ति इसी प्रकार रहेगी।
                [same-day] { $end-clock } बजे तक जलापूर्ति बहाल होने की संभावना है।
               *[other] { $end-at } बजे तक जलापूर्ति बहाल होने की संभावना है।
            }
            [power-failure-at-pumping-station] { $period ->
                [open] पंपिंग स्टेशन की बिजली आपूर्ति शुरू होते ही जलापूर्ति बहाल कर दी जाएगी।
                [same-day] { $end-clock } बजे तक जलापूर्ति बहाल होने की संभावना है।
               *[other] { $end-at } बजे तक जलापूर्ति बहाल होने की संभावना है।
            }
            [other] { $period ->
                [open] जलापूर्ति बहाल होने का समय तय होते ही सूचित किया जाएगा।
                [same-day] { $end-clock } बजे तक जलापूर्ति बहाल होने की संभावना है।
               *[other] { $end-at } बजे तक जलापूर्ति बहाल होने की संभावना है।
            }
           *[work] { $period ->
                [open] मरम्मत कार्य युद्धस्तर पर जारी है और जलापूर्ति शीघ्रातिशीघ्र बहाल कर दी जाएगी।
                [same-day] मरम्मत कार्य युद्धस्तर पर जारी है और { $end-clock } बजे तक जलापूर्ति बहाल होने की संभावना है।
               *[other] मरम्मत कार्य युद्धस्तर पर जारी है और { $end-at } बजे तक जलापूर्ति बहाल होने की संभावना है।
            }
        }
    }

water-supply-low-pressure = जलापूर्ति शुरू होने के बाद { $low-pressure-until-at } बजे तक पानी कम दबाव से आ सकता है।

water-supply-households = { $planned ->
        [yes] { $households ->
            [one] इस अवधि में { NUMBER($households) } घर की जलापूर्ति प्रभावित होगी।
           *[other] इस अवधि में लगभग { NUMBER($households) } घरों की जलापूर्ति प्रभावित होगी।
        }
       *[no] { $households ->
            [one] इससे { NUMBER($households) } घर की जलापूर्ति प्रभावित हुई है।
           *[other] इससे लगभग { NUMBER($households) } घरों की जलापूर्ति प्रभावित हुई है।
        }
    }

water-supply-tanker = पानी के टैंकर के लिए { $tanker } पर संपर्क करें।

water-supply-cooperation = नागरिकों से अनुरोध है कि पानी का सोच-समझकर उपयोग करें और सहयोग करें।


# The reason as a noun phrase, after "कारण:".
water-supply-reason = { $reason ->
        [pipeline-repair] { $planned ->
            [yes] पाइपलाइन मरम्मत
           *[no] पाइपलाइन में खराबी
        }
        [valve-replacement] { $planned ->
            [yes] वाल्व बदलने का कार्य
           *[no] वाल्व बदलने का आपातकालीन कार्य
        }
        [reservoir-cleaning] { $planned ->
            [yes] पानी की टंकी की सफाई
           *[no] पानी की टंकी की आपातकालीन सफाई
        }
        [power-failure-at-pumping-station] पंपिंग स्टेशन की बिजली आपूर्ति बाधित
        [low-dam-level] बांध में अपर्याप्त जल भंडारण
       *[other] { $details }
    }

water-supply-period = { $period ->
        [same-day] { $start-at } से { $end-clock } तक
        [open] { $start-at } से अगली सूचना तक
       *[other] { $start-at } से { $end-at } तक
    }

water-supply-label-period = अवधि
water-supply-label-zones = प्रभावित क्षेत्र
# check: same-in-both
water-supply-label-reason = कारण
water-supply-label-households = प्रभावित घर
water-supply-label-tanker = टैंकर के लिए संपर्क

## SMS: short, and registrable on DLT: every piece of data in a variable of at most 30
## characters. $start-short "3 दिसंबर को सुबह 9:00 बजे"; $end-short the same, or only
## "रात 9:00 बजे" on the day of the start; $zones as many zones as fit, the rest counted
## ("कोथरुड, कर्वेनगर और 3 अन्य"), and $zones-list one, many or partial.
water-supply-sms-where = { $zones-list ->
        [one] { $zones } क्षेत्र में
       *[other] { $zones } क्षेत्रों में
    }

# A planned interruption always has its end.
water-supply-sms = { $planned ->
        [yes] { $start-short } से { $end-short } तक { water-supply-sms-where } जलापूर्ति बंद रहेगी।
       *[no] { $period ->
            [open] { $start-short } से { water-supply-sms-where } जलापूर्ति बाधित है।
           *[other] { $start-short } से { water-supply-sms-where } जलापूर्ति बाधित है। इसके { $end-short } तक बहाल होने की संभावना है।
        }
    }
water-supply-sms-tanker = टैंकर: { $tanker }

# The type of event in a CAP alert (templates/water-supply.cap.tera), a short noun phrase.
water-supply-cap-event = { $planned ->
        [yes] नियोजित जलापूर्ति बाधित
       *[no] जलापूर्ति बाधित
    }
