# Non-ASCII literal text and fields.
print("héllo {}!".format("wörld"), "日本{}語".format("の"), "{}😀{}".format(1, 2))
print("→{:^7}←".format("ü"), "{:ß>4}".format(1), "{:😀<3}|".format("a"))
print(len("é{}é".format("ü")), "{0}{0}".format("ñ"))
print("{ü}".format(ü="umlaut"), "{0[ключ]}".format({"ключ": "value"}))
