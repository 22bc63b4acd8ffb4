def capitalize_words(s):
    out = list(s)
    for i, ch in enumerate(out):
        if i == 0 or out[i - 1] == " ":
            out[i] = ch.upper()
    return "".join(out)


print(capitalize_words("hello big world"))
title = "hello"
title[0] = "H"
