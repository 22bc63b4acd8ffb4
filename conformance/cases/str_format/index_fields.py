# "[n]" indexes with an int, "[name]" with a str.
print("{0[1]} {0[0]}".format(["first", "second"]), "{0[0][1]}".format(["ab"]))
print("{d[key]}".format(d={"key": "val"}), "{0[2]}".format("abc"), "{0[0]}".format((9,)))
print("{0[1]}".format({1: "int key", "1": "str key"}))
print("{0[a b]}".format({"a b": "space"}), "{0[-1]}".format({"-1": "minus str"}))
print("{0[01]}".format(["zero", "one"]), "{0[\u0661]}".format(["zero", "one"]))
print("{0[x][y]}".format({"x": {"y": "deep"}}), "{0[0].real}".format([3]))
print("{[0]}".format("ab"), "{[k]}".format({"k": 1}))
print("{0[9999999999]}".format({9999999999: "big"}))
