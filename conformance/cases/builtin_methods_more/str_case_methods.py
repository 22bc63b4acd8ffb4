words = ["hello world", "HELLO wORLD", "they're bill's", "o'neil mc-donald", "123abc def",
         "ǆemal", "ß straße", "ﬁne", "a1b2 c3", "", "ΣΑΣ σας"]
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
for w in ["Straße", "ﬁne", "ΣΑΣ", "İ", "Ǆ"]:
    print(repr(w.lower()), repr(w.upper()), repr(w.casefold()))
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle())
print("ABC1".isupper(), "abc1".islower(), "1".isupper(), "1".islower())
print("abc".isidentifier(), "1abc".isidentifier(), "_".isidentifier(), "a-b".isidentifier())
print("²".isdigit(), "²".isdecimal(), "²".isnumeric(), "½".isnumeric(), "½".isdigit())
print(" \t\n".isspace(), "".isspace(), "abc".isalpha(), "ab1".isalnum(), "".isalnum())
print("abc".isascii(), "é".isascii(), "".isascii(), "\x7f".isprintable(), "a b".isprintable())
