## Water-supply interruption (municipal water board), in Marathi.
## Variables, from the kind's definition (kinds/water-supply.yaml):
##   $planned          yes / no
##   $reason           pipeline-repair, valve-replacement, reservoir-cleaning,
##                     power-failure-at-pumping-station, low-dam-level, other ($details)
##   $zones            the zones joined ("कोथरूड, कर्वेनगर आणि वारजे"), $zones-count
##   $period           same-day, overnight, multi-day or open (no end)
##   $start-at, $end-at  "बुधवार, दि. ३ डिसेंबर २०२५ रोजी सकाळी ९:००"; $end-clock "रात्री ९:००"
##   $low-pressure-until-at, $households, $tanker, $has-… (yes/no for every field)

water-supply-title = { $planned ->
        [yes] पाणीपुरवठा बंद राहण्याबाबत सूचना
       *[no] पाणीपुरवठा खंडित झाल्याबाबत सूचना
    }

# Work in an unplanned notice is urgent (तातडीच्या), never "नियोजित".
water-supply-cause = { $reason ->
        [pipeline-repair] { $planned ->
            [yes] जलवाहिनीच्या दुरुस्तीच्या कामासाठी
           *[no] जलवाहिनीत बिघाड झाल्यामुळे
        }
        [valve-replacement] { $planned ->
            [yes] व्हॉल्व्ह बदलण्याच्या कामासाठी
           *[no] व्हॉल्व्ह बदलण्याच्या तातडीच्या कामासाठी
        }
        [reservoir-cleaning] { $planned ->
            [yes] पाण्याच्या टाकीच्या स्वच्छतेच्या कामासाठी
           *[no] पाण्याच्या टाकीच्या तातडीच्या स्वच्छतेसाठी
        }
        [power-failure-at-pumping-station] { $planned ->
            [yes] पंपिंग स्टेशनचा वीजपुरवठा बंद राहणार असल्याने
           *[no] पंपिंग स्टेशनचा वीजपुरवठा खंडित झाल्यामुळे
        }
        [low-dam-level] धरणातील पाणीसाठा कमी असल्याने
       *[other] पुढील कारणामुळे
    }

water-supply-when = { $period ->
        [same-day] { $start-at } ते { $end-clock } वाजेपर्यंत
        [open] { $start-at } वाजल्यापासून पुढील सूचनेपर्यंत
       *[other] { $start-at } वाजल्यापासून { $end-at } वाजेपर्यंत
    }

water-supply-body = { $planned ->
        [yes] { $reason ->
            [other] { water-supply-when } { $zones } भागातील पाणीपुरवठा बंद राहील. कारण: { $details }.
           *[known] { water-supply-cause } { water-supply-when } { $zones } भागातील पाणीपुरवठा बंद राहील.
        }
       *[no] { $reason ->
            [other] { $start-at } वाजल्यापासून { $zones } भागातील पाणीपुरवठा खंडित झाला आहे. कारण: { $details }.
           *[known] { water-supply-cause } { $start-at } वाजल्यापासून { $zones } भागातील पाणीपुरवठा खंडित झाला आहे.
        }
    }

# When water comes back. Only work can finish early or go on "युद्धपातळीवर"; a pumping
# station waits for its power, a low dam for the next notice; of `other` we know only the time.
water-supply-restoration = { $planned ->
        [yes] { $reason ->
            [power-failure-at-pumping-station] पंपिंग स्टेशनचा वीजपुरवठा सुरू होताच पाणीपुरवठा पूर्ववत करण्यात येईल.
            [low-dam-level] { $period ->
                [open] पुढील सूचनेपर्यंत पाणीपुरवठा याच पद्धतीने राहील.
               *[other] त्यानंतर पाणीपुरवठा नेहमीच्या वेळेनुसार सुरू राहील.
            }
            [other] { $period ->
                [open] पाणीपुरवठा सुरू करण्याची वेळ निश्चित होताच कळवण्यात येईल.
               *[other] शक्य झाल्यास पाणीपुरवठा नियोजित वेळेपूर्वीच सुरू करण्यात येईल.
            }
           *[work] { $period ->
                [open] काम पूर्ण होताच पाणीपुरवठा सुरू करण्यात येईल.
               *[other] काम नियोजित वेळेपूर्वी पूर्ण झाल्यास पाणीपुरवठा त्वरित सुरू करण्यात येईल.
            }
        }
       *[no] { $reason ->
            [low-dam-level] { $period ->
                [open] पुढील सूचनेपर्यंत पाणीपुरवठा याच पद्धतीने राहील.
                [same-day] { $end-clock } वाजेपर्यंत पाणीपुरवठा पूर्ववत होणे अपेक्षित आहे.
               *[other] { $end-at } वाजेपर्यंत पाणीपुरवठा पूर्ववत होणे अपेक्षित आहे.
            }
            [power-failure-at-pumping-station] { $period ->
                [open] पंपिंग स्टेशनचा वीजपुरवठा सुरू होताच पाणीपुरवठा पूर्ववत करण्यात येईल.
                [same-day] { $end-clock } वाजेपर्यंत पाणीपुरवठा पूर्ववत होणे अपेक्षित आहे.
               *[other] { $end-at } वाजेपर्यंत पाणीपुरवठा पूर्ववत होणे अपेक्षित आहे.
            }
            [other] { $period ->
                [open] पाणीपुरवठा पूर्ववत होण्याची वेळ निश्चित होताच कळवण्यात येईल.
                [same-day] { $end-clock } वाजेपर्यंत पाणीपुरवठा पूर्ववत होणे अपेक्षित आहे.
               *[other] { $end-at } वाजेपर्यंत पाणीपुरवठा पूर्ववत होणे अपेक्षित आहे.
            }
           *[work] { $period ->
                [open] दुरुस्तीचे काम युद्धपातळीवर सुरू असून पाणीपुरवठा लवकरात लवकर पूर्ववत करण्यात येईल.
                [same-day] दुरुस्तीचे काम युद्धपातळीवर सुरू असून { $end-clock } वाजेपर्यंत पाणीपुरवठा पूर्ववत होणे अपेक्षित आहे.
               *[other] दुरुस्तीचे काम युद्धपातळीवर सुरू असून { $end-at } वाजेपर्यंत पाणीपुरवठा पूर्ववत होणे अपेक्षित आहे.
            }
        }
    }

