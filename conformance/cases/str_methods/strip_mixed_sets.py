# strip/lstrip/rstrip with character sets mixing ASCII and non-ASCII
# characters, characters at the edges of the ASCII range (?, @, DEL, NUL),
# and ASCII sets applied to non-ASCII text.
subjects = ["?@\x7f\x00abc\x00\x7f@?", "\x80é€abc€é\x80", "é?a?é", "?éa€?",
            "\U0001f600x\U0001f600", "@@", "", "\x7f\x80\x7f", "\x00"]
sets = ["?", "@", "\x7f", "\x00", "?@\x7f\x00", "é€", "é?", "\x80\x7f",
        "\U0001f600", "\U0001f600x", "\x7f\x80", "abc\x00?@\x7fé€\x80"]
for s in subjects:
    for chars in sets:
        print(ascii(s), ascii(chars), ascii(s.strip(chars)), ascii(s.lstrip(chars)),
              ascii(s.rstrip(chars)))