water-supply-low-pressure = पाणीपुरवठा सुरू झाल्यानंतर { $low-pressure-until-at } वाजेपर्यंत पाणी कमी दाबाने येण्याची शक्यता आहे.

water-supply-households = { $planned ->
        [yes] { $households ->
            [one] या कालावधीत { NUMBER($households) } घराचा पाणीपुरवठा बाधित होईल.
           *[other] या कालावधीत सुमारे { NUMBER($households) } घरांचा पाणीपुरवठा बाधित होईल.
        }
       *[no] { $households ->
            [one] यामुळे { NUMBER($households) } घराचा पाणीपुरवठा बाधित झाला आहे.
           *[other] यामुळे सुमारे { NUMBER($households) } घरांचा पाणीपुरवठा बाधित झाला आहे.
        }
    }

water-supply-tanker = पाण्याच्या टँकरसाठी { $tanker } या क्रमांकावर संपर्क साधावा.

water-supply-cooperation = नागरिकांनी पाणी जपून वापरावे व सहकार्य करावे, ही विनंती.


# The reason as a noun phrase, after "कारण:".
water-supply-reason = { $reason ->
        [pipeline-repair] { $planned ->
            [yes] जलवाहिनी दुरुस्ती
           *[no] जलवाहिनीत बिघाड
        }
        [valve-replacement] { $planned ->
            [yes] व्हॉल्व्ह बदलण्याचे काम
           *[no] व्हॉल्व्ह बदलण्याचे तातडीचे काम
        }
        [reservoir-cleaning] { $planned ->
            [yes] पाण्याच्या टाकीची स्वच्छता
           *[no] पाण्याच्या टाकीची तातडीची स्वच्छता
        }
        [power-failure-at-pumping-station] पंपिंग स्टेशनचा वीजपुरवठा खंडित
        [low-dam-level] धरणातील अपुरा पाणीसाठा
       *[other] { $details }
    }

water-supply-period = { $period ->
        [same-day] { $start-at } ते { $end-clock }
        [open] { $start-at } पासून पुढील सूचनेपर्यंत
       *[other] { $start-at } ते { $end-at }
    }

water-supply-label-period = कालावधी
water-supply-label-zones = बाधित भाग
water-supply-label-reason = कारण
water-supply-label-households = बाधित घरे
water-supply-label-tanker = टँकरसाठी संपर्क

## SMS: short, and registrable on DLT: every piece of data in a variable of at most 30
## characters. $start-short "३ डिसेंबर, सकाळी ९:००"; $end-short the same, or only
## "रात्री ९:००" on the day of the start; $zones as many zones as fit, the rest counted
## ("कोथरूड, कर्वेनगर आणि इतर ३"), and $zones-list one, many or partial.
water-supply-sms-where = { $zones-list ->
        [partial] { $zones } भागांतील
       *[other] { $zones } भागातील
    }

# A planned interruption always has its end.
water-supply-sms = { $planned ->
        [yes] { $start-short } ते { $end-short } वाजेपर्यंत { water-supply-sms-where } पाणीपुरवठा बंद राहील.
       *[no] { $period ->
            [open] { $start-short } वाजल्यापासून { water-supply-sms-where } पाणीपुरवठा खंडित आहे.
           *[other] { $start-short } वाजल्यापासून { water-supply-sms-where } पाणीपुरवठा खंडित आहे. तो { $end-short } वाजेपर्यंत पूर्ववत होणे अपेक्षित आहे.
        }
    }
water-supply-sms-tanker = टँकर: { $tanker }

# The type of event in a CAP alert (templates/water-supply.cap.tera), a short noun phrase.
water-supply-cap-event = { $planned ->
        [yes] नियोजित पाणीपुरवठा खंडित
       *[no] पाणीपुरवठा खंडित
    }
