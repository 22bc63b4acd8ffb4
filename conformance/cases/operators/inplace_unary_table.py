def t(label, f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = (type(r).__name__, sorted(r, key=repr))
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
def f1():
    x = 1
    x += 1
    return x
t('1 += 1', f1)
def f2():
    x = 1
    x -= 1
    return x
t('1 -= 1', f2)
def f3():
    x = 1
    x *= 1
    return x
t('1 *= 1', f3)
def f4():
    x = 1
    x /= 1
    return x
t('1 /= 1', f4)
def f5():
    x = 1
    x //= 1
    return x
t('1 //= 1', f5)
def f6():
    x = 1
    x %= 1
    return x
t('1 %= 1', f6)
def f7():
    x = 1
    x **= 1
    return x
t('1 **= 1', f7)
def f8():
    x = 1
    x <<= 1
    return x
t('1 <<= 1', f8)
def f9():
    x = 1
    x >>= 1
    return x
t('1 >>= 1', f9)
def f10():
    x = 1
    x &= 1
    return x
t('1 &= 1', f10)
def f11():
    x = 1
    x |= 1
    return x
t('1 |= 1', f11)
def f12():
    x = 1
    x ^= 1
    return x
t('1 ^= 1', f12)
def f13():
    x = 1
    x @= 1
    return x
t('1 @= 1', f13)
def f14():
    x = 1
    x += 2.5
    return x
t('1 += 2.5', f14)
def f15():
    x = 1
    x -= 2.5
    return x
t('1 -= 2.5', f15)
def f16():
    x = 1
    x *= 2.5
    return x
t('1 *= 2.5', f16)
def f17():
    x = 1
    x /= 2.5
    return x
t('1 /= 2.5', f17)
def f18():
    x = 1
    x //= 2.5
    return x
t('1 //= 2.5', f18)
def f19():
    x = 1
    x %= 2.5
    return x
t('1 %= 2.5', f19)
def f20():
    x = 1
    x **= 2.5
    return x
t('1 **= 2.5', f20)
def f21():
    x = 1
    x <<= 2.5
    return x
t('1 <<= 2.5', f21)
def f22():
    x = 1
    x >>= 2.5
    return x
t('1 >>= 2.5', f22)
def f23():
    x = 1
    x &= 2.5
    return x
t('1 &= 2.5', f23)
def f24():
    x = 1
    x |= 2.5
    return x
t('1 |= 2.5', f24)
def f25():
    x = 1
    x ^= 2.5
    return x
t('1 ^= 2.5', f25)
def f26():
    x = 1
    x @= 2.5
    return x
t('1 @= 2.5', f26)
def f27():
    x = 1
    x += True
    return x
t('1 += True', f27)
def f28():
    x = 1
    x -= True
    return x
t('1 -= True', f28)
def f29():
    x = 1
    x *= True
    return x
t('1 *= True', f29)
def f30():
    x = 1
    x /= True
    return x
t('1 /= True', f30)
def f31():
    x = 1
    x //= True
    return x
t('1 //= True', f31)
def f32():
    x = 1
    x %= True
    return x
t('1 %= True', f32)
def f33():
    x = 1
    x **= True
    return x
t('1 **= True', f33)
def f34():
    x = 1
    x <<= True
    return x
t('1 <<= True', f34)
def f35():
    x = 1
    x >>= True
    return x
t('1 >>= True', f35)
def f36():
    x = 1
    x &= True
    return x
t('1 &= True', f36)
def f37():
    x = 1
    x |= True
    return x
t('1 |= True', f37)
def f38():
    x = 1
    x ^= True
    return x
t('1 ^= True', f38)
def f39():
    x = 1
    x @= True
    return x
t('1 @= True', f39)
def f40():
    x = 1
    x += "ab"
    return x
t('1 += "ab"', f40)
def f41():
    x = 1
    x -= "ab"
    return x
t('1 -= "ab"', f41)
def f42():
    x = 1
    x *= "ab"
    return x
t('1 *= "ab"', f42)
def f43():
    x = 1
    x /= "ab"
    return x
t('1 /= "ab"', f43)
def f44():
    x = 1
    x //= "ab"
    return x
t('1 //= "ab"', f44)
def f45():
    x = 1
    x %= "ab"
    return x
t('1 %= "ab"', f45)
def f46():
    x = 1
    x **= "ab"
    return x
t('1 **= "ab"', f46)
def f47():
    x = 1
    x <<= "ab"
    return x
t('1 <<= "ab"', f47)
def f48():
    x = 1
    x >>= "ab"
    return x
t('1 >>= "ab"', f48)
def f49():
    x = 1
    x &= "ab"
    return x
t('1 &= "ab"', f49)
def f50():
    x = 1
    x |= "ab"
    return x
t('1 |= "ab"', f50)
def f51():
    x = 1
    x ^= "ab"
    return x
t('1 ^= "ab"', f51)
def f52():
    x = 1
    x @= "ab"
    return x
t('1 @= "ab"', f52)
def f53():
    x = 1
    x += b"ab"
    return x
t('1 += b"ab"', f53)
def f54():
    x = 1
    x -= b"ab"
    return x
t('1 -= b"ab"', f54)
def f55():
    x = 1
    x *= b"ab"
    return x
t('1 *= b"ab"', f55)
def f56():
    x = 1
    x /= b"ab"
    return x
t('1 /= b"ab"', f56)
def f57():
    x = 1
    x //= b"ab"
    return x
t('1 //= b"ab"', f57)
def f58():
    x = 1
    x %= b"ab"
    return x
t('1 %= b"ab"', f58)
def f59():
    x = 1
    x **= b"ab"
    return x
t('1 **= b"ab"', f59)
def f60():
    x = 1
    x <<= b"ab"
    return x
t('1 <<= b"ab"', f60)
def f61():
    x = 1
    x >>= b"ab"
    return x
t('1 >>= b"ab"', f61)
def f62():
    x = 1
    x &= b"ab"
    return x
t('1 &= b"ab"', f62)
def f63():
    x = 1
    x |= b"ab"
    return x
t('1 |= b"ab"', f63)
def f64():
    x = 1
    x ^= b"ab"
    return x
t('1 ^= b"ab"', f64)
def f65():
    x = 1
    x @= b"ab"
    return x
t('1 @= b"ab"', f65)
def f66():
    x = 1
    x += bytearray(b"x")
    return x
t('1 += bytearray(b"x")', f66)
def f67():
    x = 1
    x -= bytearray(b"x")
    return x
t('1 -= bytearray(b"x")', f67)
def f68():
    x = 1
    x *= bytearray(b"x")
    return x
t('1 *= bytearray(b"x")', f68)
def f69():
    x = 1
    x /= bytearray(b"x")
    return x
t('1 /= bytearray(b"x")', f69)
def f70():
    x = 1
    x //= bytearray(b"x")
    return x
t('1 //= bytearray(b"x")', f70)
def f71():
    x = 1
    x %= bytearray(b"x")
    return x
t('1 %= bytearray(b"x")', f71)
def f72():
    x = 1
    x **= bytearray(b"x")
    return x
t('1 **= bytearray(b"x")', f72)
def f73():
    x = 1
    x <<= bytearray(b"x")
    return x
t('1 <<= bytearray(b"x")', f73)
def f74():
    x = 1
    x >>= bytearray(b"x")
    return x
t('1 >>= bytearray(b"x")', f74)
def f75():
    x = 1
    x &= bytearray(b"x")
    return x
t('1 &= bytearray(b"x")', f75)
def f76():
    x = 1
    x |= bytearray(b"x")
    return x
t('1 |= bytearray(b"x")', f76)
def f77():
    x = 1
    x ^= bytearray(b"x")
    return x
t('1 ^= bytearray(b"x")', f77)
def f78():
    x = 1
    x @= bytearray(b"x")
    return x
t('1 @= bytearray(b"x")', f78)
def f79():
    x = 1
    x += [1]
    return x
t('1 += [1]', f79)
def f80():
    x = 1
    x -= [1]
    return x
t('1 -= [1]', f80)
def f81():
    x = 1
    x *= [1]
    return x
t('1 *= [1]', f81)
def f82():
    x = 1
    x /= [1]
    return x
t('1 /= [1]', f82)
def f83():
    x = 1
    x //= [1]
    return x
t('1 //= [1]', f83)
def f84():
    x = 1
    x %= [1]
    return x
t('1 %= [1]', f84)
def f85():
    x = 1
    x **= [1]
    return x
t('1 **= [1]', f85)
def f86():
    x = 1
    x <<= [1]
    return x
t('1 <<= [1]', f86)
def f87():
    x = 1
    x >>= [1]
    return x
t('1 >>= [1]', f87)
def f88():
    x = 1
    x &= [1]
    return x
t('1 &= [1]', f88)
def f89():
    x = 1
    x |= [1]
    return x
t('1 |= [1]', f89)
def f90():
    x = 1
    x ^= [1]
    return x
t('1 ^= [1]', f90)
def f91():
    x = 1
    x @= [1]
    return x
t('1 @= [1]', f91)
def f92():
    x = 1
    x += (1,)
    return x
t('1 += (1,)', f92)
def f93():
    x = 1
    x -= (1,)
    return x
t('1 -= (1,)', f93)
def f94():
    x = 1
    x *= (1,)
    return x
t('1 *= (1,)', f94)
def f95():
    x = 1
    x /= (1,)
    return x
t('1 /= (1,)', f95)
def f96():
    x = 1
    x //= (1,)
    return x
t('1 //= (1,)', f96)
def f97():
    x = 1
    x %= (1,)
    return x
t('1 %= (1,)', f97)
def f98():
    x = 1
    x **= (1,)
    return x
t('1 **= (1,)', f98)
def f99():
    x = 1
    x <<= (1,)
    return x
t('1 <<= (1,)', f99)
def f100():
    x = 1
    x >>= (1,)
    return x
t('1 >>= (1,)', f100)
def f101():
    x = 1
    x &= (1,)
    return x
t('1 &= (1,)', f101)
def f102():
    x = 1
    x |= (1,)
    return x
t('1 |= (1,)', f102)
def f103():
    x = 1
    x ^= (1,)
    return x
t('1 ^= (1,)', f103)
def f104():
    x = 1
    x @= (1,)
    return x
t('1 @= (1,)', f104)
def f105():
    x = 1
    x += {1: 2}
    return x
t('1 += {1: 2}', f105)
def f106():
    x = 1
    x -= {1: 2}
    return x
t('1 -= {1: 2}', f106)
def f107():
    x = 1
    x *= {1: 2}
    return x
t('1 *= {1: 2}', f107)
def f108():
    x = 1
    x /= {1: 2}
    return x
t('1 /= {1: 2}', f108)
def f109():
    x = 1
    x //= {1: 2}
    return x
t('1 //= {1: 2}', f109)
def f110():
    x = 1
    x %= {1: 2}
    return x
t('1 %= {1: 2}', f110)
def f111():
    x = 1
    x **= {1: 2}
    return x
t('1 **= {1: 2}', f111)
def f112():
    x = 1
    x <<= {1: 2}
    return x
t('1 <<= {1: 2}', f112)
def f113():
    x = 1
    x >>= {1: 2}
    return x
t('1 >>= {1: 2}', f113)
def f114():
    x = 1
    x &= {1: 2}
    return x
t('1 &= {1: 2}', f114)
def f115():
    x = 1
    x |= {1: 2}
    return x
t('1 |= {1: 2}', f115)
def f116():
    x = 1
    x ^= {1: 2}
    return x
t('1 ^= {1: 2}', f116)
def f117():
    x = 1
    x @= {1: 2}
    return x
t('1 @= {1: 2}', f117)
def f118():
    x = 1
    x += {1}
    return x
t('1 += {1}', f118)
def f119():
    x = 1
    x -= {1}
    return x
t('1 -= {1}', f119)
def f120():
    x = 1
    x *= {1}
    return x
t('1 *= {1}', f120)
def f121():
    x = 1
    x /= {1}
    return x
t('1 /= {1}', f121)
def f122():
    x = 1
    x //= {1}
    return x
t('1 //= {1}', f122)
def f123():
    x = 1
    x %= {1}
    return x
t('1 %= {1}', f123)
def f124():
    x = 1
    x **= {1}
    return x
t('1 **= {1}', f124)
def f125():
    x = 1
    x <<= {1}
    return x
t('1 <<= {1}', f125)
def f126():
    x = 1
    x >>= {1}
    return x
t('1 >>= {1}', f126)
def f127():
    x = 1
    x &= {1}
    return x
t('1 &= {1}', f127)
def f128():
    x = 1
    x |= {1}
    return x
t('1 |= {1}', f128)
def f129():
    x = 1
    x ^= {1}
    return x
t('1 ^= {1}', f129)
def f130():
    x = 1
    x @= {1}
    return x
t('1 @= {1}', f130)
def f131():
    x = 1
    x += frozenset({2})
    return x
t('1 += frozenset({2})', f131)
def f132():
    x = 1
    x -= frozenset({2})
    return x
t('1 -= frozenset({2})', f132)
def f133():
    x = 1
    x *= frozenset({2})
    return x
t('1 *= frozenset({2})', f133)
def f134():
    x = 1
    x /= frozenset({2})
    return x
t('1 /= frozenset({2})', f134)
def f135():
    x = 1
    x //= frozenset({2})
    return x
t('1 //= frozenset({2})', f135)
def f136():
    x = 1
    x %= frozenset({2})
    return x
t('1 %= frozenset({2})', f136)
def f137():
    x = 1
    x **= frozenset({2})
    return x
t('1 **= frozenset({2})', f137)
def f138():
    x = 1
    x <<= frozenset({2})
    return x
t('1 <<= frozenset({2})', f138)
def f139():
    x = 1
    x >>= frozenset({2})
    return x
t('1 >>= frozenset({2})', f139)
def f140():
    x = 1
    x &= frozenset({2})
    return x
t('1 &= frozenset({2})', f140)
def f141():
    x = 1
    x |= frozenset({2})
    return x
t('1 |= frozenset({2})', f141)
def f142():
    x = 1
    x ^= frozenset({2})
    return x
t('1 ^= frozenset({2})', f142)
def f143():
    x = 1
    x @= frozenset({2})
    return x
t('1 @= frozenset({2})', f143)
def f144():
    x = 1
    x += None
    return x
t('1 += None', f144)
def f145():
    x = 1
    x -= None
    return x
t('1 -= None', f145)
def f146():
    x = 1
    x *= None
    return x
t('1 *= None', f146)
def f147():
    x = 1
    x /= None
    return x
t('1 /= None', f147)
def f148():
    x = 1
    x //= None
    return x
t('1 //= None', f148)
def f149():
    x = 1
    x %= None
    return x
t('1 %= None', f149)
def f150():
    x = 1
    x **= None
    return x
t('1 **= None', f150)
def f151():
    x = 1
    x <<= None
    return x
t('1 <<= None', f151)
def f152():
    x = 1
    x >>= None
    return x
t('1 >>= None', f152)
def f153():
    x = 1
    x &= None
    return x
t('1 &= None', f153)
def f154():
    x = 1
    x |= None
    return x
t('1 |= None', f154)
def f155():
    x = 1
    x ^= None
    return x
t('1 ^= None', f155)
def f156():
    x = 1
    x @= None
    return x
t('1 @= None', f156)
def f157():
    x = 1
    x += range(2)
    return x
t('1 += range(2)', f157)
def f158():
    x = 1
    x -= range(2)
    return x
t('1 -= range(2)', f158)
def f159():
    x = 1
    x *= range(2)
    return x
t('1 *= range(2)', f159)
def f160():
    x = 1
    x /= range(2)
    return x
t('1 /= range(2)', f160)
def f161():
    x = 1
    x //= range(2)
    return x
t('1 //= range(2)', f161)
def f162():
    x = 1
    x %= range(2)
    return x
t('1 %= range(2)', f162)
def f163():
    x = 1
    x **= range(2)
    return x
t('1 **= range(2)', f163)
def f164():
    x = 1
    x <<= range(2)
    return x
t('1 <<= range(2)', f164)
def f165():
    x = 1
    x >>= range(2)
    return x
t('1 >>= range(2)', f165)
def f166():
    x = 1
    x &= range(2)
    return x
t('1 &= range(2)', f166)
def f167():
    x = 1
    x |= range(2)
    return x
t('1 |= range(2)', f167)
def f168():
    x = 1
    x ^= range(2)
    return x
t('1 ^= range(2)', f168)
def f169():
    x = 1
    x @= range(2)
    return x
t('1 @= range(2)', f169)
def f170():
    x = 1
    x += {1: 2}.keys()
    return x
t('1 += {1: 2}.keys()', f170)
def f171():
    x = 1
    x -= {1: 2}.keys()
    return x
t('1 -= {1: 2}.keys()', f171)
def f172():
    x = 1
    x *= {1: 2}.keys()
    return x
t('1 *= {1: 2}.keys()', f172)
def f173():
    x = 1
    x /= {1: 2}.keys()
    return x
t('1 /= {1: 2}.keys()', f173)
def f174():
    x = 1
    x //= {1: 2}.keys()
    return x
t('1 //= {1: 2}.keys()', f174)
def f175():
    x = 1
    x %= {1: 2}.keys()
    return x
t('1 %= {1: 2}.keys()', f175)
def f176():
    x = 1
    x **= {1: 2}.keys()
    return x
t('1 **= {1: 2}.keys()', f176)
def f177():
    x = 1
    x <<= {1: 2}.keys()
    return x
t('1 <<= {1: 2}.keys()', f177)
def f178():
    x = 1
    x >>= {1: 2}.keys()
    return x
t('1 >>= {1: 2}.keys()', f178)
def f179():
    x = 1
    x &= {1: 2}.keys()
    return x
t('1 &= {1: 2}.keys()', f179)
def f180():
    x = 1
    x |= {1: 2}.keys()
    return x
t('1 |= {1: 2}.keys()', f180)
def f181():
    x = 1
    x ^= {1: 2}.keys()
    return x
t('1 ^= {1: 2}.keys()', f181)
def f182():
    x = 1
    x @= {1: 2}.keys()
    return x
t('1 @= {1: 2}.keys()', f182)
def f183():
    x = 1
    x += -3
    return x
t('1 += -3', f183)
def f184():
    x = 1
    x -= -3
    return x
t('1 -= -3', f184)
def f185():
    x = 1
    x *= -3
    return x
t('1 *= -3', f185)
def f186():
    x = 1
    x /= -3
    return x
t('1 /= -3', f186)
def f187():
    x = 1
    x //= -3
    return x
t('1 //= -3', f187)
def f188():
    x = 1
    x %= -3
    return x
t('1 %= -3', f188)
def f189():
    x = 1
    x **= -3
    return x
t('1 **= -3', f189)
def f190():
    x = 1
    x <<= -3
    return x
t('1 <<= -3', f190)
def f191():
    x = 1
    x >>= -3
    return x
t('1 >>= -3', f191)
def f192():
    x = 1
    x &= -3
    return x
t('1 &= -3', f192)
def f193():
    x = 1
    x |= -3
    return x
t('1 |= -3', f193)
def f194():
    x = 1
    x ^= -3
    return x
t('1 ^= -3', f194)
def f195():
    x = 1
    x @= -3
    return x
t('1 @= -3', f195)
def f196():
    x = 1
    x += 0
    return x
t('1 += 0', f196)
def f197():
    x = 1
    x -= 0
    return x
t('1 -= 0', f197)
def f198():
    x = 1
    x *= 0
    return x
t('1 *= 0', f198)
def f199():
    x = 1
    x /= 0
    return x
t('1 /= 0', f199)
def f200():
    x = 1
    x //= 0
    return x
t('1 //= 0', f200)
def f201():
    x = 1
    x %= 0
    return x
t('1 %= 0', f201)
def f202():
    x = 1
    x **= 0
    return x
t('1 **= 0', f202)
def f203():
    x = 1
    x <<= 0
    return x
t('1 <<= 0', f203)
def f204():
    x = 1
    x >>= 0
    return x
t('1 >>= 0', f204)
def f205():
    x = 1
    x &= 0
    return x
t('1 &= 0', f205)
def f206():
    x = 1
    x |= 0
    return x
t('1 |= 0', f206)
def f207():
    x = 1
    x ^= 0
    return x
t('1 ^= 0', f207)
def f208():
    x = 1
    x @= 0
    return x
t('1 @= 0', f208)
def f209():
    x = 1
    x += 10**20
    return x
t('1 += 10**20', f209)
def f210():
    x = 1
    x -= 10**20
    return x
t('1 -= 10**20', f210)
def f211():
    x = 1
    x /= 10**20
    return x
t('1 /= 10**20', f211)
def f212():
    x = 1
    x //= 10**20
    return x
t('1 //= 10**20', f212)
def f213():
    x = 1
    x %= 10**20
    return x
t('1 %= 10**20', f213)
def f214():
    x = 1
    x >>= 10**20
    return x
t('1 >>= 10**20', f214)
def f215():
    x = 1
    x &= 10**20
    return x
t('1 &= 10**20', f215)
def f216():
    x = 1
    x |= 10**20
    return x
t('1 |= 10**20', f216)
def f217():
    x = 1
    x ^= 10**20
    return x
t('1 ^= 10**20', f217)
def f218():
    x = 1
    x @= 10**20
    return x
t('1 @= 10**20', f218)
def f219():
    x = 1
    x += []
    return x
t('1 += []', f219)
def f220():
    x = 1
    x -= []
    return x
t('1 -= []', f220)
def f221():
    x = 1
    x *= []
    return x
t('1 *= []', f221)
def f222():
    x = 1
    x /= []
    return x
t('1 /= []', f222)
def f223():
    x = 1
    x //= []
    return x
t('1 //= []', f223)
def f224():
    x = 1
    x %= []
    return x
t('1 %= []', f224)
def f225():
    x = 1
    x **= []
    return x
t('1 **= []', f225)
def f226():
    x = 1
    x <<= []
    return x
t('1 <<= []', f226)
def f227():
    x = 1
    x >>= []
    return x
t('1 >>= []', f227)
def f228():
    x = 1
    x &= []
    return x
t('1 &= []', f228)
def f229():
    x = 1
    x |= []
    return x
t('1 |= []', f229)
def f230():
    x = 1
    x ^= []
    return x
t('1 ^= []', f230)
def f231():
    x = 1
    x @= []
    return x
t('1 @= []', f231)
def f232():
    x = 1
    x += {}
    return x
t('1 += {}', f232)
def f233():
    x = 1
    x -= {}
    return x
t('1 -= {}', f233)
def f234():
    x = 1
    x *= {}
    return x
t('1 *= {}', f234)
def f235():
    x = 1
    x /= {}
    return x
t('1 /= {}', f235)
def f236():
    x = 1
    x //= {}
    return x
t('1 //= {}', f236)
def f237():
    x = 1
    x %= {}
    return x
t('1 %= {}', f237)
def f238():
    x = 1
    x **= {}
    return x
t('1 **= {}', f238)
def f239():
    x = 1
    x <<= {}
    return x
t('1 <<= {}', f239)
def f240():
    x = 1
    x >>= {}
    return x
t('1 >>= {}', f240)
def f241():
    x = 1
    x &= {}
    return x
t('1 &= {}', f241)
def f242():
    x = 1
    x |= {}
    return x
t('1 |= {}', f242)
def f243():
    x = 1
    x ^= {}
    return x
t('1 ^= {}', f243)
def f244():
    x = 1
    x @= {}
    return x
t('1 @= {}', f244)
def f245():
    x = 1
    x += "é"
    return x
t('1 += "é"', f245)
def f246():
    x = 1
    x -= "é"
    return x
t('1 -= "é"', f246)
def f247():
    x = 1
    x *= "é"
    return x
t('1 *= "é"', f247)
def f248():
    x = 1
    x /= "é"
    return x
t('1 /= "é"', f248)
def f249():
    x = 1
    x //= "é"
    return x
t('1 //= "é"', f249)
def f250():
    x = 1
    x %= "é"
    return x
t('1 %= "é"', f250)
def f251():
    x = 1
    x **= "é"
    return x
t('1 **= "é"', f251)
def f252():
    x = 1
    x <<= "é"
    return x
t('1 <<= "é"', f252)
def f253():
    x = 1
    x >>= "é"
    return x
t('1 >>= "é"', f253)
def f254():
    x = 1
    x &= "é"
    return x
t('1 &= "é"', f254)
def f255():
    x = 1
    x |= "é"
    return x
t('1 |= "é"', f255)
def f256():
    x = 1
    x ^= "é"
    return x
t('1 ^= "é"', f256)
def f257():
    x = 1
    x @= "é"
    return x
t('1 @= "é"', f257)
def f258():
    x = 2.5
    x += 1
    return x
t('2.5 += 1', f258)
def f259():
    x = 2.5
    x -= 1
    return x
t('2.5 -= 1', f259)
def f260():
    x = 2.5
    x *= 1
    return x
t('2.5 *= 1', f260)
def f261():
    x = 2.5
    x /= 1
    return x
t('2.5 /= 1', f261)
def f262():
    x = 2.5
    x //= 1
    return x
t('2.5 //= 1', f262)
def f263():
    x = 2.5
    x %= 1
    return x
t('2.5 %= 1', f263)
def f264():
    x = 2.5
    x **= 1
    return x
t('2.5 **= 1', f264)
def f265():
    x = 2.5
    x <<= 1
    return x
t('2.5 <<= 1', f265)
def f266():
    x = 2.5
    x >>= 1
    return x
t('2.5 >>= 1', f266)
def f267():
    x = 2.5
    x &= 1
    return x
t('2.5 &= 1', f267)
def f268():
    x = 2.5
    x |= 1
    return x
t('2.5 |= 1', f268)
def f269():
    x = 2.5
    x ^= 1
    return x
t('2.5 ^= 1', f269)
def f270():
    x = 2.5
    x @= 1
    return x
t('2.5 @= 1', f270)
def f271():
    x = 2.5
    x += 2.5
    return x
t('2.5 += 2.5', f271)
def f272():
    x = 2.5
    x -= 2.5
    return x
t('2.5 -= 2.5', f272)
def f273():
    x = 2.5
    x *= 2.5
    return x
t('2.5 *= 2.5', f273)
def f274():
    x = 2.5
    x /= 2.5
    return x
t('2.5 /= 2.5', f274)
def f275():
    x = 2.5
    x //= 2.5
    return x
t('2.5 //= 2.5', f275)
def f276():
    x = 2.5
    x %= 2.5
    return x
t('2.5 %= 2.5', f276)
def f277():
    x = 2.5
    x **= 2.5
    return x
t('2.5 **= 2.5', f277)
def f278():
    x = 2.5
    x <<= 2.5
    return x
t('2.5 <<= 2.5', f278)
def f279():
    x = 2.5
    x >>= 2.5
    return x
t('2.5 >>= 2.5', f279)
def f280():
    x = 2.5
    x &= 2.5
    return x
t('2.5 &= 2.5', f280)
def f281():
    x = 2.5
    x |= 2.5
    return x
t('2.5 |= 2.5', f281)
def f282():
    x = 2.5
    x ^= 2.5
    return x
t('2.5 ^= 2.5', f282)
def f283():
    x = 2.5
    x @= 2.5
    return x
t('2.5 @= 2.5', f283)
def f284():
    x = 2.5
    x += True
    return x
t('2.5 += True', f284)
def f285():
    x = 2.5
    x -= True
    return x
t('2.5 -= True', f285)
def f286():
    x = 2.5
    x *= True
    return x
t('2.5 *= True', f286)
def f287():
    x = 2.5
    x /= True
    return x
t('2.5 /= True', f287)
def f288():
    x = 2.5
    x //= True
    return x
t('2.5 //= True', f288)
def f289():
    x = 2.5
    x %= True
    return x
t('2.5 %= True', f289)
def f290():
    x = 2.5
    x **= True
    return x
t('2.5 **= True', f290)
def f291():
    x = 2.5
    x <<= True
    return x
t('2.5 <<= True', f291)
def f292():
    x = 2.5
    x >>= True
    return x
t('2.5 >>= True', f292)
def f293():
    x = 2.5
    x &= True
    return x
t('2.5 &= True', f293)
def f294():
    x = 2.5
    x |= True
    return x
t('2.5 |= True', f294)
def f295():
    x = 2.5
    x ^= True
    return x
t('2.5 ^= True', f295)
def f296():
    x = 2.5
    x @= True
    return x
t('2.5 @= True', f296)
def f297():
    x = 2.5
    x += "ab"
    return x
t('2.5 += "ab"', f297)
def f298():
    x = 2.5
    x -= "ab"
    return x
t('2.5 -= "ab"', f298)
def f299():
    x = 2.5
    x *= "ab"
    return x
t('2.5 *= "ab"', f299)
def f300():
    x = 2.5
    x /= "ab"
    return x
t('2.5 /= "ab"', f300)
def f301():
    x = 2.5
    x //= "ab"
    return x
t('2.5 //= "ab"', f301)
def f302():
    x = 2.5
    x %= "ab"
    return x
t('2.5 %= "ab"', f302)
def f303():
    x = 2.5
    x **= "ab"
    return x
t('2.5 **= "ab"', f303)
def f304():
    x = 2.5
    x <<= "ab"
    return x
t('2.5 <<= "ab"', f304)
def f305():
    x = 2.5
    x >>= "ab"
    return x
t('2.5 >>= "ab"', f305)
def f306():
    x = 2.5
    x &= "ab"
    return x
t('2.5 &= "ab"', f306)
def f307():
    x = 2.5
    x |= "ab"
    return x
t('2.5 |= "ab"', f307)
def f308():
    x = 2.5
    x ^= "ab"
    return x
t('2.5 ^= "ab"', f308)
def f309():
    x = 2.5
    x @= "ab"
    return x
t('2.5 @= "ab"', f309)
def f310():
    x = 2.5
    x += b"ab"
    return x
t('2.5 += b"ab"', f310)
def f311():
    x = 2.5
    x -= b"ab"
    return x
t('2.5 -= b"ab"', f311)
def f312():
    x = 2.5
    x *= b"ab"
    return x
t('2.5 *= b"ab"', f312)
def f313():
    x = 2.5
    x /= b"ab"
    return x
t('2.5 /= b"ab"', f313)
def f314():
    x = 2.5
    x //= b"ab"
    return x
t('2.5 //= b"ab"', f314)
def f315():
    x = 2.5
    x %= b"ab"
    return x
t('2.5 %= b"ab"', f315)
def f316():
    x = 2.5
    x **= b"ab"
    return x
t('2.5 **= b"ab"', f316)
def f317():
    x = 2.5
    x <<= b"ab"
    return x
t('2.5 <<= b"ab"', f317)
def f318():
    x = 2.5
    x >>= b"ab"
    return x
t('2.5 >>= b"ab"', f318)
def f319():
    x = 2.5
    x &= b"ab"
    return x
t('2.5 &= b"ab"', f319)
def f320():
    x = 2.5
    x |= b"ab"
    return x
t('2.5 |= b"ab"', f320)
def f321():
    x = 2.5
    x ^= b"ab"
    return x
t('2.5 ^= b"ab"', f321)
def f322():
    x = 2.5
    x @= b"ab"
    return x
t('2.5 @= b"ab"', f322)
def f323():
    x = 2.5
    x += bytearray(b"x")
    return x
t('2.5 += bytearray(b"x")', f323)
def f324():
    x = 2.5
    x -= bytearray(b"x")
    return x
t('2.5 -= bytearray(b"x")', f324)
def f325():
    x = 2.5
    x *= bytearray(b"x")
    return x
t('2.5 *= bytearray(b"x")', f325)
def f326():
    x = 2.5
    x /= bytearray(b"x")
    return x
t('2.5 /= bytearray(b"x")', f326)
def f327():
    x = 2.5
    x //= bytearray(b"x")
    return x
t('2.5 //= bytearray(b"x")', f327)
def f328():
    x = 2.5
    x %= bytearray(b"x")
    return x
t('2.5 %= bytearray(b"x")', f328)
def f329():
    x = 2.5
    x **= bytearray(b"x")
    return x
t('2.5 **= bytearray(b"x")', f329)
def f330():
    x = 2.5
    x <<= bytearray(b"x")
    return x
t('2.5 <<= bytearray(b"x")', f330)
def f331():
    x = 2.5
    x >>= bytearray(b"x")
    return x
t('2.5 >>= bytearray(b"x")', f331)
def f332():
    x = 2.5
    x &= bytearray(b"x")
    return x
t('2.5 &= bytearray(b"x")', f332)
def f333():
    x = 2.5
    x |= bytearray(b"x")
    return x
t('2.5 |= bytearray(b"x")', f333)
def f334():
    x = 2.5
    x ^= bytearray(b"x")
    return x
t('2.5 ^= bytearray(b"x")', f334)
def f335():
    x = 2.5
    x @= bytearray(b"x")
    return x
t('2.5 @= bytearray(b"x")', f335)
def f336():
    x = 2.5
    x += [1]
    return x
t('2.5 += [1]', f336)
def f337():
    x = 2.5
    x -= [1]
    return x
t('2.5 -= [1]', f337)
def f338():
    x = 2.5
    x *= [1]
    return x
t('2.5 *= [1]', f338)
def f339():
    x = 2.5
    x /= [1]
    return x
t('2.5 /= [1]', f339)
def f340():
    x = 2.5
    x //= [1]
    return x
t('2.5 //= [1]', f340)
def f341():
    x = 2.5
    x %= [1]
    return x
t('2.5 %= [1]', f341)
def f342():
    x = 2.5
    x **= [1]
    return x
t('2.5 **= [1]', f342)
def f343():
    x = 2.5
    x <<= [1]
    return x
t('2.5 <<= [1]', f343)
def f344():
    x = 2.5
    x >>= [1]
    return x
t('2.5 >>= [1]', f344)
def f345():
    x = 2.5
    x &= [1]
    return x
t('2.5 &= [1]', f345)
def f346():
    x = 2.5
    x |= [1]
    return x
t('2.5 |= [1]', f346)
def f347():
    x = 2.5
    x ^= [1]
    return x
t('2.5 ^= [1]', f347)
def f348():
    x = 2.5
    x @= [1]
    return x
t('2.5 @= [1]', f348)
def f349():
    x = 2.5
    x += (1,)
    return x
t('2.5 += (1,)', f349)
def f350():
    x = 2.5
    x -= (1,)
    return x
t('2.5 -= (1,)', f350)
def f351():
    x = 2.5
    x *= (1,)
    return x
t('2.5 *= (1,)', f351)
def f352():
    x = 2.5
    x /= (1,)
    return x
t('2.5 /= (1,)', f352)
def f353():
    x = 2.5
    x //= (1,)
    return x
t('2.5 //= (1,)', f353)
def f354():
    x = 2.5
    x %= (1,)
    return x
t('2.5 %= (1,)', f354)
def f355():
    x = 2.5
    x **= (1,)
    return x
t('2.5 **= (1,)', f355)
def f356():
    x = 2.5
    x <<= (1,)
    return x
t('2.5 <<= (1,)', f356)
def f357():
    x = 2.5
    x >>= (1,)
    return x
t('2.5 >>= (1,)', f357)
def f358():
    x = 2.5
    x &= (1,)
    return x
t('2.5 &= (1,)', f358)
def f359():
    x = 2.5
    x |= (1,)
    return x
t('2.5 |= (1,)', f359)
def f360():
    x = 2.5
    x ^= (1,)
    return x
t('2.5 ^= (1,)', f360)
def f361():
    x = 2.5
    x @= (1,)
    return x
t('2.5 @= (1,)', f361)
def f362():
    x = 2.5
    x += {1: 2}
    return x
t('2.5 += {1: 2}', f362)
def f363():
    x = 2.5
    x -= {1: 2}
    return x
t('2.5 -= {1: 2}', f363)
def f364():
    x = 2.5
    x *= {1: 2}
    return x
t('2.5 *= {1: 2}', f364)
def f365():
    x = 2.5
    x /= {1: 2}
    return x
t('2.5 /= {1: 2}', f365)
def f366():
    x = 2.5
    x //= {1: 2}
    return x
t('2.5 //= {1: 2}', f366)
def f367():
    x = 2.5
    x %= {1: 2}
    return x
t('2.5 %= {1: 2}', f367)
def f368():
    x = 2.5
    x **= {1: 2}
    return x
t('2.5 **= {1: 2}', f368)
def f369():
    x = 2.5
    x <<= {1: 2}
    return x
t('2.5 <<= {1: 2}', f369)
def f370():
    x = 2.5
    x >>= {1: 2}
    return x
t('2.5 >>= {1: 2}', f370)
def f371():
    x = 2.5
    x &= {1: 2}
    return x
t('2.5 &= {1: 2}', f371)
def f372():
    x = 2.5
    x |= {1: 2}
    return x
t('2.5 |= {1: 2}', f372)
def f373():
    x = 2.5
    x ^= {1: 2}
    return x
t('2.5 ^= {1: 2}', f373)
def f374():
    x = 2.5
    x @= {1: 2}
    return x
t('2.5 @= {1: 2}', f374)
def f375():
    x = 2.5
    x += {1}
    return x
t('2.5 += {1}', f375)
def f376():
    x = 2.5
    x -= {1}
    return x
t('2.5 -= {1}', f376)
def f377():
    x = 2.5
    x *= {1}
    return x
t('2.5 *= {1}', f377)
def f378():
    x = 2.5
    x /= {1}
    return x
t('2.5 /= {1}', f378)
def f379():
    x = 2.5
    x //= {1}
    return x
t('2.5 //= {1}', f379)
def f380():
    x = 2.5
    x %= {1}
    return x
t('2.5 %= {1}', f380)
def f381():
    x = 2.5
    x **= {1}
    return x
t('2.5 **= {1}', f381)
def f382():
    x = 2.5
    x <<= {1}
    return x
t('2.5 <<= {1}', f382)
def f383():
    x = 2.5
    x >>= {1}
    return x
t('2.5 >>= {1}', f383)
def f384():
    x = 2.5
    x &= {1}
    return x
t('2.5 &= {1}', f384)
def f385():
    x = 2.5
    x |= {1}
    return x
t('2.5 |= {1}', f385)
def f386():
    x = 2.5
    x ^= {1}
    return x
t('2.5 ^= {1}', f386)
def f387():
    x = 2.5
    x @= {1}
    return x
t('2.5 @= {1}', f387)
def f388():
    x = 2.5
    x += frozenset({2})
    return x
t('2.5 += frozenset({2})', f388)
def f389():
    x = 2.5
    x -= frozenset({2})
    return x
t('2.5 -= frozenset({2})', f389)
def f390():
    x = 2.5
    x *= frozenset({2})
    return x
t('2.5 *= frozenset({2})', f390)
def f391():
    x = 2.5
    x /= frozenset({2})
    return x
t('2.5 /= frozenset({2})', f391)
def f392():
    x = 2.5
    x //= frozenset({2})
    return x
t('2.5 //= frozenset({2})', f392)
def f393():
    x = 2.5
    x %= frozenset({2})
    return x
t('2.5 %= frozenset({2})', f393)
def f394():
    x = 2.5
    x **= frozenset({2})
    return x
t('2.5 **= frozenset({2})', f394)
def f395():
    x = 2.5
    x <<= frozenset({2})
    return x
t('2.5 <<= frozenset({2})', f395)
def f396():
    x = 2.5
    x >>= frozenset({2})
    return x
t('2.5 >>= frozenset({2})', f396)
def f397():
    x = 2.5
    x &= frozenset({2})
    return x
t('2.5 &= frozenset({2})', f397)
def f398():
    x = 2.5
    x |= frozenset({2})
    return x
t('2.5 |= frozenset({2})', f398)
def f399():
    x = 2.5
    x ^= frozenset({2})
    return x
t('2.5 ^= frozenset({2})', f399)
def f400():
    x = 2.5
    x @= frozenset({2})
    return x
t('2.5 @= frozenset({2})', f400)
def f401():
    x = 2.5
    x += None
    return x
t('2.5 += None', f401)
def f402():
    x = 2.5
    x -= None
    return x
t('2.5 -= None', f402)
def f403():
    x = 2.5
    x *= None
    return x
t('2.5 *= None', f403)
def f404():
    x = 2.5
    x /= None
    return x
t('2.5 /= None', f404)
def f405():
    x = 2.5
    x //= None
    return x
t('2.5 //= None', f405)
def f406():
    x = 2.5
    x %= None
    return x
t('2.5 %= None', f406)
def f407():
    x = 2.5
    x **= None
    return x
t('2.5 **= None', f407)
def f408():
    x = 2.5
    x <<= None
    return x
t('2.5 <<= None', f408)
def f409():
    x = 2.5
    x >>= None
    return x
t('2.5 >>= None', f409)
def f410():
    x = 2.5
    x &= None
    return x
t('2.5 &= None', f410)
def f411():
    x = 2.5
    x |= None
    return x
t('2.5 |= None', f411)
def f412():
    x = 2.5
    x ^= None
    return x
t('2.5 ^= None', f412)
def f413():
    x = 2.5
    x @= None
    return x
t('2.5 @= None', f413)
def f414():
    x = 2.5
    x += range(2)
    return x
t('2.5 += range(2)', f414)
def f415():
    x = 2.5
    x -= range(2)
    return x
t('2.5 -= range(2)', f415)
def f416():
    x = 2.5
    x *= range(2)
    return x
t('2.5 *= range(2)', f416)
def f417():
    x = 2.5
    x /= range(2)
    return x
t('2.5 /= range(2)', f417)
def f418():
    x = 2.5
    x //= range(2)
    return x
t('2.5 //= range(2)', f418)
def f419():
    x = 2.5
    x %= range(2)
    return x
t('2.5 %= range(2)', f419)
def f420():
    x = 2.5
    x **= range(2)
    return x
t('2.5 **= range(2)', f420)
def f421():
    x = 2.5
    x <<= range(2)
    return x
t('2.5 <<= range(2)', f421)
def f422():
    x = 2.5
    x >>= range(2)
    return x
t('2.5 >>= range(2)', f422)
def f423():
    x = 2.5
    x &= range(2)
    return x
t('2.5 &= range(2)', f423)
def f424():
    x = 2.5
    x |= range(2)
    return x
t('2.5 |= range(2)', f424)
def f425():
    x = 2.5
    x ^= range(2)
    return x
t('2.5 ^= range(2)', f425)
def f426():
    x = 2.5
    x @= range(2)
    return x
t('2.5 @= range(2)', f426)
def f427():
    x = 2.5
    x += {1: 2}.keys()
    return x
t('2.5 += {1: 2}.keys()', f427)
def f428():
    x = 2.5
    x -= {1: 2}.keys()
    return x
t('2.5 -= {1: 2}.keys()', f428)
def f429():
    x = 2.5
    x *= {1: 2}.keys()
    return x
t('2.5 *= {1: 2}.keys()', f429)
def f430():
    x = 2.5
    x /= {1: 2}.keys()
    return x
t('2.5 /= {1: 2}.keys()', f430)
def f431():
    x = 2.5
    x //= {1: 2}.keys()
    return x
t('2.5 //= {1: 2}.keys()', f431)
def f432():
    x = 2.5
    x %= {1: 2}.keys()
    return x
t('2.5 %= {1: 2}.keys()', f432)
def f433():
    x = 2.5
    x **= {1: 2}.keys()
    return x
t('2.5 **= {1: 2}.keys()', f433)
def f434():
    x = 2.5
    x <<= {1: 2}.keys()
    return x
t('2.5 <<= {1: 2}.keys()', f434)
def f435():
    x = 2.5
    x >>= {1: 2}.keys()
    return x
t('2.5 >>= {1: 2}.keys()', f435)
def f436():
    x = 2.5
    x &= {1: 2}.keys()
    return x
t('2.5 &= {1: 2}.keys()', f436)
def f437():
    x = 2.5
    x |= {1: 2}.keys()
    return x
t('2.5 |= {1: 2}.keys()', f437)
def f438():
    x = 2.5
    x ^= {1: 2}.keys()
    return x
t('2.5 ^= {1: 2}.keys()', f438)
def f439():
    x = 2.5
    x @= {1: 2}.keys()
    return x
t('2.5 @= {1: 2}.keys()', f439)
def f440():
    x = 2.5
    x += -3
    return x
t('2.5 += -3', f440)
def f441():
    x = 2.5
    x -= -3
    return x
t('2.5 -= -3', f441)
def f442():
    x = 2.5
    x *= -3
    return x
t('2.5 *= -3', f442)
def f443():
    x = 2.5
    x /= -3
    return x
t('2.5 /= -3', f443)
def f444():
    x = 2.5
    x //= -3
    return x
t('2.5 //= -3', f444)
def f445():
    x = 2.5
    x %= -3
    return x
t('2.5 %= -3', f445)
def f446():
    x = 2.5
    x **= -3
    return x
t('2.5 **= -3', f446)
def f447():
    x = 2.5
    x <<= -3
    return x
t('2.5 <<= -3', f447)
def f448():
    x = 2.5
    x >>= -3
    return x
t('2.5 >>= -3', f448)
def f449():
    x = 2.5
    x &= -3
    return x
t('2.5 &= -3', f449)
def f450():
    x = 2.5
    x |= -3
    return x
t('2.5 |= -3', f450)
def f451():
    x = 2.5
    x ^= -3
    return x
t('2.5 ^= -3', f451)
def f452():
    x = 2.5
    x @= -3
    return x
t('2.5 @= -3', f452)
def f453():
    x = 2.5
    x += 0
    return x
t('2.5 += 0', f453)
def f454():
    x = 2.5
    x -= 0
    return x
t('2.5 -= 0', f454)
def f455():
    x = 2.5
    x *= 0
    return x
t('2.5 *= 0', f455)
def f456():
    x = 2.5
    x /= 0
    return x
t('2.5 /= 0', f456)
def f457():
    x = 2.5
    x //= 0
    return x
t('2.5 //= 0', f457)
def f458():
    x = 2.5
    x %= 0
    return x
t('2.5 %= 0', f458)
def f459():
    x = 2.5
    x **= 0
    return x
t('2.5 **= 0', f459)
def f460():
    x = 2.5
    x <<= 0
    return x
t('2.5 <<= 0', f460)
def f461():
    x = 2.5
    x >>= 0
    return x
t('2.5 >>= 0', f461)
def f462():
    x = 2.5
    x &= 0
    return x
t('2.5 &= 0', f462)
def f463():
    x = 2.5
    x |= 0
    return x
t('2.5 |= 0', f463)
def f464():
    x = 2.5
    x ^= 0
    return x
t('2.5 ^= 0', f464)
def f465():
    x = 2.5
    x @= 0
    return x
t('2.5 @= 0', f465)
def f466():
    x = 2.5
    x += 10**20
    return x
t('2.5 += 10**20', f466)
def f467():
    x = 2.5
    x -= 10**20
    return x
t('2.5 -= 10**20', f467)
def f468():
    x = 2.5
    x /= 10**20
    return x
t('2.5 /= 10**20', f468)
def f469():
    x = 2.5
    x //= 10**20
    return x
t('2.5 //= 10**20', f469)
def f470():
    x = 2.5
    x %= 10**20
    return x
t('2.5 %= 10**20', f470)
def f471():
    x = 2.5
    x >>= 10**20
    return x
t('2.5 >>= 10**20', f471)
def f472():
    x = 2.5
    x &= 10**20
    return x
t('2.5 &= 10**20', f472)
def f473():
    x = 2.5
    x |= 10**20
    return x
t('2.5 |= 10**20', f473)
def f474():
    x = 2.5
    x ^= 10**20
    return x
t('2.5 ^= 10**20', f474)
def f475():
    x = 2.5
    x @= 10**20
    return x
t('2.5 @= 10**20', f475)
def f476():
    x = 2.5
    x += []
    return x
t('2.5 += []', f476)
def f477():
    x = 2.5
    x -= []
    return x
t('2.5 -= []', f477)
def f478():
    x = 2.5
    x *= []
    return x
t('2.5 *= []', f478)
def f479():
    x = 2.5
    x /= []
    return x
t('2.5 /= []', f479)
def f480():
    x = 2.5
    x //= []
    return x
t('2.5 //= []', f480)
def f481():
    x = 2.5
    x %= []
    return x
t('2.5 %= []', f481)
def f482():
    x = 2.5
    x **= []
    return x
t('2.5 **= []', f482)
def f483():
    x = 2.5
    x <<= []
    return x
t('2.5 <<= []', f483)
def f484():
    x = 2.5
    x >>= []
    return x
t('2.5 >>= []', f484)
def f485():
    x = 2.5
    x &= []
    return x
t('2.5 &= []', f485)
def f486():
    x = 2.5
    x |= []
    return x
t('2.5 |= []', f486)
def f487():
    x = 2.5
    x ^= []
    return x
t('2.5 ^= []', f487)
def f488():
    x = 2.5
    x @= []
    return x
t('2.5 @= []', f488)
def f489():
    x = 2.5
    x += {}
    return x
t('2.5 += {}', f489)
def f490():
    x = 2.5
    x -= {}
    return x
t('2.5 -= {}', f490)
def f491():
    x = 2.5
    x *= {}
    return x
t('2.5 *= {}', f491)
def f492():
    x = 2.5
    x /= {}
    return x
t('2.5 /= {}', f492)
def f493():
    x = 2.5
    x //= {}
    return x
t('2.5 //= {}', f493)
def f494():
    x = 2.5
    x %= {}
    return x
t('2.5 %= {}', f494)
def f495():
    x = 2.5
    x **= {}
    return x
t('2.5 **= {}', f495)
def f496():
    x = 2.5
    x <<= {}
    return x
t('2.5 <<= {}', f496)
def f497():
    x = 2.5
    x >>= {}
    return x
t('2.5 >>= {}', f497)
def f498():
    x = 2.5
    x &= {}
    return x
t('2.5 &= {}', f498)
def f499():
    x = 2.5
    x |= {}
    return x
t('2.5 |= {}', f499)
def f500():
    x = 2.5
    x ^= {}
    return x
t('2.5 ^= {}', f500)
def f501():
    x = 2.5
    x @= {}
    return x
t('2.5 @= {}', f501)
def f502():
    x = 2.5
    x += "é"
    return x
t('2.5 += "é"', f502)
def f503():
    x = 2.5
    x -= "é"
    return x
t('2.5 -= "é"', f503)
def f504():
    x = 2.5
    x *= "é"
    return x
t('2.5 *= "é"', f504)
def f505():
    x = 2.5
    x /= "é"
    return x
t('2.5 /= "é"', f505)
def f506():
    x = 2.5
    x //= "é"
    return x
t('2.5 //= "é"', f506)
def f507():
    x = 2.5
    x %= "é"
    return x
t('2.5 %= "é"', f507)
def f508():
    x = 2.5
    x **= "é"
    return x
t('2.5 **= "é"', f508)
def f509():
    x = 2.5
    x <<= "é"
    return x
t('2.5 <<= "é"', f509)
def f510():
    x = 2.5
    x >>= "é"
    return x
t('2.5 >>= "é"', f510)
def f511():
    x = 2.5
    x &= "é"
    return x
t('2.5 &= "é"', f511)
def f512():
    x = 2.5
    x |= "é"
    return x
t('2.5 |= "é"', f512)
def f513():
    x = 2.5
    x ^= "é"
    return x
t('2.5 ^= "é"', f513)
def f514():
    x = 2.5
    x @= "é"
    return x
t('2.5 @= "é"', f514)
def f515():
    x = True
    x += 1
    return x
t('True += 1', f515)
def f516():
    x = True
    x -= 1
    return x
t('True -= 1', f516)
def f517():
    x = True
    x *= 1
    return x
t('True *= 1', f517)
def f518():
    x = True
    x /= 1
    return x
t('True /= 1', f518)
def f519():
    x = True
    x //= 1
    return x
t('True //= 1', f519)
def f520():
    x = True
    x %= 1
    return x
t('True %= 1', f520)
def f521():
    x = True
    x **= 1
    return x
t('True **= 1', f521)
def f522():
    x = True
    x <<= 1
    return x
t('True <<= 1', f522)
def f523():
    x = True
    x >>= 1
    return x
t('True >>= 1', f523)
def f524():
    x = True
    x &= 1
    return x
t('True &= 1', f524)
def f525():
    x = True
    x |= 1
    return x
t('True |= 1', f525)
def f526():
    x = True
    x ^= 1
    return x
t('True ^= 1', f526)
def f527():
    x = True
    x @= 1
    return x
t('True @= 1', f527)
def f528():
    x = True
    x += 2.5
    return x
t('True += 2.5', f528)
def f529():
    x = True
    x -= 2.5
    return x
t('True -= 2.5', f529)
def f530():
    x = True
    x *= 2.5
    return x
t('True *= 2.5', f530)
def f531():
    x = True
    x /= 2.5
    return x
t('True /= 2.5', f531)
def f532():
    x = True
    x //= 2.5
    return x
t('True //= 2.5', f532)
def f533():
    x = True
    x %= 2.5
    return x
t('True %= 2.5', f533)
def f534():
    x = True
    x **= 2.5
    return x
t('True **= 2.5', f534)
def f535():
    x = True
    x <<= 2.5
    return x
t('True <<= 2.5', f535)
def f536():
    x = True
    x >>= 2.5
    return x
t('True >>= 2.5', f536)
def f537():
    x = True
    x &= 2.5
    return x
t('True &= 2.5', f537)
def f538():
    x = True
    x |= 2.5
    return x
t('True |= 2.5', f538)
def f539():
    x = True
    x ^= 2.5
    return x
t('True ^= 2.5', f539)
def f540():
    x = True
    x @= 2.5
    return x
t('True @= 2.5', f540)
def f541():
    x = True
    x += True
    return x
t('True += True', f541)
def f542():
    x = True
    x -= True
    return x
t('True -= True', f542)
def f543():
    x = True
    x *= True
    return x
t('True *= True', f543)
def f544():
    x = True
    x /= True
    return x
t('True /= True', f544)
def f545():
    x = True
    x //= True
    return x
t('True //= True', f545)
def f546():
    x = True
    x %= True
    return x
t('True %= True', f546)
def f547():
    x = True
    x **= True
    return x
t('True **= True', f547)
def f548():
    x = True
    x <<= True
    return x
t('True <<= True', f548)
def f549():
    x = True
    x >>= True
    return x
t('True >>= True', f549)
def f550():
    x = True
    x &= True
    return x
t('True &= True', f550)
def f551():
    x = True
    x |= True
    return x
t('True |= True', f551)
def f552():
    x = True
    x ^= True
    return x
t('True ^= True', f552)
def f553():
    x = True
    x @= True
    return x
t('True @= True', f553)
def f554():
    x = True
    x += "ab"
    return x
t('True += "ab"', f554)
def f555():
    x = True
    x -= "ab"
    return x
t('True -= "ab"', f555)
def f556():
    x = True
    x *= "ab"
    return x
t('True *= "ab"', f556)
def f557():
    x = True
    x /= "ab"
    return x
t('True /= "ab"', f557)
def f558():
    x = True
    x //= "ab"
    return x
t('True //= "ab"', f558)
def f559():
    x = True
    x %= "ab"
    return x
t('True %= "ab"', f559)
def f560():
    x = True
    x **= "ab"
    return x
t('True **= "ab"', f560)
def f561():
    x = True
    x <<= "ab"
    return x
t('True <<= "ab"', f561)
def f562():
    x = True
    x >>= "ab"
    return x
t('True >>= "ab"', f562)
def f563():
    x = True
    x &= "ab"
    return x
t('True &= "ab"', f563)
def f564():
    x = True
    x |= "ab"
    return x
t('True |= "ab"', f564)
def f565():
    x = True
    x ^= "ab"
    return x
t('True ^= "ab"', f565)
def f566():
    x = True
    x @= "ab"
    return x
t('True @= "ab"', f566)
def f567():
    x = True
    x += b"ab"
    return x
t('True += b"ab"', f567)
def f568():
    x = True
    x -= b"ab"
    return x
t('True -= b"ab"', f568)
def f569():
    x = True
    x *= b"ab"
    return x
t('True *= b"ab"', f569)
def f570():
    x = True
    x /= b"ab"
    return x
t('True /= b"ab"', f570)
def f571():
    x = True
    x //= b"ab"
    return x
t('True //= b"ab"', f571)
def f572():
    x = True
    x %= b"ab"
    return x
t('True %= b"ab"', f572)
def f573():
    x = True
    x **= b"ab"
    return x
t('True **= b"ab"', f573)
def f574():
    x = True
    x <<= b"ab"
    return x
t('True <<= b"ab"', f574)
def f575():
    x = True
    x >>= b"ab"
    return x
t('True >>= b"ab"', f575)
def f576():
    x = True
    x &= b"ab"
    return x
t('True &= b"ab"', f576)
def f577():
    x = True
    x |= b"ab"
    return x
t('True |= b"ab"', f577)
def f578():
    x = True
    x ^= b"ab"
    return x
t('True ^= b"ab"', f578)
def f579():
    x = True
    x @= b"ab"
    return x
t('True @= b"ab"', f579)
def f580():
    x = True
    x += bytearray(b"x")
    return x
t('True += bytearray(b"x")', f580)
def f581():
    x = True
    x -= bytearray(b"x")
    return x
t('True -= bytearray(b"x")', f581)
def f582():
    x = True
    x *= bytearray(b"x")
    return x
t('True *= bytearray(b"x")', f582)
def f583():
    x = True
    x /= bytearray(b"x")
    return x
t('True /= bytearray(b"x")', f583)
def f584():
    x = True
    x //= bytearray(b"x")
    return x
t('True //= bytearray(b"x")', f584)
def f585():
    x = True
    x %= bytearray(b"x")
    return x
t('True %= bytearray(b"x")', f585)
def f586():
    x = True
    x **= bytearray(b"x")
    return x
t('True **= bytearray(b"x")', f586)
def f587():
    x = True
    x <<= bytearray(b"x")
    return x
t('True <<= bytearray(b"x")', f587)
def f588():
    x = True
    x >>= bytearray(b"x")
    return x
t('True >>= bytearray(b"x")', f588)
def f589():
    x = True
    x &= bytearray(b"x")
    return x
t('True &= bytearray(b"x")', f589)
def f590():
    x = True
    x |= bytearray(b"x")
    return x
t('True |= bytearray(b"x")', f590)
def f591():
    x = True
    x ^= bytearray(b"x")
    return x
t('True ^= bytearray(b"x")', f591)
def f592():
    x = True
    x @= bytearray(b"x")
    return x
t('True @= bytearray(b"x")', f592)
def f593():
    x = True
    x += [1]
    return x
t('True += [1]', f593)
def f594():
    x = True
    x -= [1]
    return x
t('True -= [1]', f594)
def f595():
    x = True
    x *= [1]
    return x
t('True *= [1]', f595)
def f596():
    x = True
    x /= [1]
    return x
t('True /= [1]', f596)
def f597():
    x = True
    x //= [1]
    return x
t('True //= [1]', f597)
def f598():
    x = True
    x %= [1]
    return x
t('True %= [1]', f598)
def f599():
    x = True
    x **= [1]
    return x
t('True **= [1]', f599)
def f600():
    x = True
    x <<= [1]
    return x
t('True <<= [1]', f600)
def f601():
    x = True
    x >>= [1]
    return x
t('True >>= [1]', f601)
def f602():
    x = True
    x &= [1]
    return x
t('True &= [1]', f602)
def f603():
    x = True
    x |= [1]
    return x
t('True |= [1]', f603)
def f604():
    x = True
    x ^= [1]
    return x
t('True ^= [1]', f604)
def f605():
    x = True
    x @= [1]
    return x
t('True @= [1]', f605)
def f606():
    x = True
    x += (1,)
    return x
t('True += (1,)', f606)
def f607():
    x = True
    x -= (1,)
    return x
t('True -= (1,)', f607)
def f608():
    x = True
    x *= (1,)
    return x
t('True *= (1,)', f608)
def f609():
    x = True
    x /= (1,)
    return x
t('True /= (1,)', f609)
def f610():
    x = True
    x //= (1,)
    return x
t('True //= (1,)', f610)
def f611():
    x = True
    x %= (1,)
    return x
t('True %= (1,)', f611)
def f612():
    x = True
    x **= (1,)
    return x
t('True **= (1,)', f612)
def f613():
    x = True
    x <<= (1,)
    return x
t('True <<= (1,)', f613)
def f614():
    x = True
    x >>= (1,)
    return x
t('True >>= (1,)', f614)
def f615():
    x = True
    x &= (1,)
    return x
t('True &= (1,)', f615)
def f616():
    x = True
    x |= (1,)
    return x
t('True |= (1,)', f616)
def f617():
    x = True
    x ^= (1,)
    return x
t('True ^= (1,)', f617)
def f618():
    x = True
    x @= (1,)
    return x
t('True @= (1,)', f618)
def f619():
    x = True
    x += {1: 2}
    return x
t('True += {1: 2}', f619)
def f620():
    x = True
    x -= {1: 2}
    return x
t('True -= {1: 2}', f620)
def f621():
    x = True
    x *= {1: 2}
    return x
t('True *= {1: 2}', f621)
def f622():
    x = True
    x /= {1: 2}
    return x
t('True /= {1: 2}', f622)
def f623():
    x = True
    x //= {1: 2}
    return x
t('True //= {1: 2}', f623)
def f624():
    x = True
    x %= {1: 2}
    return x
t('True %= {1: 2}', f624)
def f625():
    x = True
    x **= {1: 2}
    return x
t('True **= {1: 2}', f625)
def f626():
    x = True
    x <<= {1: 2}
    return x
t('True <<= {1: 2}', f626)
def f627():
    x = True
    x >>= {1: 2}
    return x
t('True >>= {1: 2}', f627)
def f628():
    x = True
    x &= {1: 2}
    return x
t('True &= {1: 2}', f628)
def f629():
    x = True
    x |= {1: 2}
    return x
t('True |= {1: 2}', f629)
def f630():
    x = True
    x ^= {1: 2}
    return x
t('True ^= {1: 2}', f630)
def f631():
    x = True
    x @= {1: 2}
    return x
t('True @= {1: 2}', f631)
def f632():
    x = True
    x += {1}
    return x
t('True += {1}', f632)
def f633():
    x = True
    x -= {1}
    return x
t('True -= {1}', f633)
def f634():
    x = True
    x *= {1}
    return x
t('True *= {1}', f634)
def f635():
    x = True
    x /= {1}
    return x
t('True /= {1}', f635)
def f636():
    x = True
    x //= {1}
    return x
t('True //= {1}', f636)
def f637():
    x = True
    x %= {1}
    return x
t('True %= {1}', f637)
def f638():
    x = True
    x **= {1}
    return x
t('True **= {1}', f638)
def f639():
    x = True
    x <<= {1}
    return x
t('True <<= {1}', f639)
def f640():
    x = True
    x >>= {1}
    return x
t('True >>= {1}', f640)
def f641():
    x = True
    x &= {1}
    return x
t('True &= {1}', f641)
def f642():
    x = True
    x |= {1}
    return x
t('True |= {1}', f642)
def f643():
    x = True
    x ^= {1}
    return x
t('True ^= {1}', f643)
def f644():
    x = True
    x @= {1}
    return x
t('True @= {1}', f644)
def f645():
    x = True
    x += frozenset({2})
    return x
t('True += frozenset({2})', f645)
def f646():
    x = True
    x -= frozenset({2})
    return x
t('True -= frozenset({2})', f646)
def f647():
    x = True
    x *= frozenset({2})
    return x
t('True *= frozenset({2})', f647)
def f648():
    x = True
    x /= frozenset({2})
    return x
t('True /= frozenset({2})', f648)
def f649():
    x = True
    x //= frozenset({2})
    return x
t('True //= frozenset({2})', f649)
def f650():
    x = True
    x %= frozenset({2})
    return x
t('True %= frozenset({2})', f650)
def f651():
    x = True
    x **= frozenset({2})
    return x
t('True **= frozenset({2})', f651)
def f652():
    x = True
    x <<= frozenset({2})
    return x
t('True <<= frozenset({2})', f652)
def f653():
    x = True
    x >>= frozenset({2})
    return x
t('True >>= frozenset({2})', f653)
def f654():
    x = True
    x &= frozenset({2})
    return x
t('True &= frozenset({2})', f654)
def f655():
    x = True
    x |= frozenset({2})
    return x
t('True |= frozenset({2})', f655)
def f656():
    x = True
    x ^= frozenset({2})
    return x
t('True ^= frozenset({2})', f656)
def f657():
    x = True
    x @= frozenset({2})
    return x
t('True @= frozenset({2})', f657)
def f658():
    x = True
    x += None
    return x
t('True += None', f658)
def f659():
    x = True
    x -= None
    return x
t('True -= None', f659)
def f660():
    x = True
    x *= None
    return x
t('True *= None', f660)
def f661():
    x = True
    x /= None
    return x
t('True /= None', f661)
def f662():
    x = True
    x //= None
    return x
t('True //= None', f662)
def f663():
    x = True
    x %= None
    return x
t('True %= None', f663)
def f664():
    x = True
    x **= None
    return x
t('True **= None', f664)
def f665():
    x = True
    x <<= None
    return x
t('True <<= None', f665)
def f666():
    x = True
    x >>= None
    return x
t('True >>= None', f666)
def f667():
    x = True
    x &= None
    return x
t('True &= None', f667)
def f668():
    x = True
    x |= None
    return x
t('True |= None', f668)
def f669():
    x = True
    x ^= None
    return x
t('True ^= None', f669)
def f670():
    x = True
    x @= None
    return x
t('True @= None', f670)
def f671():
    x = True
    x += range(2)
    return x
t('True += range(2)', f671)
def f672():
    x = True
    x -= range(2)
    return x
t('True -= range(2)', f672)
def f673():
    x = True
    x *= range(2)
    return x
t('True *= range(2)', f673)
def f674():
    x = True
    x /= range(2)
    return x
t('True /= range(2)', f674)
def f675():
    x = True
    x //= range(2)
    return x
t('True //= range(2)', f675)
def f676():
    x = True
    x %= range(2)
    return x
t('True %= range(2)', f676)
def f677():
    x = True
    x **= range(2)
    return x
t('True **= range(2)', f677)
def f678():
    x = True
    x <<= range(2)
    return x
t('True <<= range(2)', f678)
def f679():
    x = True
    x >>= range(2)
    return x
t('True >>= range(2)', f679)
def f680():
    x = True
    x &= range(2)
    return x
t('True &= range(2)', f680)
def f681():
    x = True
    x |= range(2)
    return x
t('True |= range(2)', f681)
def f682():
    x = True
    x ^= range(2)
    return x
t('True ^= range(2)', f682)
def f683():
    x = True
    x @= range(2)
    return x
t('True @= range(2)', f683)
def f684():
    x = True
    x += {1: 2}.keys()
    return x
t('True += {1: 2}.keys()', f684)
def f685():
    x = True
    x -= {1: 2}.keys()
    return x
t('True -= {1: 2}.keys()', f685)
def f686():
    x = True
    x *= {1: 2}.keys()
    return x
t('True *= {1: 2}.keys()', f686)
def f687():
    x = True
    x /= {1: 2}.keys()
    return x
t('True /= {1: 2}.keys()', f687)
def f688():
    x = True
    x //= {1: 2}.keys()
    return x
t('True //= {1: 2}.keys()', f688)
def f689():
    x = True
    x %= {1: 2}.keys()
    return x
t('True %= {1: 2}.keys()', f689)
def f690():
    x = True
    x **= {1: 2}.keys()
    return x
t('True **= {1: 2}.keys()', f690)
def f691():
    x = True
    x <<= {1: 2}.keys()
    return x
t('True <<= {1: 2}.keys()', f691)
def f692():
    x = True
    x >>= {1: 2}.keys()
    return x
t('True >>= {1: 2}.keys()', f692)
def f693():
    x = True
    x &= {1: 2}.keys()
    return x
t('True &= {1: 2}.keys()', f693)
def f694():
    x = True
    x |= {1: 2}.keys()
    return x
t('True |= {1: 2}.keys()', f694)
def f695():
    x = True
    x ^= {1: 2}.keys()
    return x
t('True ^= {1: 2}.keys()', f695)
def f696():
    x = True
    x @= {1: 2}.keys()
    return x
t('True @= {1: 2}.keys()', f696)
def f697():
    x = True
    x += -3
    return x
t('True += -3', f697)
def f698():
    x = True
    x -= -3
    return x
t('True -= -3', f698)
def f699():
    x = True
    x *= -3
    return x
t('True *= -3', f699)
def f700():
    x = True
    x /= -3
    return x
t('True /= -3', f700)
def f701():
    x = True
    x //= -3
    return x
t('True //= -3', f701)
def f702():
    x = True
    x %= -3
    return x
t('True %= -3', f702)
def f703():
    x = True
    x **= -3
    return x
t('True **= -3', f703)
def f704():
    x = True
    x <<= -3
    return x
t('True <<= -3', f704)
def f705():
    x = True
    x >>= -3
    return x
t('True >>= -3', f705)
def f706():
    x = True
    x &= -3
    return x
t('True &= -3', f706)
def f707():
    x = True
    x |= -3
    return x
t('True |= -3', f707)
def f708():
    x = True
    x ^= -3
    return x
t('True ^= -3', f708)
def f709():
    x = True
    x @= -3
    return x
t('True @= -3', f709)
def f710():
    x = True
    x += 0
    return x
t('True += 0', f710)
def f711():
    x = True
    x -= 0
    return x
t('True -= 0', f711)
def f712():
    x = True
    x *= 0
    return x
t('True *= 0', f712)
def f713():
    x = True
    x /= 0
    return x
t('True /= 0', f713)
def f714():
    x = True
    x //= 0
    return x
t('True //= 0', f714)
def f715():
    x = True
    x %= 0
    return x
t('True %= 0', f715)
def f716():
    x = True
    x **= 0
    return x
t('True **= 0', f716)
def f717():
    x = True
    x <<= 0
    return x
t('True <<= 0', f717)
def f718():
    x = True
    x >>= 0
    return x
t('True >>= 0', f718)
def f719():
    x = True
    x &= 0
    return x
t('True &= 0', f719)
def f720():
    x = True
    x |= 0
    return x
t('True |= 0', f720)
def f721():
    x = True
    x ^= 0
    return x
t('True ^= 0', f721)
def f722():
    x = True
    x @= 0
    return x
t('True @= 0', f722)
def f723():
    x = True
    x += 10**20
    return x
t('True += 10**20', f723)
def f724():
    x = True
    x -= 10**20
    return x
t('True -= 10**20', f724)
def f725():
    x = True
    x /= 10**20
    return x
t('True /= 10**20', f725)
def f726():
    x = True
    x //= 10**20
    return x
t('True //= 10**20', f726)
def f727():
    x = True
    x %= 10**20
    return x
t('True %= 10**20', f727)
def f728():
    x = True
    x >>= 10**20
    return x
t('True >>= 10**20', f728)
def f729():
    x = True
    x &= 10**20
    return x
t('True &= 10**20', f729)
def f730():
    x = True
    x |= 10**20
    return x
t('True |= 10**20', f730)
def f731():
    x = True
    x ^= 10**20
    return x
t('True ^= 10**20', f731)
def f732():
    x = True
    x @= 10**20
    return x
t('True @= 10**20', f732)
def f733():
    x = True
    x += []
    return x
t('True += []', f733)
def f734():
    x = True
    x -= []
    return x
t('True -= []', f734)
def f735():
    x = True
    x *= []
    return x
t('True *= []', f735)
def f736():
    x = True
    x /= []
    return x
t('True /= []', f736)
def f737():
    x = True
    x //= []
    return x
t('True //= []', f737)
def f738():
    x = True
    x %= []
    return x
t('True %= []', f738)
def f739():
    x = True
    x **= []
    return x
t('True **= []', f739)
def f740():
    x = True
    x <<= []
    return x
t('True <<= []', f740)
def f741():
    x = True
    x >>= []
    return x
t('True >>= []', f741)
def f742():
    x = True
    x &= []
    return x
t('True &= []', f742)
def f743():
    x = True
    x |= []
    return x
t('True |= []', f743)
def f744():
    x = True
    x ^= []
    return x
t('True ^= []', f744)
def f745():
    x = True
    x @= []
    return x
t('True @= []', f745)
def f746():
    x = True
    x += {}
    return x
t('True += {}', f746)
def f747():
    x = True
    x -= {}
    return x
t('True -= {}', f747)
def f748():
    x = True
    x *= {}
    return x
t('True *= {}', f748)
def f749():
    x = True
    x /= {}
    return x
t('True /= {}', f749)
def f750():
    x = True
    x //= {}
    return x
t('True //= {}', f750)
def f751():
    x = True
    x %= {}
    return x
t('True %= {}', f751)
def f752():
    x = True
    x **= {}
    return x
t('True **= {}', f752)
def f753():
    x = True
    x <<= {}
    return x
t('True <<= {}', f753)
def f754():
    x = True
    x >>= {}
    return x
t('True >>= {}', f754)
def f755():
    x = True
    x &= {}
    return x
t('True &= {}', f755)
def f756():
    x = True
    x |= {}
    return x
t('True |= {}', f756)
def f757():
    x = True
    x ^= {}
    return x
t('True ^= {}', f757)
def f758():
    x = True
    x @= {}
    return x
t('True @= {}', f758)
def f759():
    x = True
    x += "é"
    return x
t('True += "é"', f759)
def f760():
    x = True
    x -= "é"
    return x
t('True -= "é"', f760)
def f761():
    x = True
    x *= "é"
    return x
t('True *= "é"', f761)
def f762():
    x = True
    x /= "é"
    return x
t('True /= "é"', f762)
def f763():
    x = True
    x //= "é"
    return x
t('True //= "é"', f763)
def f764():
    x = True
    x %= "é"
    return x
t('True %= "é"', f764)
def f765():
    x = True
    x **= "é"
    return x
t('True **= "é"', f765)
def f766():
    x = True
    x <<= "é"
    return x
t('True <<= "é"', f766)
def f767():
    x = True
    x >>= "é"
    return x
t('True >>= "é"', f767)
def f768():
    x = True
    x &= "é"
    return x
t('True &= "é"', f768)
def f769():
    x = True
    x |= "é"
    return x
t('True |= "é"', f769)
def f770():
    x = True
    x ^= "é"
    return x
t('True ^= "é"', f770)
def f771():
    x = True
    x @= "é"
    return x
t('True @= "é"', f771)
def f772():
    x = "ab"
    x += 1
    return x
t('"ab" += 1', f772)
def f773():
    x = "ab"
    x -= 1
    return x
t('"ab" -= 1', f773)
def f774():
    x = "ab"
    x *= 1
    return x
t('"ab" *= 1', f774)
def f775():
    x = "ab"
    x /= 1
    return x
t('"ab" /= 1', f775)
def f776():
    x = "ab"
    x //= 1
    return x
t('"ab" //= 1', f776)
def f777():
    x = "ab"
    x %= 1
    return x
t('"ab" %= 1', f777)
def f778():
    x = "ab"
    x **= 1
    return x
t('"ab" **= 1', f778)
def f779():
    x = "ab"
    x <<= 1
    return x
t('"ab" <<= 1', f779)
def f780():
    x = "ab"
    x >>= 1
    return x
t('"ab" >>= 1', f780)
def f781():
    x = "ab"
    x &= 1
    return x
t('"ab" &= 1', f781)
def f782():
    x = "ab"
    x |= 1
    return x
t('"ab" |= 1', f782)
def f783():
    x = "ab"
    x ^= 1
    return x
t('"ab" ^= 1', f783)
def f784():
    x = "ab"
    x @= 1
    return x
t('"ab" @= 1', f784)
def f785():
    x = "ab"
    x += 2.5
    return x
t('"ab" += 2.5', f785)
def f786():
    x = "ab"
    x -= 2.5
    return x
t('"ab" -= 2.5', f786)
def f787():
    x = "ab"
    x *= 2.5
    return x
t('"ab" *= 2.5', f787)
def f788():
    x = "ab"
    x /= 2.5
    return x
t('"ab" /= 2.5', f788)
def f789():
    x = "ab"
    x //= 2.5
    return x
t('"ab" //= 2.5', f789)
def f790():
    x = "ab"
    x %= 2.5
    return x
t('"ab" %= 2.5', f790)
def f791():
    x = "ab"
    x **= 2.5
    return x
t('"ab" **= 2.5', f791)
def f792():
    x = "ab"
    x <<= 2.5
    return x
t('"ab" <<= 2.5', f792)
def f793():
    x = "ab"
    x >>= 2.5
    return x
t('"ab" >>= 2.5', f793)
def f794():
    x = "ab"
    x &= 2.5
    return x
t('"ab" &= 2.5', f794)
def f795():
    x = "ab"
    x |= 2.5
    return x
t('"ab" |= 2.5', f795)
def f796():
    x = "ab"
    x ^= 2.5
    return x
t('"ab" ^= 2.5', f796)
def f797():
    x = "ab"
    x @= 2.5
    return x
t('"ab" @= 2.5', f797)
def f798():
    x = "ab"
    x += True
    return x
t('"ab" += True', f798)
def f799():
    x = "ab"
    x -= True
    return x
t('"ab" -= True', f799)
def f800():
    x = "ab"
    x *= True
    return x
t('"ab" *= True', f800)
def f801():
    x = "ab"
    x /= True
    return x
t('"ab" /= True', f801)
def f802():
    x = "ab"
    x //= True
    return x
t('"ab" //= True', f802)
def f803():
    x = "ab"
    x %= True
    return x
t('"ab" %= True', f803)
def f804():
    x = "ab"
    x **= True
    return x
t('"ab" **= True', f804)
def f805():
    x = "ab"
    x <<= True
    return x
t('"ab" <<= True', f805)
def f806():
    x = "ab"
    x >>= True
    return x
t('"ab" >>= True', f806)
def f807():
    x = "ab"
    x &= True
    return x
t('"ab" &= True', f807)
def f808():
    x = "ab"
    x |= True
    return x
t('"ab" |= True', f808)
def f809():
    x = "ab"
    x ^= True
    return x
t('"ab" ^= True', f809)
def f810():
    x = "ab"
    x @= True
    return x
t('"ab" @= True', f810)
def f811():
    x = "ab"
    x += "ab"
    return x
t('"ab" += "ab"', f811)
def f812():
    x = "ab"
    x -= "ab"
    return x
t('"ab" -= "ab"', f812)
def f813():
    x = "ab"
    x *= "ab"
    return x
t('"ab" *= "ab"', f813)
def f814():
    x = "ab"
    x /= "ab"
    return x
t('"ab" /= "ab"', f814)
def f815():
    x = "ab"
    x //= "ab"
    return x
t('"ab" //= "ab"', f815)
def f816():
    x = "ab"
    x %= "ab"
    return x
t('"ab" %= "ab"', f816)
def f817():
    x = "ab"
    x **= "ab"
    return x
t('"ab" **= "ab"', f817)
def f818():
    x = "ab"
    x <<= "ab"
    return x
t('"ab" <<= "ab"', f818)
def f819():
    x = "ab"
    x >>= "ab"
    return x
t('"ab" >>= "ab"', f819)
def f820():
    x = "ab"
    x &= "ab"
    return x
t('"ab" &= "ab"', f820)
def f821():
    x = "ab"
    x |= "ab"
    return x
t('"ab" |= "ab"', f821)
def f822():
    x = "ab"
    x ^= "ab"
    return x
t('"ab" ^= "ab"', f822)
def f823():
    x = "ab"
    x @= "ab"
    return x
t('"ab" @= "ab"', f823)
def f824():
    x = "ab"
    x += b"ab"
    return x
t('"ab" += b"ab"', f824)
def f825():
    x = "ab"
    x -= b"ab"
    return x
t('"ab" -= b"ab"', f825)
def f826():
    x = "ab"
    x *= b"ab"
    return x
t('"ab" *= b"ab"', f826)
def f827():
    x = "ab"
    x /= b"ab"
    return x
t('"ab" /= b"ab"', f827)
def f828():
    x = "ab"
    x //= b"ab"
    return x
t('"ab" //= b"ab"', f828)
def f829():
    x = "ab"
    x %= b"ab"
    return x
t('"ab" %= b"ab"', f829)
def f830():
    x = "ab"
    x **= b"ab"
    return x
t('"ab" **= b"ab"', f830)
def f831():
    x = "ab"
    x <<= b"ab"
    return x
t('"ab" <<= b"ab"', f831)
def f832():
    x = "ab"
    x >>= b"ab"
    return x
t('"ab" >>= b"ab"', f832)
def f833():
    x = "ab"
    x &= b"ab"
    return x
t('"ab" &= b"ab"', f833)
def f834():
    x = "ab"
    x |= b"ab"
    return x
t('"ab" |= b"ab"', f834)
def f835():
    x = "ab"
    x ^= b"ab"
    return x
t('"ab" ^= b"ab"', f835)
def f836():
    x = "ab"
    x @= b"ab"
    return x
t('"ab" @= b"ab"', f836)
def f837():
    x = "ab"
    x += bytearray(b"x")
    return x
t('"ab" += bytearray(b"x")', f837)
def f838():
    x = "ab"
    x -= bytearray(b"x")
    return x
t('"ab" -= bytearray(b"x")', f838)
def f839():
    x = "ab"
    x *= bytearray(b"x")
    return x
t('"ab" *= bytearray(b"x")', f839)
def f840():
    x = "ab"
    x /= bytearray(b"x")
    return x
t('"ab" /= bytearray(b"x")', f840)
def f841():
    x = "ab"
    x //= bytearray(b"x")
    return x
t('"ab" //= bytearray(b"x")', f841)
def f842():
    x = "ab"
    x %= bytearray(b"x")
    return x
t('"ab" %= bytearray(b"x")', f842)
def f843():
    x = "ab"
    x **= bytearray(b"x")
    return x
t('"ab" **= bytearray(b"x")', f843)
def f844():
    x = "ab"
    x <<= bytearray(b"x")
    return x
t('"ab" <<= bytearray(b"x")', f844)
def f845():
    x = "ab"
    x >>= bytearray(b"x")
    return x
t('"ab" >>= bytearray(b"x")', f845)
def f846():
    x = "ab"
    x &= bytearray(b"x")
    return x
t('"ab" &= bytearray(b"x")', f846)
def f847():
    x = "ab"
    x |= bytearray(b"x")
    return x
t('"ab" |= bytearray(b"x")', f847)
def f848():
    x = "ab"
    x ^= bytearray(b"x")
    return x
t('"ab" ^= bytearray(b"x")', f848)
def f849():
    x = "ab"
    x @= bytearray(b"x")
    return x
t('"ab" @= bytearray(b"x")', f849)
def f850():
    x = "ab"
    x += [1]
    return x
t('"ab" += [1]', f850)
def f851():
    x = "ab"
    x -= [1]
    return x
t('"ab" -= [1]', f851)
def f852():
    x = "ab"
    x *= [1]
    return x
t('"ab" *= [1]', f852)
def f853():
    x = "ab"
    x /= [1]
    return x
t('"ab" /= [1]', f853)
def f854():
    x = "ab"
    x //= [1]
    return x
t('"ab" //= [1]', f854)
def f855():
    x = "ab"
    x %= [1]
    return x
t('"ab" %= [1]', f855)
def f856():
    x = "ab"
    x **= [1]
    return x
t('"ab" **= [1]', f856)
def f857():
    x = "ab"
    x <<= [1]
    return x
t('"ab" <<= [1]', f857)
def f858():
    x = "ab"
    x >>= [1]
    return x
t('"ab" >>= [1]', f858)
def f859():
    x = "ab"
    x &= [1]
    return x
t('"ab" &= [1]', f859)
def f860():
    x = "ab"
    x |= [1]
    return x
t('"ab" |= [1]', f860)
def f861():
    x = "ab"
    x ^= [1]
    return x
t('"ab" ^= [1]', f861)
def f862():
    x = "ab"
    x @= [1]
    return x
t('"ab" @= [1]', f862)
def f863():
    x = "ab"
    x += (1,)
    return x
t('"ab" += (1,)', f863)
def f864():
    x = "ab"
    x -= (1,)
    return x
t('"ab" -= (1,)', f864)
def f865():
    x = "ab"
    x *= (1,)
    return x
t('"ab" *= (1,)', f865)
def f866():
    x = "ab"
    x /= (1,)
    return x
t('"ab" /= (1,)', f866)
def f867():
    x = "ab"
    x //= (1,)
    return x
t('"ab" //= (1,)', f867)
def f868():
    x = "ab"
    x %= (1,)
    return x
t('"ab" %= (1,)', f868)
def f869():
    x = "ab"
    x **= (1,)
    return x
t('"ab" **= (1,)', f869)
def f870():
    x = "ab"
    x <<= (1,)
    return x
t('"ab" <<= (1,)', f870)
def f871():
    x = "ab"
    x >>= (1,)
    return x
t('"ab" >>= (1,)', f871)
def f872():
    x = "ab"
    x &= (1,)
    return x
t('"ab" &= (1,)', f872)
def f873():
    x = "ab"
    x |= (1,)
    return x
t('"ab" |= (1,)', f873)
def f874():
    x = "ab"
    x ^= (1,)
    return x
t('"ab" ^= (1,)', f874)
def f875():
    x = "ab"
    x @= (1,)
    return x
t('"ab" @= (1,)', f875)
def f876():
    x = "ab"
    x += {1: 2}
    return x
t('"ab" += {1: 2}', f876)
def f877():
    x = "ab"
    x -= {1: 2}
    return x
t('"ab" -= {1: 2}', f877)
def f878():
    x = "ab"
    x *= {1: 2}
    return x
t('"ab" *= {1: 2}', f878)
def f879():
    x = "ab"
    x /= {1: 2}
    return x
t('"ab" /= {1: 2}', f879)
def f880():
    x = "ab"
    x //= {1: 2}
    return x
t('"ab" //= {1: 2}', f880)
def f881():
    x = "ab"
    x %= {1: 2}
    return x
t('"ab" %= {1: 2}', f881)
def f882():
    x = "ab"
    x **= {1: 2}
    return x
t('"ab" **= {1: 2}', f882)
def f883():
    x = "ab"
    x <<= {1: 2}
    return x
t('"ab" <<= {1: 2}', f883)
def f884():
    x = "ab"
    x >>= {1: 2}
    return x
t('"ab" >>= {1: 2}', f884)
def f885():
    x = "ab"
    x &= {1: 2}
    return x
t('"ab" &= {1: 2}', f885)
def f886():
    x = "ab"
    x |= {1: 2}
    return x
t('"ab" |= {1: 2}', f886)
def f887():
    x = "ab"
    x ^= {1: 2}
    return x
t('"ab" ^= {1: 2}', f887)
def f888():
    x = "ab"
    x @= {1: 2}
    return x
t('"ab" @= {1: 2}', f888)
def f889():
    x = "ab"
    x += {1}
    return x
t('"ab" += {1}', f889)
def f890():
    x = "ab"
    x -= {1}
    return x
t('"ab" -= {1}', f890)
def f891():
    x = "ab"
    x *= {1}
    return x
t('"ab" *= {1}', f891)
def f892():
    x = "ab"
    x /= {1}
    return x
t('"ab" /= {1}', f892)
def f893():
    x = "ab"
    x //= {1}
    return x
t('"ab" //= {1}', f893)
def f894():
    x = "ab"
    x %= {1}
    return x
t('"ab" %= {1}', f894)
def f895():
    x = "ab"
    x **= {1}
    return x
t('"ab" **= {1}', f895)
def f896():
    x = "ab"
    x <<= {1}
    return x
t('"ab" <<= {1}', f896)
def f897():
    x = "ab"
    x >>= {1}
    return x
t('"ab" >>= {1}', f897)
def f898():
    x = "ab"
    x &= {1}
    return x
t('"ab" &= {1}', f898)
def f899():
    x = "ab"
    x |= {1}
    return x
t('"ab" |= {1}', f899)
def f900():
    x = "ab"
    x ^= {1}
    return x
t('"ab" ^= {1}', f900)
def f901():
    x = "ab"
    x @= {1}
    return x
t('"ab" @= {1}', f901)
def f902():
    x = "ab"
    x += frozenset({2})
    return x
t('"ab" += frozenset({2})', f902)
def f903():
    x = "ab"
    x -= frozenset({2})
    return x
t('"ab" -= frozenset({2})', f903)
def f904():
    x = "ab"
    x *= frozenset({2})
    return x
t('"ab" *= frozenset({2})', f904)
def f905():
    x = "ab"
    x /= frozenset({2})
    return x
t('"ab" /= frozenset({2})', f905)
def f906():
    x = "ab"
    x //= frozenset({2})
    return x
t('"ab" //= frozenset({2})', f906)
def f907():
    x = "ab"
    x %= frozenset({2})
    return x
t('"ab" %= frozenset({2})', f907)
def f908():
    x = "ab"
    x **= frozenset({2})
    return x
t('"ab" **= frozenset({2})', f908)
def f909():
    x = "ab"
    x <<= frozenset({2})
    return x
t('"ab" <<= frozenset({2})', f909)
def f910():
    x = "ab"
    x >>= frozenset({2})
    return x
t('"ab" >>= frozenset({2})', f910)
def f911():
    x = "ab"
    x &= frozenset({2})
    return x
t('"ab" &= frozenset({2})', f911)
def f912():
    x = "ab"
    x |= frozenset({2})
    return x
t('"ab" |= frozenset({2})', f912)
def f913():
    x = "ab"
    x ^= frozenset({2})
    return x
t('"ab" ^= frozenset({2})', f913)
def f914():
    x = "ab"
    x @= frozenset({2})
    return x
t('"ab" @= frozenset({2})', f914)
def f915():
    x = "ab"
    x += None
    return x
t('"ab" += None', f915)
def f916():
    x = "ab"
    x -= None
    return x
t('"ab" -= None', f916)
def f917():
    x = "ab"
    x *= None
    return x
t('"ab" *= None', f917)
def f918():
    x = "ab"
    x /= None
    return x
t('"ab" /= None', f918)
def f919():
    x = "ab"
    x //= None
    return x
t('"ab" //= None', f919)
def f920():
    x = "ab"
    x %= None
    return x
t('"ab" %= None', f920)
def f921():
    x = "ab"
    x **= None
    return x
t('"ab" **= None', f921)
def f922():
    x = "ab"
    x <<= None
    return x
t('"ab" <<= None', f922)
def f923():
    x = "ab"
    x >>= None
    return x
t('"ab" >>= None', f923)
def f924():
    x = "ab"
    x &= None
    return x
t('"ab" &= None', f924)
def f925():
    x = "ab"
    x |= None
    return x
t('"ab" |= None', f925)
def f926():
    x = "ab"
    x ^= None
    return x
t('"ab" ^= None', f926)
def f927():
    x = "ab"
    x @= None
    return x
t('"ab" @= None', f927)
def f928():
    x = "ab"
    x += range(2)
    return x
t('"ab" += range(2)', f928)
def f929():
    x = "ab"
    x -= range(2)
    return x
t('"ab" -= range(2)', f929)
def f930():
    x = "ab"
    x *= range(2)
    return x
t('"ab" *= range(2)', f930)
def f931():
    x = "ab"
    x /= range(2)
    return x
t('"ab" /= range(2)', f931)
def f932():
    x = "ab"
    x //= range(2)
    return x
t('"ab" //= range(2)', f932)
def f933():
    x = "ab"
    x %= range(2)
    return x
t('"ab" %= range(2)', f933)
def f934():
    x = "ab"
    x **= range(2)
    return x
t('"ab" **= range(2)', f934)
def f935():
    x = "ab"
    x <<= range(2)
    return x
t('"ab" <<= range(2)', f935)
def f936():
    x = "ab"
    x >>= range(2)
    return x
t('"ab" >>= range(2)', f936)
def f937():
    x = "ab"
    x &= range(2)
    return x
t('"ab" &= range(2)', f937)
def f938():
    x = "ab"
    x |= range(2)
    return x
t('"ab" |= range(2)', f938)
def f939():
    x = "ab"
    x ^= range(2)
    return x
t('"ab" ^= range(2)', f939)
def f940():
    x = "ab"
    x @= range(2)
    return x
t('"ab" @= range(2)', f940)
def f941():
    x = "ab"
    x += {1: 2}.keys()
    return x
t('"ab" += {1: 2}.keys()', f941)
def f942():
    x = "ab"
    x -= {1: 2}.keys()
    return x
t('"ab" -= {1: 2}.keys()', f942)
def f943():
    x = "ab"
    x *= {1: 2}.keys()
    return x
t('"ab" *= {1: 2}.keys()', f943)
def f944():
    x = "ab"
    x /= {1: 2}.keys()
    return x
t('"ab" /= {1: 2}.keys()', f944)
def f945():
    x = "ab"
    x //= {1: 2}.keys()
    return x
t('"ab" //= {1: 2}.keys()', f945)
def f946():
    x = "ab"
    x %= {1: 2}.keys()
    return x
t('"ab" %= {1: 2}.keys()', f946)
def f947():
    x = "ab"
    x **= {1: 2}.keys()
    return x
t('"ab" **= {1: 2}.keys()', f947)
def f948():
    x = "ab"
    x <<= {1: 2}.keys()
    return x
t('"ab" <<= {1: 2}.keys()', f948)
def f949():
    x = "ab"
    x >>= {1: 2}.keys()
    return x
t('"ab" >>= {1: 2}.keys()', f949)
def f950():
    x = "ab"
    x &= {1: 2}.keys()
    return x
t('"ab" &= {1: 2}.keys()', f950)
def f951():
    x = "ab"
    x |= {1: 2}.keys()
    return x
t('"ab" |= {1: 2}.keys()', f951)
def f952():
    x = "ab"
    x ^= {1: 2}.keys()
    return x
t('"ab" ^= {1: 2}.keys()', f952)
def f953():
    x = "ab"
    x @= {1: 2}.keys()
    return x
t('"ab" @= {1: 2}.keys()', f953)
def f954():
    x = "ab"
    x += -3
    return x
t('"ab" += -3', f954)
def f955():
    x = "ab"
    x -= -3
    return x
t('"ab" -= -3', f955)
def f956():
    x = "ab"
    x *= -3
    return x
t('"ab" *= -3', f956)
def f957():
    x = "ab"
    x /= -3
    return x
t('"ab" /= -3', f957)
def f958():
    x = "ab"
    x //= -3
    return x
t('"ab" //= -3', f958)
def f959():
    x = "ab"
    x %= -3
    return x
t('"ab" %= -3', f959)
def f960():
    x = "ab"
    x **= -3
    return x
t('"ab" **= -3', f960)
def f961():
    x = "ab"
    x <<= -3
    return x
t('"ab" <<= -3', f961)
def f962():
    x = "ab"
    x >>= -3
    return x
t('"ab" >>= -3', f962)
def f963():
    x = "ab"
    x &= -3
    return x
t('"ab" &= -3', f963)
def f964():
    x = "ab"
    x |= -3
    return x
t('"ab" |= -3', f964)
def f965():
    x = "ab"
    x ^= -3
    return x
t('"ab" ^= -3', f965)
def f966():
    x = "ab"
    x @= -3
    return x
t('"ab" @= -3', f966)
def f967():
    x = "ab"
    x += 0
    return x
t('"ab" += 0', f967)
def f968():
    x = "ab"
    x -= 0
    return x
t('"ab" -= 0', f968)
def f969():
    x = "ab"
    x *= 0
    return x
t('"ab" *= 0', f969)
def f970():
    x = "ab"
    x /= 0
    return x
t('"ab" /= 0', f970)
def f971():
    x = "ab"
    x //= 0
    return x
t('"ab" //= 0', f971)
def f972():
    x = "ab"
    x %= 0
    return x
t('"ab" %= 0', f972)
def f973():
    x = "ab"
    x **= 0
    return x
t('"ab" **= 0', f973)
def f974():
    x = "ab"
    x <<= 0
    return x
t('"ab" <<= 0', f974)
def f975():
    x = "ab"
    x >>= 0
    return x
t('"ab" >>= 0', f975)
def f976():
    x = "ab"
    x &= 0
    return x
t('"ab" &= 0', f976)
def f977():
    x = "ab"
    x |= 0
    return x
t('"ab" |= 0', f977)
def f978():
    x = "ab"
    x ^= 0
    return x
t('"ab" ^= 0', f978)
def f979():
    x = "ab"
    x @= 0
    return x
t('"ab" @= 0', f979)
def f980():
    x = "ab"
    x += 10**20
    return x
t('"ab" += 10**20', f980)
def f981():
    x = "ab"
    x -= 10**20
    return x
t('"ab" -= 10**20', f981)
def f982():
    x = "ab"
    x /= 10**20
    return x
t('"ab" /= 10**20', f982)
def f983():
    x = "ab"
    x //= 10**20
    return x
t('"ab" //= 10**20', f983)
def f984():
    x = "ab"
    x %= 10**20
    return x
t('"ab" %= 10**20', f984)
def f985():
    x = "ab"
    x >>= 10**20
    return x
t('"ab" >>= 10**20', f985)
def f986():
    x = "ab"
    x &= 10**20
    return x
t('"ab" &= 10**20', f986)
def f987():
    x = "ab"
    x |= 10**20
    return x
t('"ab" |= 10**20', f987)
def f988():
    x = "ab"
    x ^= 10**20
    return x
t('"ab" ^= 10**20', f988)
def f989():
    x = "ab"
    x @= 10**20
    return x
t('"ab" @= 10**20', f989)
def f990():
    x = "ab"
    x += []
    return x
t('"ab" += []', f990)
def f991():
    x = "ab"
    x -= []
    return x
t('"ab" -= []', f991)
def f992():
    x = "ab"
    x *= []
    return x
t('"ab" *= []', f992)
def f993():
    x = "ab"
    x /= []
    return x
t('"ab" /= []', f993)
def f994():
    x = "ab"
    x //= []
    return x
t('"ab" //= []', f994)
def f995():
    x = "ab"
    x %= []
    return x
t('"ab" %= []', f995)
def f996():
    x = "ab"
    x **= []
    return x
t('"ab" **= []', f996)
def f997():
    x = "ab"
    x <<= []
    return x
t('"ab" <<= []', f997)
def f998():
    x = "ab"
    x >>= []
    return x
t('"ab" >>= []', f998)
def f999():
    x = "ab"
    x &= []
    return x
t('"ab" &= []', f999)
def f1000():
    x = "ab"
    x |= []
    return x
t('"ab" |= []', f1000)
def f1001():
    x = "ab"
    x ^= []
    return x
t('"ab" ^= []', f1001)
def f1002():
    x = "ab"
    x @= []
    return x
t('"ab" @= []', f1002)
def f1003():
    x = "ab"
    x += {}
    return x
t('"ab" += {}', f1003)
def f1004():
    x = "ab"
    x -= {}
    return x
t('"ab" -= {}', f1004)
def f1005():
    x = "ab"
    x *= {}
    return x
t('"ab" *= {}', f1005)
def f1006():
    x = "ab"
    x /= {}
    return x
t('"ab" /= {}', f1006)
def f1007():
    x = "ab"
    x //= {}
    return x
t('"ab" //= {}', f1007)
def f1008():
    x = "ab"
    x %= {}
    return x
t('"ab" %= {}', f1008)
def f1009():
    x = "ab"
    x **= {}
    return x
t('"ab" **= {}', f1009)
def f1010():
    x = "ab"
    x <<= {}
    return x
t('"ab" <<= {}', f1010)
def f1011():
    x = "ab"
    x >>= {}
    return x
t('"ab" >>= {}', f1011)
def f1012():
    x = "ab"
    x &= {}
    return x
t('"ab" &= {}', f1012)
def f1013():
    x = "ab"
    x |= {}
    return x
t('"ab" |= {}', f1013)
def f1014():
    x = "ab"
    x ^= {}
    return x
t('"ab" ^= {}', f1014)
def f1015():
    x = "ab"
    x @= {}
    return x
t('"ab" @= {}', f1015)
def f1016():
    x = "ab"
    x += "é"
    return x
t('"ab" += "é"', f1016)
def f1017():
    x = "ab"
    x -= "é"
    return x
t('"ab" -= "é"', f1017)
def f1018():
    x = "ab"
    x *= "é"
    return x
t('"ab" *= "é"', f1018)
def f1019():
    x = "ab"
    x /= "é"
    return x
t('"ab" /= "é"', f1019)
def f1020():
    x = "ab"
    x //= "é"
    return x
t('"ab" //= "é"', f1020)
def f1021():
    x = "ab"
    x %= "é"
    return x
t('"ab" %= "é"', f1021)
def f1022():
    x = "ab"
    x **= "é"
    return x
t('"ab" **= "é"', f1022)
def f1023():
    x = "ab"
    x <<= "é"
    return x
t('"ab" <<= "é"', f1023)
def f1024():
    x = "ab"
    x >>= "é"
    return x
t('"ab" >>= "é"', f1024)
def f1025():
    x = "ab"
    x &= "é"
    return x
t('"ab" &= "é"', f1025)
def f1026():
    x = "ab"
    x |= "é"
    return x
t('"ab" |= "é"', f1026)
def f1027():
    x = "ab"
    x ^= "é"
    return x
t('"ab" ^= "é"', f1027)
def f1028():
    x = "ab"
    x @= "é"
    return x
t('"ab" @= "é"', f1028)
def f1029():
    x = b"ab"
    x += 1
    return x
t('b"ab" += 1', f1029)
def f1030():
    x = b"ab"
    x -= 1
    return x
t('b"ab" -= 1', f1030)
def f1031():
    x = b"ab"
    x *= 1
    return x
t('b"ab" *= 1', f1031)
def f1032():
    x = b"ab"
    x /= 1
    return x
t('b"ab" /= 1', f1032)
def f1033():
    x = b"ab"
    x //= 1
    return x
t('b"ab" //= 1', f1033)
def f1034():
    x = b"ab"
    x %= 1
    return x
t('b"ab" %= 1', f1034)
def f1035():
    x = b"ab"
    x **= 1
    return x
t('b"ab" **= 1', f1035)
def f1036():
    x = b"ab"
    x <<= 1
    return x
t('b"ab" <<= 1', f1036)
def f1037():
    x = b"ab"
    x >>= 1
    return x
t('b"ab" >>= 1', f1037)
def f1038():
    x = b"ab"
    x &= 1
    return x
t('b"ab" &= 1', f1038)
def f1039():
    x = b"ab"
    x |= 1
    return x
t('b"ab" |= 1', f1039)
def f1040():
    x = b"ab"
    x ^= 1
    return x
t('b"ab" ^= 1', f1040)
def f1041():
    x = b"ab"
    x @= 1
    return x
t('b"ab" @= 1', f1041)
def f1042():
    x = b"ab"
    x += 2.5
    return x
t('b"ab" += 2.5', f1042)
def f1043():
    x = b"ab"
    x -= 2.5
    return x
t('b"ab" -= 2.5', f1043)
def f1044():
    x = b"ab"
    x *= 2.5
    return x
t('b"ab" *= 2.5', f1044)
def f1045():
    x = b"ab"
    x /= 2.5
    return x
t('b"ab" /= 2.5', f1045)
def f1046():
    x = b"ab"
    x //= 2.5
    return x
t('b"ab" //= 2.5', f1046)
def f1047():
    x = b"ab"
    x %= 2.5
    return x
t('b"ab" %= 2.5', f1047)
def f1048():
    x = b"ab"
    x **= 2.5
    return x
t('b"ab" **= 2.5', f1048)
def f1049():
    x = b"ab"
    x <<= 2.5
    return x
t('b"ab" <<= 2.5', f1049)
def f1050():
    x = b"ab"
    x >>= 2.5
    return x
t('b"ab" >>= 2.5', f1050)
def f1051():
    x = b"ab"
    x &= 2.5
    return x
t('b"ab" &= 2.5', f1051)
def f1052():
    x = b"ab"
    x |= 2.5
    return x
t('b"ab" |= 2.5', f1052)
def f1053():
    x = b"ab"
    x ^= 2.5
    return x
t('b"ab" ^= 2.5', f1053)
def f1054():
    x = b"ab"
    x @= 2.5
    return x
t('b"ab" @= 2.5', f1054)
def f1055():
    x = b"ab"
    x += True
    return x
t('b"ab" += True', f1055)
def f1056():
    x = b"ab"
    x -= True
    return x
t('b"ab" -= True', f1056)
def f1057():
    x = b"ab"
    x *= True
    return x
t('b"ab" *= True', f1057)
def f1058():
    x = b"ab"
    x /= True
    return x
t('b"ab" /= True', f1058)
def f1059():
    x = b"ab"
    x //= True
    return x
t('b"ab" //= True', f1059)
def f1060():
    x = b"ab"
    x %= True
    return x
t('b"ab" %= True', f1060)
def f1061():
    x = b"ab"
    x **= True
    return x
t('b"ab" **= True', f1061)
def f1062():
    x = b"ab"
    x <<= True
    return x
t('b"ab" <<= True', f1062)
def f1063():
    x = b"ab"
    x >>= True
    return x
t('b"ab" >>= True', f1063)
def f1064():
    x = b"ab"
    x &= True
    return x
t('b"ab" &= True', f1064)
def f1065():
    x = b"ab"
    x |= True
    return x
t('b"ab" |= True', f1065)
def f1066():
    x = b"ab"
    x ^= True
    return x
t('b"ab" ^= True', f1066)
def f1067():
    x = b"ab"
    x @= True
    return x
t('b"ab" @= True', f1067)
def f1068():
    x = b"ab"
    x += "ab"
    return x
t('b"ab" += "ab"', f1068)
def f1069():
    x = b"ab"
    x -= "ab"
    return x
t('b"ab" -= "ab"', f1069)
def f1070():
    x = b"ab"
    x *= "ab"
    return x
t('b"ab" *= "ab"', f1070)
def f1071():
    x = b"ab"
    x /= "ab"
    return x
t('b"ab" /= "ab"', f1071)
def f1072():
    x = b"ab"
    x //= "ab"
    return x
t('b"ab" //= "ab"', f1072)
def f1073():
    x = b"ab"
    x %= "ab"
    return x
t('b"ab" %= "ab"', f1073)
def f1074():
    x = b"ab"
    x **= "ab"
    return x
t('b"ab" **= "ab"', f1074)
def f1075():
    x = b"ab"
    x <<= "ab"
    return x
t('b"ab" <<= "ab"', f1075)
def f1076():
    x = b"ab"
    x >>= "ab"
    return x
t('b"ab" >>= "ab"', f1076)
def f1077():
    x = b"ab"
    x &= "ab"
    return x
t('b"ab" &= "ab"', f1077)
def f1078():
    x = b"ab"
    x |= "ab"
    return x
t('b"ab" |= "ab"', f1078)
def f1079():
    x = b"ab"
    x ^= "ab"
    return x
t('b"ab" ^= "ab"', f1079)
def f1080():
    x = b"ab"
    x @= "ab"
    return x
t('b"ab" @= "ab"', f1080)
def f1081():
    x = b"ab"
    x += b"ab"
    return x
t('b"ab" += b"ab"', f1081)
def f1082():
    x = b"ab"
    x -= b"ab"
    return x
t('b"ab" -= b"ab"', f1082)
def f1083():
    x = b"ab"
    x *= b"ab"
    return x
t('b"ab" *= b"ab"', f1083)
def f1084():
    x = b"ab"
    x /= b"ab"
    return x
t('b"ab" /= b"ab"', f1084)
def f1085():
    x = b"ab"
    x //= b"ab"
    return x
t('b"ab" //= b"ab"', f1085)
def f1086():
    x = b"ab"
    x %= b"ab"
    return x
t('b"ab" %= b"ab"', f1086)
def f1087():
    x = b"ab"
    x **= b"ab"
    return x
t('b"ab" **= b"ab"', f1087)
def f1088():
    x = b"ab"
    x <<= b"ab"
    return x
t('b"ab" <<= b"ab"', f1088)
def f1089():
    x = b"ab"
    x >>= b"ab"
    return x
t('b"ab" >>= b"ab"', f1089)
def f1090():
    x = b"ab"
    x &= b"ab"
    return x
t('b"ab" &= b"ab"', f1090)
def f1091():
    x = b"ab"
    x |= b"ab"
    return x
t('b"ab" |= b"ab"', f1091)
def f1092():
    x = b"ab"
    x ^= b"ab"
    return x
t('b"ab" ^= b"ab"', f1092)
def f1093():
    x = b"ab"
    x @= b"ab"
    return x
t('b"ab" @= b"ab"', f1093)
def f1094():
    x = b"ab"
    x += bytearray(b"x")
    return x
t('b"ab" += bytearray(b"x")', f1094)
def f1095():
    x = b"ab"
    x -= bytearray(b"x")
    return x
t('b"ab" -= bytearray(b"x")', f1095)
def f1096():
    x = b"ab"
    x *= bytearray(b"x")
    return x
t('b"ab" *= bytearray(b"x")', f1096)
def f1097():
    x = b"ab"
    x /= bytearray(b"x")
    return x
t('b"ab" /= bytearray(b"x")', f1097)
def f1098():
    x = b"ab"
    x //= bytearray(b"x")
    return x
t('b"ab" //= bytearray(b"x")', f1098)
def f1099():
    x = b"ab"
    x %= bytearray(b"x")
    return x
t('b"ab" %= bytearray(b"x")', f1099)
def f1100():
    x = b"ab"
    x **= bytearray(b"x")
    return x
t('b"ab" **= bytearray(b"x")', f1100)
def f1101():
    x = b"ab"
    x <<= bytearray(b"x")
    return x
t('b"ab" <<= bytearray(b"x")', f1101)
def f1102():
    x = b"ab"
    x >>= bytearray(b"x")
    return x
t('b"ab" >>= bytearray(b"x")', f1102)
def f1103():
    x = b"ab"
    x &= bytearray(b"x")
    return x
t('b"ab" &= bytearray(b"x")', f1103)
def f1104():
    x = b"ab"
    x |= bytearray(b"x")
    return x
t('b"ab" |= bytearray(b"x")', f1104)
def f1105():
    x = b"ab"
    x ^= bytearray(b"x")
    return x
t('b"ab" ^= bytearray(b"x")', f1105)
def f1106():
    x = b"ab"
    x @= bytearray(b"x")
    return x
t('b"ab" @= bytearray(b"x")', f1106)
def f1107():
    x = b"ab"
    x += [1]
    return x
t('b"ab" += [1]', f1107)
def f1108():
    x = b"ab"
    x -= [1]
    return x
t('b"ab" -= [1]', f1108)
def f1109():
    x = b"ab"
    x *= [1]
    return x
t('b"ab" *= [1]', f1109)
def f1110():
    x = b"ab"
    x /= [1]
    return x
t('b"ab" /= [1]', f1110)
def f1111():
    x = b"ab"
    x //= [1]
    return x
t('b"ab" //= [1]', f1111)
def f1112():
    x = b"ab"
    x %= [1]
    return x
t('b"ab" %= [1]', f1112)
def f1113():
    x = b"ab"
    x **= [1]
    return x
t('b"ab" **= [1]', f1113)
def f1114():
    x = b"ab"
    x <<= [1]
    return x
t('b"ab" <<= [1]', f1114)
def f1115():
    x = b"ab"
    x >>= [1]
    return x
t('b"ab" >>= [1]', f1115)
def f1116():
    x = b"ab"
    x &= [1]
    return x
t('b"ab" &= [1]', f1116)
def f1117():
    x = b"ab"
    x |= [1]
    return x
t('b"ab" |= [1]', f1117)
def f1118():
    x = b"ab"
    x ^= [1]
    return x
t('b"ab" ^= [1]', f1118)
def f1119():
    x = b"ab"
    x @= [1]
    return x
t('b"ab" @= [1]', f1119)
def f1120():
    x = b"ab"
    x += (1,)
    return x
t('b"ab" += (1,)', f1120)
def f1121():
    x = b"ab"
    x -= (1,)
    return x
t('b"ab" -= (1,)', f1121)
def f1122():
    x = b"ab"
    x *= (1,)
    return x
t('b"ab" *= (1,)', f1122)
def f1123():
    x = b"ab"
    x /= (1,)
    return x
t('b"ab" /= (1,)', f1123)
def f1124():
    x = b"ab"
    x //= (1,)
    return x
t('b"ab" //= (1,)', f1124)
def f1125():
    x = b"ab"
    x %= (1,)
    return x
t('b"ab" %= (1,)', f1125)
def f1126():
    x = b"ab"
    x **= (1,)
    return x
t('b"ab" **= (1,)', f1126)
def f1127():
    x = b"ab"
    x <<= (1,)
    return x
t('b"ab" <<= (1,)', f1127)
def f1128():
    x = b"ab"
    x >>= (1,)
    return x
t('b"ab" >>= (1,)', f1128)
def f1129():
    x = b"ab"
    x &= (1,)
    return x
t('b"ab" &= (1,)', f1129)
def f1130():
    x = b"ab"
    x |= (1,)
    return x
t('b"ab" |= (1,)', f1130)
def f1131():
    x = b"ab"
    x ^= (1,)
    return x
t('b"ab" ^= (1,)', f1131)
def f1132():
    x = b"ab"
    x @= (1,)
    return x
t('b"ab" @= (1,)', f1132)
def f1133():
    x = b"ab"
    x += {1: 2}
    return x
t('b"ab" += {1: 2}', f1133)
def f1134():
    x = b"ab"
    x -= {1: 2}
    return x
t('b"ab" -= {1: 2}', f1134)
def f1135():
    x = b"ab"
    x *= {1: 2}
    return x
t('b"ab" *= {1: 2}', f1135)
def f1136():
    x = b"ab"
    x /= {1: 2}
    return x
t('b"ab" /= {1: 2}', f1136)
def f1137():
    x = b"ab"
    x //= {1: 2}
    return x
t('b"ab" //= {1: 2}', f1137)
def f1138():
    x = b"ab"
    x %= {1: 2}
    return x
t('b"ab" %= {1: 2}', f1138)
def f1139():
    x = b"ab"
    x **= {1: 2}
    return x
t('b"ab" **= {1: 2}', f1139)
def f1140():
    x = b"ab"
    x <<= {1: 2}
    return x
t('b"ab" <<= {1: 2}', f1140)
def f1141():
    x = b"ab"
    x >>= {1: 2}
    return x
t('b"ab" >>= {1: 2}', f1141)
def f1142():
    x = b"ab"
    x &= {1: 2}
    return x
t('b"ab" &= {1: 2}', f1142)
def f1143():
    x = b"ab"
    x |= {1: 2}
    return x
t('b"ab" |= {1: 2}', f1143)
def f1144():
    x = b"ab"
    x ^= {1: 2}
    return x
t('b"ab" ^= {1: 2}', f1144)
def f1145():
    x = b"ab"
    x @= {1: 2}
    return x
t('b"ab" @= {1: 2}', f1145)
def f1146():
    x = b"ab"
    x += {1}
    return x
t('b"ab" += {1}', f1146)
def f1147():
    x = b"ab"
    x -= {1}
    return x
t('b"ab" -= {1}', f1147)
def f1148():
    x = b"ab"
    x *= {1}
    return x
t('b"ab" *= {1}', f1148)
def f1149():
    x = b"ab"
    x /= {1}
    return x
t('b"ab" /= {1}', f1149)
def f1150():
    x = b"ab"
    x //= {1}
    return x
t('b"ab" //= {1}', f1150)
def f1151():
    x = b"ab"
    x %= {1}
    return x
t('b"ab" %= {1}', f1151)
def f1152():
    x = b"ab"
    x **= {1}
    return x
t('b"ab" **= {1}', f1152)
def f1153():
    x = b"ab"
    x <<= {1}
    return x
t('b"ab" <<= {1}', f1153)
def f1154():
    x = b"ab"
    x >>= {1}
    return x
t('b"ab" >>= {1}', f1154)
def f1155():
    x = b"ab"
    x &= {1}
    return x
t('b"ab" &= {1}', f1155)
def f1156():
    x = b"ab"
    x |= {1}
    return x
t('b"ab" |= {1}', f1156)
def f1157():
    x = b"ab"
    x ^= {1}
    return x
t('b"ab" ^= {1}', f1157)
def f1158():
    x = b"ab"
    x @= {1}
    return x
t('b"ab" @= {1}', f1158)
def f1159():
    x = b"ab"
    x += frozenset({2})
    return x
t('b"ab" += frozenset({2})', f1159)
def f1160():
    x = b"ab"
    x -= frozenset({2})
    return x
t('b"ab" -= frozenset({2})', f1160)
def f1161():
    x = b"ab"
    x *= frozenset({2})
    return x
t('b"ab" *= frozenset({2})', f1161)
def f1162():
    x = b"ab"
    x /= frozenset({2})
    return x
t('b"ab" /= frozenset({2})', f1162)
def f1163():
    x = b"ab"
    x //= frozenset({2})
    return x
t('b"ab" //= frozenset({2})', f1163)
def f1164():
    x = b"ab"
    x %= frozenset({2})
    return x
t('b"ab" %= frozenset({2})', f1164)
def f1165():
    x = b"ab"
    x **= frozenset({2})
    return x
t('b"ab" **= frozenset({2})', f1165)
def f1166():
    x = b"ab"
    x <<= frozenset({2})
    return x
t('b"ab" <<= frozenset({2})', f1166)
def f1167():
    x = b"ab"
    x >>= frozenset({2})
    return x
t('b"ab" >>= frozenset({2})', f1167)
def f1168():
    x = b"ab"
    x &= frozenset({2})
    return x
t('b"ab" &= frozenset({2})', f1168)
def f1169():
    x = b"ab"
    x |= frozenset({2})
    return x
t('b"ab" |= frozenset({2})', f1169)
def f1170():
    x = b"ab"
    x ^= frozenset({2})
    return x
t('b"ab" ^= frozenset({2})', f1170)
def f1171():
    x = b"ab"
    x @= frozenset({2})
    return x
t('b"ab" @= frozenset({2})', f1171)
def f1172():
    x = b"ab"
    x += None
    return x
t('b"ab" += None', f1172)
def f1173():
    x = b"ab"
    x -= None
    return x
t('b"ab" -= None', f1173)
def f1174():
    x = b"ab"
    x *= None
    return x
t('b"ab" *= None', f1174)
def f1175():
    x = b"ab"
    x /= None
    return x
t('b"ab" /= None', f1175)
def f1176():
    x = b"ab"
    x //= None
    return x
t('b"ab" //= None', f1176)
def f1177():
    x = b"ab"
    x %= None
    return x
t('b"ab" %= None', f1177)
def f1178():
    x = b"ab"
    x **= None
    return x
t('b"ab" **= None', f1178)
def f1179():
    x = b"ab"
    x <<= None
    return x
t('b"ab" <<= None', f1179)
def f1180():
    x = b"ab"
    x >>= None
    return x
t('b"ab" >>= None', f1180)
def f1181():
    x = b"ab"
    x &= None
    return x
t('b"ab" &= None', f1181)
def f1182():
    x = b"ab"
    x |= None
    return x
t('b"ab" |= None', f1182)
def f1183():
    x = b"ab"
    x ^= None
    return x
t('b"ab" ^= None', f1183)
def f1184():
    x = b"ab"
    x @= None
    return x
t('b"ab" @= None', f1184)
def f1185():
    x = b"ab"
    x += range(2)
    return x
t('b"ab" += range(2)', f1185)
def f1186():
    x = b"ab"
    x -= range(2)
    return x
t('b"ab" -= range(2)', f1186)
def f1187():
    x = b"ab"
    x *= range(2)
    return x
t('b"ab" *= range(2)', f1187)
def f1188():
    x = b"ab"
    x /= range(2)
    return x
t('b"ab" /= range(2)', f1188)
def f1189():
    x = b"ab"
    x //= range(2)
    return x
t('b"ab" //= range(2)', f1189)
def f1190():
    x = b"ab"
    x %= range(2)
    return x
t('b"ab" %= range(2)', f1190)
def f1191():
    x = b"ab"
    x **= range(2)
    return x
t('b"ab" **= range(2)', f1191)
def f1192():
    x = b"ab"
    x <<= range(2)
    return x
t('b"ab" <<= range(2)', f1192)
def f1193():
    x = b"ab"
    x >>= range(2)
    return x
t('b"ab" >>= range(2)', f1193)
def f1194():
    x = b"ab"
    x &= range(2)
    return x
t('b"ab" &= range(2)', f1194)
def f1195():
    x = b"ab"
    x |= range(2)
    return x
t('b"ab" |= range(2)', f1195)
def f1196():
    x = b"ab"
    x ^= range(2)
    return x
t('b"ab" ^= range(2)', f1196)
def f1197():
    x = b"ab"
    x @= range(2)
    return x
t('b"ab" @= range(2)', f1197)
def f1198():
    x = b"ab"
    x += {1: 2}.keys()
    return x
t('b"ab" += {1: 2}.keys()', f1198)
def f1199():
    x = b"ab"
    x -= {1: 2}.keys()
    return x
t('b"ab" -= {1: 2}.keys()', f1199)
def f1200():
    x = b"ab"
    x *= {1: 2}.keys()
    return x
t('b"ab" *= {1: 2}.keys()', f1200)
def f1201():
    x = b"ab"
    x /= {1: 2}.keys()
    return x
t('b"ab" /= {1: 2}.keys()', f1201)
def f1202():
    x = b"ab"
    x //= {1: 2}.keys()
    return x
t('b"ab" //= {1: 2}.keys()', f1202)
def f1203():
    x = b"ab"
    x %= {1: 2}.keys()
    return x
t('b"ab" %= {1: 2}.keys()', f1203)
def f1204():
    x = b"ab"
    x **= {1: 2}.keys()
    return x
t('b"ab" **= {1: 2}.keys()', f1204)
def f1205():
    x = b"ab"
    x <<= {1: 2}.keys()
    return x
t('b"ab" <<= {1: 2}.keys()', f1205)
def f1206():
    x = b"ab"
    x >>= {1: 2}.keys()
    return x
t('b"ab" >>= {1: 2}.keys()', f1206)
def f1207():
    x = b"ab"
    x &= {1: 2}.keys()
    return x
t('b"ab" &= {1: 2}.keys()', f1207)
def f1208():
    x = b"ab"
    x |= {1: 2}.keys()
    return x
t('b"ab" |= {1: 2}.keys()', f1208)
def f1209():
    x = b"ab"
    x ^= {1: 2}.keys()
    return x
t('b"ab" ^= {1: 2}.keys()', f1209)
def f1210():
    x = b"ab"
    x @= {1: 2}.keys()
    return x
t('b"ab" @= {1: 2}.keys()', f1210)
def f1211():
    x = b"ab"
    x += -3
    return x
t('b"ab" += -3', f1211)
def f1212():
    x = b"ab"
    x -= -3
    return x
t('b"ab" -= -3', f1212)
def f1213():
    x = b"ab"
    x *= -3
    return x
t('b"ab" *= -3', f1213)
def f1214():
    x = b"ab"
    x /= -3
    return x
t('b"ab" /= -3', f1214)
def f1215():
    x = b"ab"
    x //= -3
    return x
t('b"ab" //= -3', f1215)
def f1216():
    x = b"ab"
    x %= -3
    return x
t('b"ab" %= -3', f1216)
def f1217():
    x = b"ab"
    x **= -3
    return x
t('b"ab" **= -3', f1217)
def f1218():
    x = b"ab"
    x <<= -3
    return x
t('b"ab" <<= -3', f1218)
def f1219():
    x = b"ab"
    x >>= -3
    return x
t('b"ab" >>= -3', f1219)
def f1220():
    x = b"ab"
    x &= -3
    return x
t('b"ab" &= -3', f1220)
def f1221():
    x = b"ab"
    x |= -3
    return x
t('b"ab" |= -3', f1221)
def f1222():
    x = b"ab"
    x ^= -3
    return x
t('b"ab" ^= -3', f1222)
def f1223():
    x = b"ab"
    x @= -3
    return x
t('b"ab" @= -3', f1223)
def f1224():
    x = b"ab"
    x += 0
    return x
t('b"ab" += 0', f1224)
def f1225():
    x = b"ab"
    x -= 0
    return x
t('b"ab" -= 0', f1225)
def f1226():
    x = b"ab"
    x *= 0
    return x
t('b"ab" *= 0', f1226)
def f1227():
    x = b"ab"
    x /= 0
    return x
t('b"ab" /= 0', f1227)
def f1228():
    x = b"ab"
    x //= 0
    return x
t('b"ab" //= 0', f1228)
def f1229():
    x = b"ab"
    x %= 0
    return x
t('b"ab" %= 0', f1229)
def f1230():
    x = b"ab"
    x **= 0
    return x
t('b"ab" **= 0', f1230)
def f1231():
    x = b"ab"
    x <<= 0
    return x
t('b"ab" <<= 0', f1231)
def f1232():
    x = b"ab"
    x >>= 0
    return x
t('b"ab" >>= 0', f1232)
def f1233():
    x = b"ab"
    x &= 0
    return x
t('b"ab" &= 0', f1233)
def f1234():
    x = b"ab"
    x |= 0
    return x
t('b"ab" |= 0', f1234)
def f1235():
    x = b"ab"
    x ^= 0
    return x
t('b"ab" ^= 0', f1235)
def f1236():
    x = b"ab"
    x @= 0
    return x
t('b"ab" @= 0', f1236)
def f1237():
    x = b"ab"
    x += 10**20
    return x
t('b"ab" += 10**20', f1237)
def f1238():
    x = b"ab"
    x -= 10**20
    return x
t('b"ab" -= 10**20', f1238)
def f1239():
    x = b"ab"
    x /= 10**20
    return x
t('b"ab" /= 10**20', f1239)
def f1240():
    x = b"ab"
    x //= 10**20
    return x
t('b"ab" //= 10**20', f1240)
def f1241():
    x = b"ab"
    x %= 10**20
    return x
t('b"ab" %= 10**20', f1241)
def f1242():
    x = b"ab"
    x >>= 10**20
    return x
t('b"ab" >>= 10**20', f1242)
def f1243():
    x = b"ab"
    x &= 10**20
    return x
t('b"ab" &= 10**20', f1243)
def f1244():
    x = b"ab"
    x |= 10**20
    return x
t('b"ab" |= 10**20', f1244)
def f1245():
    x = b"ab"
    x ^= 10**20
    return x
t('b"ab" ^= 10**20', f1245)
def f1246():
    x = b"ab"
    x @= 10**20
    return x
t('b"ab" @= 10**20', f1246)
def f1247():
    x = b"ab"
    x += []
    return x
t('b"ab" += []', f1247)
def f1248():
    x = b"ab"
    x -= []
    return x
t('b"ab" -= []', f1248)
def f1249():
    x = b"ab"
    x *= []
    return x
t('b"ab" *= []', f1249)
def f1250():
    x = b"ab"
    x /= []
    return x
t('b"ab" /= []', f1250)
def f1251():
    x = b"ab"
    x //= []
    return x
t('b"ab" //= []', f1251)
def f1252():
    x = b"ab"
    x %= []
    return x
t('b"ab" %= []', f1252)
def f1253():
    x = b"ab"
    x **= []
    return x
t('b"ab" **= []', f1253)
def f1254():
    x = b"ab"
    x <<= []
    return x
t('b"ab" <<= []', f1254)
def f1255():
    x = b"ab"
    x >>= []
    return x
t('b"ab" >>= []', f1255)
def f1256():
    x = b"ab"
    x &= []
    return x
t('b"ab" &= []', f1256)
def f1257():
    x = b"ab"
    x |= []
    return x
t('b"ab" |= []', f1257)
def f1258():
    x = b"ab"
    x ^= []
    return x
t('b"ab" ^= []', f1258)
def f1259():
    x = b"ab"
    x @= []
    return x
t('b"ab" @= []', f1259)
def f1260():
    x = b"ab"
    x += {}
    return x
t('b"ab" += {}', f1260)
def f1261():
    x = b"ab"
    x -= {}
    return x
t('b"ab" -= {}', f1261)
def f1262():
    x = b"ab"
    x *= {}
    return x
t('b"ab" *= {}', f1262)
def f1263():
    x = b"ab"
    x /= {}
    return x
t('b"ab" /= {}', f1263)
def f1264():
    x = b"ab"
    x //= {}
    return x
t('b"ab" //= {}', f1264)
def f1265():
    x = b"ab"
    x %= {}
    return x
t('b"ab" %= {}', f1265)
def f1266():
    x = b"ab"
    x **= {}
    return x
t('b"ab" **= {}', f1266)
def f1267():
    x = b"ab"
    x <<= {}
    return x
t('b"ab" <<= {}', f1267)
def f1268():
    x = b"ab"
    x >>= {}
    return x
t('b"ab" >>= {}', f1268)
def f1269():
    x = b"ab"
    x &= {}
    return x
t('b"ab" &= {}', f1269)
def f1270():
    x = b"ab"
    x |= {}
    return x
t('b"ab" |= {}', f1270)
def f1271():
    x = b"ab"
    x ^= {}
    return x
t('b"ab" ^= {}', f1271)
def f1272():
    x = b"ab"
    x @= {}
    return x
t('b"ab" @= {}', f1272)
def f1273():
    x = b"ab"
    x += "é"
    return x
t('b"ab" += "é"', f1273)
def f1274():
    x = b"ab"
    x -= "é"
    return x
t('b"ab" -= "é"', f1274)
def f1275():
    x = b"ab"
    x *= "é"
    return x
t('b"ab" *= "é"', f1275)
def f1276():
    x = b"ab"
    x /= "é"
    return x
t('b"ab" /= "é"', f1276)
def f1277():
    x = b"ab"
    x //= "é"
    return x
t('b"ab" //= "é"', f1277)
def f1278():
    x = b"ab"
    x %= "é"
    return x
t('b"ab" %= "é"', f1278)
def f1279():
    x = b"ab"
    x **= "é"
    return x
t('b"ab" **= "é"', f1279)
def f1280():
    x = b"ab"
    x <<= "é"
    return x
t('b"ab" <<= "é"', f1280)
def f1281():
    x = b"ab"
    x >>= "é"
    return x
t('b"ab" >>= "é"', f1281)
def f1282():
    x = b"ab"
    x &= "é"
    return x
t('b"ab" &= "é"', f1282)
def f1283():
    x = b"ab"
    x |= "é"
    return x
t('b"ab" |= "é"', f1283)
def f1284():
    x = b"ab"
    x ^= "é"
    return x
t('b"ab" ^= "é"', f1284)
def f1285():
    x = b"ab"
    x @= "é"
    return x
t('b"ab" @= "é"', f1285)
def f1286():
    x = bytearray(b"x")
    x += 1
    return x
t('bytearray(b"x") += 1', f1286)
def f1287():
    x = bytearray(b"x")
    x -= 1
    return x
t('bytearray(b"x") -= 1', f1287)
def f1288():
    x = bytearray(b"x")
    x *= 1
    return x
t('bytearray(b"x") *= 1', f1288)
def f1289():
    x = bytearray(b"x")
    x /= 1
    return x
t('bytearray(b"x") /= 1', f1289)
def f1290():
    x = bytearray(b"x")
    x //= 1
    return x
t('bytearray(b"x") //= 1', f1290)
def f1291():
    x = bytearray(b"x")
    x %= 1
    return x
t('bytearray(b"x") %= 1', f1291)
def f1292():
    x = bytearray(b"x")
    x **= 1
    return x
t('bytearray(b"x") **= 1', f1292)
def f1293():
    x = bytearray(b"x")
    x <<= 1
    return x
t('bytearray(b"x") <<= 1', f1293)
def f1294():
    x = bytearray(b"x")
    x >>= 1
    return x
t('bytearray(b"x") >>= 1', f1294)
def f1295():
    x = bytearray(b"x")
    x &= 1
    return x
t('bytearray(b"x") &= 1', f1295)
def f1296():
    x = bytearray(b"x")
    x |= 1
    return x
t('bytearray(b"x") |= 1', f1296)
def f1297():
    x = bytearray(b"x")
    x ^= 1
    return x
t('bytearray(b"x") ^= 1', f1297)
def f1298():
    x = bytearray(b"x")
    x @= 1
    return x
t('bytearray(b"x") @= 1', f1298)
def f1299():
    x = bytearray(b"x")
    x += 2.5
    return x
t('bytearray(b"x") += 2.5', f1299)
def f1300():
    x = bytearray(b"x")
    x -= 2.5
    return x
t('bytearray(b"x") -= 2.5', f1300)
def f1301():
    x = bytearray(b"x")
    x *= 2.5
    return x
t('bytearray(b"x") *= 2.5', f1301)
def f1302():
    x = bytearray(b"x")
    x /= 2.5
    return x
t('bytearray(b"x") /= 2.5', f1302)
def f1303():
    x = bytearray(b"x")
    x //= 2.5
    return x
t('bytearray(b"x") //= 2.5', f1303)
def f1304():
    x = bytearray(b"x")
    x %= 2.5
    return x
t('bytearray(b"x") %= 2.5', f1304)
def f1305():
    x = bytearray(b"x")
    x **= 2.5
    return x
t('bytearray(b"x") **= 2.5', f1305)
def f1306():
    x = bytearray(b"x")
    x <<= 2.5
    return x
t('bytearray(b"x") <<= 2.5', f1306)
def f1307():
    x = bytearray(b"x")
    x >>= 2.5
    return x
t('bytearray(b"x") >>= 2.5', f1307)
def f1308():
    x = bytearray(b"x")
    x &= 2.5
    return x
t('bytearray(b"x") &= 2.5', f1308)
def f1309():
    x = bytearray(b"x")
    x |= 2.5
    return x
t('bytearray(b"x") |= 2.5', f1309)
def f1310():
    x = bytearray(b"x")
    x ^= 2.5
    return x
t('bytearray(b"x") ^= 2.5', f1310)
def f1311():
    x = bytearray(b"x")
    x @= 2.5
    return x
t('bytearray(b"x") @= 2.5', f1311)
def f1312():
    x = bytearray(b"x")
    x += True
    return x
t('bytearray(b"x") += True', f1312)
def f1313():
    x = bytearray(b"x")
    x -= True
    return x
t('bytearray(b"x") -= True', f1313)
def f1314():
    x = bytearray(b"x")
    x *= True
    return x
t('bytearray(b"x") *= True', f1314)
def f1315():
    x = bytearray(b"x")
    x /= True
    return x
t('bytearray(b"x") /= True', f1315)
def f1316():
    x = bytearray(b"x")
    x //= True
    return x
t('bytearray(b"x") //= True', f1316)
def f1317():
    x = bytearray(b"x")
    x %= True
    return x
t('bytearray(b"x") %= True', f1317)
def f1318():
    x = bytearray(b"x")
    x **= True
    return x
t('bytearray(b"x") **= True', f1318)
def f1319():
    x = bytearray(b"x")
    x <<= True
    return x
t('bytearray(b"x") <<= True', f1319)
def f1320():
    x = bytearray(b"x")
    x >>= True
    return x
t('bytearray(b"x") >>= True', f1320)
def f1321():
    x = bytearray(b"x")
    x &= True
    return x
t('bytearray(b"x") &= True', f1321)
def f1322():
    x = bytearray(b"x")
    x |= True
    return x
t('bytearray(b"x") |= True', f1322)
def f1323():
    x = bytearray(b"x")
    x ^= True
    return x
t('bytearray(b"x") ^= True', f1323)
def f1324():
    x = bytearray(b"x")
    x @= True
    return x
t('bytearray(b"x") @= True', f1324)
def f1325():
    x = bytearray(b"x")
    x += "ab"
    return x
t('bytearray(b"x") += "ab"', f1325)
def f1326():
    x = bytearray(b"x")
    x -= "ab"
    return x
t('bytearray(b"x") -= "ab"', f1326)
def f1327():
    x = bytearray(b"x")
    x *= "ab"
    return x
t('bytearray(b"x") *= "ab"', f1327)
def f1328():
    x = bytearray(b"x")
    x /= "ab"
    return x
t('bytearray(b"x") /= "ab"', f1328)
def f1329():
    x = bytearray(b"x")
    x //= "ab"
    return x
t('bytearray(b"x") //= "ab"', f1329)
def f1330():
    x = bytearray(b"x")
    x %= "ab"
    return x
t('bytearray(b"x") %= "ab"', f1330)
def f1331():
    x = bytearray(b"x")
    x **= "ab"
    return x
t('bytearray(b"x") **= "ab"', f1331)
def f1332():
    x = bytearray(b"x")
    x <<= "ab"
    return x
t('bytearray(b"x") <<= "ab"', f1332)
def f1333():
    x = bytearray(b"x")
    x >>= "ab"
    return x
t('bytearray(b"x") >>= "ab"', f1333)
def f1334():
    x = bytearray(b"x")
    x &= "ab"
    return x
t('bytearray(b"x") &= "ab"', f1334)
def f1335():
    x = bytearray(b"x")
    x |= "ab"
    return x
t('bytearray(b"x") |= "ab"', f1335)
def f1336():
    x = bytearray(b"x")
    x ^= "ab"
    return x
t('bytearray(b"x") ^= "ab"', f1336)
def f1337():
    x = bytearray(b"x")
    x @= "ab"
    return x
t('bytearray(b"x") @= "ab"', f1337)
def f1338():
    x = bytearray(b"x")
    x += b"ab"
    return x
t('bytearray(b"x") += b"ab"', f1338)
def f1339():
    x = bytearray(b"x")
    x -= b"ab"
    return x
t('bytearray(b"x") -= b"ab"', f1339)
def f1340():
    x = bytearray(b"x")
    x *= b"ab"
    return x
t('bytearray(b"x") *= b"ab"', f1340)
def f1341():
    x = bytearray(b"x")
    x /= b"ab"
    return x
t('bytearray(b"x") /= b"ab"', f1341)
def f1342():
    x = bytearray(b"x")
    x //= b"ab"
    return x
t('bytearray(b"x") //= b"ab"', f1342)
def f1343():
    x = bytearray(b"x")
    x %= b"ab"
    return x
t('bytearray(b"x") %= b"ab"', f1343)
def f1344():
    x = bytearray(b"x")
    x **= b"ab"
    return x
t('bytearray(b"x") **= b"ab"', f1344)
def f1345():
    x = bytearray(b"x")
    x <<= b"ab"
    return x
t('bytearray(b"x") <<= b"ab"', f1345)
def f1346():
    x = bytearray(b"x")
    x >>= b"ab"
    return x
t('bytearray(b"x") >>= b"ab"', f1346)
def f1347():
    x = bytearray(b"x")
    x &= b"ab"
    return x
t('bytearray(b"x") &= b"ab"', f1347)
def f1348():
    x = bytearray(b"x")
    x |= b"ab"
    return x
t('bytearray(b"x") |= b"ab"', f1348)
def f1349():
    x = bytearray(b"x")
    x ^= b"ab"
    return x
t('bytearray(b"x") ^= b"ab"', f1349)
def f1350():
    x = bytearray(b"x")
    x @= b"ab"
    return x
t('bytearray(b"x") @= b"ab"', f1350)
def f1351():
    x = bytearray(b"x")
    x += bytearray(b"x")
    return x
t('bytearray(b"x") += bytearray(b"x")', f1351)
def f1352():
    x = bytearray(b"x")
    x -= bytearray(b"x")
    return x
t('bytearray(b"x") -= bytearray(b"x")', f1352)
def f1353():
    x = bytearray(b"x")
    x *= bytearray(b"x")
    return x
t('bytearray(b"x") *= bytearray(b"x")', f1353)
def f1354():
    x = bytearray(b"x")
    x /= bytearray(b"x")
    return x
t('bytearray(b"x") /= bytearray(b"x")', f1354)
def f1355():
    x = bytearray(b"x")
    x //= bytearray(b"x")
    return x
t('bytearray(b"x") //= bytearray(b"x")', f1355)
def f1356():
    x = bytearray(b"x")
    x %= bytearray(b"x")
    return x
t('bytearray(b"x") %= bytearray(b"x")', f1356)
def f1357():
    x = bytearray(b"x")
    x **= bytearray(b"x")
    return x
t('bytearray(b"x") **= bytearray(b"x")', f1357)
def f1358():
    x = bytearray(b"x")
    x <<= bytearray(b"x")
    return x
t('bytearray(b"x") <<= bytearray(b"x")', f1358)
def f1359():
    x = bytearray(b"x")
    x >>= bytearray(b"x")
    return x
t('bytearray(b"x") >>= bytearray(b"x")', f1359)
def f1360():
    x = bytearray(b"x")
    x &= bytearray(b"x")
    return x
t('bytearray(b"x") &= bytearray(b"x")', f1360)
def f1361():
    x = bytearray(b"x")
    x |= bytearray(b"x")
    return x
t('bytearray(b"x") |= bytearray(b"x")', f1361)
def f1362():
    x = bytearray(b"x")
    x ^= bytearray(b"x")
    return x
t('bytearray(b"x") ^= bytearray(b"x")', f1362)
def f1363():
    x = bytearray(b"x")
    x @= bytearray(b"x")
    return x
t('bytearray(b"x") @= bytearray(b"x")', f1363)
def f1364():
    x = bytearray(b"x")
    x += [1]
    return x
t('bytearray(b"x") += [1]', f1364)
def f1365():
    x = bytearray(b"x")
    x -= [1]
    return x
t('bytearray(b"x") -= [1]', f1365)
def f1366():
    x = bytearray(b"x")
    x *= [1]
    return x
t('bytearray(b"x") *= [1]', f1366)
def f1367():
    x = bytearray(b"x")
    x /= [1]
    return x
t('bytearray(b"x") /= [1]', f1367)
def f1368():
    x = bytearray(b"x")
    x //= [1]
    return x
t('bytearray(b"x") //= [1]', f1368)
def f1369():
    x = bytearray(b"x")
    x %= [1]
    return x
t('bytearray(b"x") %= [1]', f1369)
def f1370():
    x = bytearray(b"x")
    x **= [1]
    return x
t('bytearray(b"x") **= [1]', f1370)
def f1371():
    x = bytearray(b"x")
    x <<= [1]
    return x
t('bytearray(b"x") <<= [1]', f1371)
def f1372():
    x = bytearray(b"x")
    x >>= [1]
    return x
t('bytearray(b"x") >>= [1]', f1372)
def f1373():
    x = bytearray(b"x")
    x &= [1]
    return x
t('bytearray(b"x") &= [1]', f1373)
def f1374():
    x = bytearray(b"x")
    x |= [1]
    return x
t('bytearray(b"x") |= [1]', f1374)
def f1375():
    x = bytearray(b"x")
    x ^= [1]
    return x
t('bytearray(b"x") ^= [1]', f1375)
def f1376():
    x = bytearray(b"x")
    x @= [1]
    return x
t('bytearray(b"x") @= [1]', f1376)
def f1377():
    x = bytearray(b"x")
    x += (1,)
    return x
t('bytearray(b"x") += (1,)', f1377)
def f1378():
    x = bytearray(b"x")
    x -= (1,)
    return x
t('bytearray(b"x") -= (1,)', f1378)
def f1379():
    x = bytearray(b"x")
    x *= (1,)
    return x
t('bytearray(b"x") *= (1,)', f1379)
def f1380():
    x = bytearray(b"x")
    x /= (1,)
    return x
t('bytearray(b"x") /= (1,)', f1380)
def f1381():
    x = bytearray(b"x")
    x //= (1,)
    return x
t('bytearray(b"x") //= (1,)', f1381)
def f1382():
    x = bytearray(b"x")
    x %= (1,)
    return x
t('bytearray(b"x") %= (1,)', f1382)
def f1383():
    x = bytearray(b"x")
    x **= (1,)
    return x
t('bytearray(b"x") **= (1,)', f1383)
def f1384():
    x = bytearray(b"x")
    x <<= (1,)
    return x
t('bytearray(b"x") <<= (1,)', f1384)
def f1385():
    x = bytearray(b"x")
    x >>= (1,)
    return x
t('bytearray(b"x") >>= (1,)', f1385)
def f1386():
    x = bytearray(b"x")
    x &= (1,)
    return x
t('bytearray(b"x") &= (1,)', f1386)
def f1387():
    x = bytearray(b"x")
    x |= (1,)
    return x
t('bytearray(b"x") |= (1,)', f1387)
def f1388():
    x = bytearray(b"x")
    x ^= (1,)
    return x
t('bytearray(b"x") ^= (1,)', f1388)
def f1389():
    x = bytearray(b"x")
    x @= (1,)
    return x
t('bytearray(b"x") @= (1,)', f1389)
def f1390():
    x = bytearray(b"x")
    x += {1: 2}
    return x
t('bytearray(b"x") += {1: 2}', f1390)
def f1391():
    x = bytearray(b"x")
    x -= {1: 2}
    return x
t('bytearray(b"x") -= {1: 2}', f1391)
def f1392():
    x = bytearray(b"x")
    x *= {1: 2}
    return x
t('bytearray(b"x") *= {1: 2}', f1392)
def f1393():
    x = bytearray(b"x")
    x /= {1: 2}
    return x
t('bytearray(b"x") /= {1: 2}', f1393)
def f1394():
    x = bytearray(b"x")
    x //= {1: 2}
    return x
t('bytearray(b"x") //= {1: 2}', f1394)
def f1395():
    x = bytearray(b"x")
    x %= {1: 2}
    return x
t('bytearray(b"x") %= {1: 2}', f1395)
def f1396():
    x = bytearray(b"x")
    x **= {1: 2}
    return x
t('bytearray(b"x") **= {1: 2}', f1396)
def f1397():
    x = bytearray(b"x")
    x <<= {1: 2}
    return x
t('bytearray(b"x") <<= {1: 2}', f1397)
def f1398():
    x = bytearray(b"x")
    x >>= {1: 2}
    return x
t('bytearray(b"x") >>= {1: 2}', f1398)
def f1399():
    x = bytearray(b"x")
    x &= {1: 2}
    return x
t('bytearray(b"x") &= {1: 2}', f1399)
def f1400():
    x = bytearray(b"x")
    x |= {1: 2}
    return x
t('bytearray(b"x") |= {1: 2}', f1400)
def f1401():
    x = bytearray(b"x")
    x ^= {1: 2}
    return x
t('bytearray(b"x") ^= {1: 2}', f1401)
def f1402():
    x = bytearray(b"x")
    x @= {1: 2}
    return x
t('bytearray(b"x") @= {1: 2}', f1402)
def f1403():
    x = bytearray(b"x")
    x += {1}
    return x
t('bytearray(b"x") += {1}', f1403)
def f1404():
    x = bytearray(b"x")
    x -= {1}
    return x
t('bytearray(b"x") -= {1}', f1404)
def f1405():
    x = bytearray(b"x")
    x *= {1}
    return x
t('bytearray(b"x") *= {1}', f1405)
def f1406():
    x = bytearray(b"x")
    x /= {1}
    return x
t('bytearray(b"x") /= {1}', f1406)
def f1407():
    x = bytearray(b"x")
    x //= {1}
    return x
t('bytearray(b"x") //= {1}', f1407)
def f1408():
    x = bytearray(b"x")
    x %= {1}
    return x
t('bytearray(b"x") %= {1}', f1408)
def f1409():
    x = bytearray(b"x")
    x **= {1}
    return x
t('bytearray(b"x") **= {1}', f1409)
def f1410():
    x = bytearray(b"x")
    x <<= {1}
    return x
t('bytearray(b"x") <<= {1}', f1410)
def f1411():
    x = bytearray(b"x")
    x >>= {1}
    return x
t('bytearray(b"x") >>= {1}', f1411)
def f1412():
    x = bytearray(b"x")
    x &= {1}
    return x
t('bytearray(b"x") &= {1}', f1412)
def f1413():
    x = bytearray(b"x")
    x |= {1}
    return x
t('bytearray(b"x") |= {1}', f1413)
def f1414():
    x = bytearray(b"x")
    x ^= {1}
    return x
t('bytearray(b"x") ^= {1}', f1414)
def f1415():
    x = bytearray(b"x")
    x @= {1}
    return x
t('bytearray(b"x") @= {1}', f1415)
def f1416():
    x = bytearray(b"x")
    x += frozenset({2})
    return x
t('bytearray(b"x") += frozenset({2})', f1416)
def f1417():
    x = bytearray(b"x")
    x -= frozenset({2})
    return x
t('bytearray(b"x") -= frozenset({2})', f1417)
def f1418():
    x = bytearray(b"x")
    x *= frozenset({2})
    return x
t('bytearray(b"x") *= frozenset({2})', f1418)
def f1419():
    x = bytearray(b"x")
    x /= frozenset({2})
    return x
t('bytearray(b"x") /= frozenset({2})', f1419)
def f1420():
    x = bytearray(b"x")
    x //= frozenset({2})
    return x
t('bytearray(b"x") //= frozenset({2})', f1420)
def f1421():
    x = bytearray(b"x")
    x %= frozenset({2})
    return x
t('bytearray(b"x") %= frozenset({2})', f1421)
def f1422():
    x = bytearray(b"x")
    x **= frozenset({2})
    return x
t('bytearray(b"x") **= frozenset({2})', f1422)
def f1423():
    x = bytearray(b"x")
    x <<= frozenset({2})
    return x
t('bytearray(b"x") <<= frozenset({2})', f1423)
def f1424():
    x = bytearray(b"x")
    x >>= frozenset({2})
    return x
t('bytearray(b"x") >>= frozenset({2})', f1424)
def f1425():
    x = bytearray(b"x")
    x &= frozenset({2})
    return x
t('bytearray(b"x") &= frozenset({2})', f1425)
def f1426():
    x = bytearray(b"x")
    x |= frozenset({2})
    return x
t('bytearray(b"x") |= frozenset({2})', f1426)
def f1427():
    x = bytearray(b"x")
    x ^= frozenset({2})
    return x
t('bytearray(b"x") ^= frozenset({2})', f1427)
def f1428():
    x = bytearray(b"x")
    x @= frozenset({2})
    return x
t('bytearray(b"x") @= frozenset({2})', f1428)
def f1429():
    x = bytearray(b"x")
    x += None
    return x
t('bytearray(b"x") += None', f1429)
def f1430():
    x = bytearray(b"x")
    x -= None
    return x
t('bytearray(b"x") -= None', f1430)
def f1431():
    x = bytearray(b"x")
    x *= None
    return x
t('bytearray(b"x") *= None', f1431)
def f1432():
    x = bytearray(b"x")
    x /= None
    return x
t('bytearray(b"x") /= None', f1432)
def f1433():
    x = bytearray(b"x")
    x //= None
    return x
t('bytearray(b"x") //= None', f1433)
def f1434():
    x = bytearray(b"x")
    x %= None
    return x
t('bytearray(b"x") %= None', f1434)
def f1435():
    x = bytearray(b"x")
    x **= None
    return x
t('bytearray(b"x") **= None', f1435)
def f1436():
    x = bytearray(b"x")
    x <<= None
    return x
t('bytearray(b"x") <<= None', f1436)
def f1437():
    x = bytearray(b"x")
    x >>= None
    return x
t('bytearray(b"x") >>= None', f1437)
def f1438():
    x = bytearray(b"x")
    x &= None
    return x
t('bytearray(b"x") &= None', f1438)
def f1439():
    x = bytearray(b"x")
    x |= None
    return x
t('bytearray(b"x") |= None', f1439)
def f1440():
    x = bytearray(b"x")
    x ^= None
    return x
t('bytearray(b"x") ^= None', f1440)
def f1441():
    x = bytearray(b"x")
    x @= None
    return x
t('bytearray(b"x") @= None', f1441)
def f1442():
    x = bytearray(b"x")
    x += range(2)
    return x
t('bytearray(b"x") += range(2)', f1442)
def f1443():
    x = bytearray(b"x")
    x -= range(2)
    return x
t('bytearray(b"x") -= range(2)', f1443)
def f1444():
    x = bytearray(b"x")
    x *= range(2)
    return x
t('bytearray(b"x") *= range(2)', f1444)
def f1445():
    x = bytearray(b"x")
    x /= range(2)
    return x
t('bytearray(b"x") /= range(2)', f1445)
def f1446():
    x = bytearray(b"x")
    x //= range(2)
    return x
t('bytearray(b"x") //= range(2)', f1446)
def f1447():
    x = bytearray(b"x")
    x %= range(2)
    return x
t('bytearray(b"x") %= range(2)', f1447)
def f1448():
    x = bytearray(b"x")
    x **= range(2)
    return x
t('bytearray(b"x") **= range(2)', f1448)
def f1449():
    x = bytearray(b"x")
    x <<= range(2)
    return x
t('bytearray(b"x") <<= range(2)', f1449)
def f1450():
    x = bytearray(b"x")
    x >>= range(2)
    return x
t('bytearray(b"x") >>= range(2)', f1450)
def f1451():
    x = bytearray(b"x")
    x &= range(2)
    return x
t('bytearray(b"x") &= range(2)', f1451)
def f1452():
    x = bytearray(b"x")
    x |= range(2)
    return x
t('bytearray(b"x") |= range(2)', f1452)
def f1453():
    x = bytearray(b"x")
    x ^= range(2)
    return x
t('bytearray(b"x") ^= range(2)', f1453)
def f1454():
    x = bytearray(b"x")
    x @= range(2)
    return x
t('bytearray(b"x") @= range(2)', f1454)
def f1455():
    x = bytearray(b"x")
    x += {1: 2}.keys()
    return x
t('bytearray(b"x") += {1: 2}.keys()', f1455)
def f1456():
    x = bytearray(b"x")
    x -= {1: 2}.keys()
    return x
t('bytearray(b"x") -= {1: 2}.keys()', f1456)
def f1457():
    x = bytearray(b"x")
    x *= {1: 2}.keys()
    return x
t('bytearray(b"x") *= {1: 2}.keys()', f1457)
def f1458():
    x = bytearray(b"x")
    x /= {1: 2}.keys()
    return x
t('bytearray(b"x") /= {1: 2}.keys()', f1458)
def f1459():
    x = bytearray(b"x")
    x //= {1: 2}.keys()
    return x
t('bytearray(b"x") //= {1: 2}.keys()', f1459)
def f1460():
    x = bytearray(b"x")
    x %= {1: 2}.keys()
    return x
t('bytearray(b"x") %= {1: 2}.keys()', f1460)
def f1461():
    x = bytearray(b"x")
    x **= {1: 2}.keys()
    return x
t('bytearray(b"x") **= {1: 2}.keys()', f1461)
def f1462():
    x = bytearray(b"x")
    x <<= {1: 2}.keys()
    return x
t('bytearray(b"x") <<= {1: 2}.keys()', f1462)
def f1463():
    x = bytearray(b"x")
    x >>= {1: 2}.keys()
    return x
t('bytearray(b"x") >>= {1: 2}.keys()', f1463)
def f1464():
    x = bytearray(b"x")
    x &= {1: 2}.keys()
    return x
t('bytearray(b"x") &= {1: 2}.keys()', f1464)
def f1465():
    x = bytearray(b"x")
    x |= {1: 2}.keys()
    return x
t('bytearray(b"x") |= {1: 2}.keys()', f1465)
def f1466():
    x = bytearray(b"x")
    x ^= {1: 2}.keys()
    return x
t('bytearray(b"x") ^= {1: 2}.keys()', f1466)
def f1467():
    x = bytearray(b"x")
    x @= {1: 2}.keys()
    return x
t('bytearray(b"x") @= {1: 2}.keys()', f1467)
def f1468():
    x = bytearray(b"x")
    x += -3
    return x
t('bytearray(b"x") += -3', f1468)
def f1469():
    x = bytearray(b"x")
    x -= -3
    return x
t('bytearray(b"x") -= -3', f1469)
def f1470():
    x = bytearray(b"x")
    x *= -3
    return x
t('bytearray(b"x") *= -3', f1470)
def f1471():
    x = bytearray(b"x")
    x /= -3
    return x
t('bytearray(b"x") /= -3', f1471)
def f1472():
    x = bytearray(b"x")
    x //= -3
    return x
t('bytearray(b"x") //= -3', f1472)
def f1473():
    x = bytearray(b"x")
    x %= -3
    return x
t('bytearray(b"x") %= -3', f1473)
def f1474():
    x = bytearray(b"x")
    x **= -3
    return x
t('bytearray(b"x") **= -3', f1474)
def f1475():
    x = bytearray(b"x")
    x <<= -3
    return x
t('bytearray(b"x") <<= -3', f1475)
def f1476():
    x = bytearray(b"x")
    x >>= -3
    return x
t('bytearray(b"x") >>= -3', f1476)
def f1477():
    x = bytearray(b"x")
    x &= -3
    return x
t('bytearray(b"x") &= -3', f1477)
def f1478():
    x = bytearray(b"x")
    x |= -3
    return x
t('bytearray(b"x") |= -3', f1478)
def f1479():
    x = bytearray(b"x")
    x ^= -3
    return x
t('bytearray(b"x") ^= -3', f1479)
def f1480():
    x = bytearray(b"x")
    x @= -3
    return x
t('bytearray(b"x") @= -3', f1480)
def f1481():
    x = bytearray(b"x")
    x += 0
    return x
t('bytearray(b"x") += 0', f1481)
def f1482():
    x = bytearray(b"x")
    x -= 0
    return x
t('bytearray(b"x") -= 0', f1482)
def f1483():
    x = bytearray(b"x")
    x *= 0
    return x
t('bytearray(b"x") *= 0', f1483)
def f1484():
    x = bytearray(b"x")
    x /= 0
    return x
t('bytearray(b"x") /= 0', f1484)
def f1485():
    x = bytearray(b"x")
    x //= 0
    return x
t('bytearray(b"x") //= 0', f1485)
def f1486():
    x = bytearray(b"x")
    x %= 0
    return x
t('bytearray(b"x") %= 0', f1486)
def f1487():
    x = bytearray(b"x")
    x **= 0
    return x
t('bytearray(b"x") **= 0', f1487)
def f1488():
    x = bytearray(b"x")
    x <<= 0
    return x
t('bytearray(b"x") <<= 0', f1488)
def f1489():
    x = bytearray(b"x")
    x >>= 0
    return x
t('bytearray(b"x") >>= 0', f1489)
def f1490():
    x = bytearray(b"x")
    x &= 0
    return x
t('bytearray(b"x") &= 0', f1490)
def f1491():
    x = bytearray(b"x")
    x |= 0
    return x
t('bytearray(b"x") |= 0', f1491)
def f1492():
    x = bytearray(b"x")
    x ^= 0
    return x
t('bytearray(b"x") ^= 0', f1492)
def f1493():
    x = bytearray(b"x")
    x @= 0
    return x
t('bytearray(b"x") @= 0', f1493)
def f1494():
    x = bytearray(b"x")
    x += 10**20
    return x
t('bytearray(b"x") += 10**20', f1494)
def f1495():
    x = bytearray(b"x")
    x -= 10**20
    return x
t('bytearray(b"x") -= 10**20', f1495)
def f1496():
    x = bytearray(b"x")
    x /= 10**20
    return x
t('bytearray(b"x") /= 10**20', f1496)
def f1497():
    x = bytearray(b"x")
    x //= 10**20
    return x
t('bytearray(b"x") //= 10**20', f1497)
def f1498():
    x = bytearray(b"x")
    x %= 10**20
    return x
t('bytearray(b"x") %= 10**20', f1498)
def f1499():
    x = bytearray(b"x")
    x >>= 10**20
    return x
t('bytearray(b"x") >>= 10**20', f1499)
def f1500():
    x = bytearray(b"x")
    x &= 10**20
    return x
t('bytearray(b"x") &= 10**20', f1500)
def f1501():
    x = bytearray(b"x")
    x |= 10**20
    return x
t('bytearray(b"x") |= 10**20', f1501)
def f1502():
    x = bytearray(b"x")
    x ^= 10**20
    return x
t('bytearray(b"x") ^= 10**20', f1502)
def f1503():
    x = bytearray(b"x")
    x @= 10**20
    return x
t('bytearray(b"x") @= 10**20', f1503)
def f1504():
    x = bytearray(b"x")
    x += []
    return x
t('bytearray(b"x") += []', f1504)
def f1505():
    x = bytearray(b"x")
    x -= []
    return x
t('bytearray(b"x") -= []', f1505)
def f1506():
    x = bytearray(b"x")
    x *= []
    return x
t('bytearray(b"x") *= []', f1506)
def f1507():
    x = bytearray(b"x")
    x /= []
    return x
t('bytearray(b"x") /= []', f1507)
def f1508():
    x = bytearray(b"x")
    x //= []
    return x
t('bytearray(b"x") //= []', f1508)
def f1509():
    x = bytearray(b"x")
    x %= []
    return x
t('bytearray(b"x") %= []', f1509)
def f1510():
    x = bytearray(b"x")
    x **= []
    return x
t('bytearray(b"x") **= []', f1510)
def f1511():
    x = bytearray(b"x")
    x <<= []
    return x
t('bytearray(b"x") <<= []', f1511)
def f1512():
    x = bytearray(b"x")
    x >>= []
    return x
t('bytearray(b"x") >>= []', f1512)
def f1513():
    x = bytearray(b"x")
    x &= []
    return x
t('bytearray(b"x") &= []', f1513)
def f1514():
    x = bytearray(b"x")
    x |= []
    return x
t('bytearray(b"x") |= []', f1514)
def f1515():
    x = bytearray(b"x")
    x ^= []
    return x
t('bytearray(b"x") ^= []', f1515)
def f1516():
    x = bytearray(b"x")
    x @= []
    return x
t('bytearray(b"x") @= []', f1516)
def f1517():
    x = bytearray(b"x")
    x += {}
    return x
t('bytearray(b"x") += {}', f1517)
def f1518():
    x = bytearray(b"x")
    x -= {}
    return x
t('bytearray(b"x") -= {}', f1518)
def f1519():
    x = bytearray(b"x")
    x *= {}
    return x
t('bytearray(b"x") *= {}', f1519)
def f1520():
    x = bytearray(b"x")
    x /= {}
    return x
t('bytearray(b"x") /= {}', f1520)
def f1521():
    x = bytearray(b"x")
    x //= {}
    return x
t('bytearray(b"x") //= {}', f1521)
def f1522():
    x = bytearray(b"x")
    x %= {}
    return x
t('bytearray(b"x") %= {}', f1522)
def f1523():
    x = bytearray(b"x")
    x **= {}
    return x
t('bytearray(b"x") **= {}', f1523)
def f1524():
    x = bytearray(b"x")
    x <<= {}
    return x
t('bytearray(b"x") <<= {}', f1524)
def f1525():
    x = bytearray(b"x")
    x >>= {}
    return x
t('bytearray(b"x") >>= {}', f1525)
def f1526():
    x = bytearray(b"x")
    x &= {}
    return x
t('bytearray(b"x") &= {}', f1526)
def f1527():
    x = bytearray(b"x")
    x |= {}
    return x
t('bytearray(b"x") |= {}', f1527)
def f1528():
    x = bytearray(b"x")
    x ^= {}
    return x
t('bytearray(b"x") ^= {}', f1528)
def f1529():
    x = bytearray(b"x")
    x @= {}
    return x
t('bytearray(b"x") @= {}', f1529)
def f1530():
    x = bytearray(b"x")
    x += "é"
    return x
t('bytearray(b"x") += "é"', f1530)
def f1531():
    x = bytearray(b"x")
    x -= "é"
    return x
t('bytearray(b"x") -= "é"', f1531)
def f1532():
    x = bytearray(b"x")
    x *= "é"
    return x
t('bytearray(b"x") *= "é"', f1532)
def f1533():
    x = bytearray(b"x")
    x /= "é"
    return x
t('bytearray(b"x") /= "é"', f1533)
def f1534():
    x = bytearray(b"x")
    x //= "é"
    return x
t('bytearray(b"x") //= "é"', f1534)
def f1535():
    x = bytearray(b"x")
    x %= "é"
    return x
t('bytearray(b"x") %= "é"', f1535)
def f1536():
    x = bytearray(b"x")
    x **= "é"
    return x
t('bytearray(b"x") **= "é"', f1536)
def f1537():
    x = bytearray(b"x")
    x <<= "é"
    return x
t('bytearray(b"x") <<= "é"', f1537)
def f1538():
    x = bytearray(b"x")
    x >>= "é"
    return x
t('bytearray(b"x") >>= "é"', f1538)
def f1539():
    x = bytearray(b"x")
    x &= "é"
    return x
t('bytearray(b"x") &= "é"', f1539)
def f1540():
    x = bytearray(b"x")
    x |= "é"
    return x
t('bytearray(b"x") |= "é"', f1540)
def f1541():
    x = bytearray(b"x")
    x ^= "é"
    return x
t('bytearray(b"x") ^= "é"', f1541)
def f1542():
    x = bytearray(b"x")
    x @= "é"
    return x
t('bytearray(b"x") @= "é"', f1542)
def f1543():
    x = [1]
    x += 1
    return x
t('[1] += 1', f1543)
def f1544():
    x = [1]
    x -= 1
    return x
t('[1] -= 1', f1544)
def f1545():
    x = [1]
    x *= 1
    return x
t('[1] *= 1', f1545)
def f1546():
    x = [1]
    x /= 1
    return x
t('[1] /= 1', f1546)
def f1547():
    x = [1]
    x //= 1
    return x
t('[1] //= 1', f1547)
def f1548():
    x = [1]
    x %= 1
    return x
t('[1] %= 1', f1548)
def f1549():
    x = [1]
    x **= 1
    return x
t('[1] **= 1', f1549)
def f1550():
    x = [1]
    x <<= 1
    return x
t('[1] <<= 1', f1550)
def f1551():
    x = [1]
    x >>= 1
    return x
t('[1] >>= 1', f1551)
def f1552():
    x = [1]
    x &= 1
    return x
t('[1] &= 1', f1552)
def f1553():
    x = [1]
    x |= 1
    return x
t('[1] |= 1', f1553)
def f1554():
    x = [1]
    x ^= 1
    return x
t('[1] ^= 1', f1554)
def f1555():
    x = [1]
    x @= 1
    return x
t('[1] @= 1', f1555)
def f1556():
    x = [1]
    x += 2.5
    return x
t('[1] += 2.5', f1556)
def f1557():
    x = [1]
    x -= 2.5
    return x
t('[1] -= 2.5', f1557)
def f1558():
    x = [1]
    x *= 2.5
    return x
t('[1] *= 2.5', f1558)
def f1559():
    x = [1]
    x /= 2.5
    return x
t('[1] /= 2.5', f1559)
def f1560():
    x = [1]
    x //= 2.5
    return x
t('[1] //= 2.5', f1560)
def f1561():
    x = [1]
    x %= 2.5
    return x
t('[1] %= 2.5', f1561)
def f1562():
    x = [1]
    x **= 2.5
    return x
t('[1] **= 2.5', f1562)
def f1563():
    x = [1]
    x <<= 2.5
    return x
t('[1] <<= 2.5', f1563)
def f1564():
    x = [1]
    x >>= 2.5
    return x
t('[1] >>= 2.5', f1564)
def f1565():
    x = [1]
    x &= 2.5
    return x
t('[1] &= 2.5', f1565)
def f1566():
    x = [1]
    x |= 2.5
    return x
t('[1] |= 2.5', f1566)
def f1567():
    x = [1]
    x ^= 2.5
    return x
t('[1] ^= 2.5', f1567)
def f1568():
    x = [1]
    x @= 2.5
    return x
t('[1] @= 2.5', f1568)
def f1569():
    x = [1]
    x += True
    return x
t('[1] += True', f1569)
def f1570():
    x = [1]
    x -= True
    return x
t('[1] -= True', f1570)
def f1571():
    x = [1]
    x *= True
    return x
t('[1] *= True', f1571)
def f1572():
    x = [1]
    x /= True
    return x
t('[1] /= True', f1572)
def f1573():
    x = [1]
    x //= True
    return x
t('[1] //= True', f1573)
def f1574():
    x = [1]
    x %= True
    return x
t('[1] %= True', f1574)
def f1575():
    x = [1]
    x **= True
    return x
t('[1] **= True', f1575)
def f1576():
    x = [1]
    x <<= True
    return x
t('[1] <<= True', f1576)
def f1577():
    x = [1]
    x >>= True
    return x
t('[1] >>= True', f1577)
def f1578():
    x = [1]
    x &= True
    return x
t('[1] &= True', f1578)
def f1579():
    x = [1]
    x |= True
    return x
t('[1] |= True', f1579)
def f1580():
    x = [1]
    x ^= True
    return x
t('[1] ^= True', f1580)
def f1581():
    x = [1]
    x @= True
    return x
t('[1] @= True', f1581)
def f1582():
    x = [1]
    x += "ab"
    return x
t('[1] += "ab"', f1582)
def f1583():
    x = [1]
    x -= "ab"
    return x
t('[1] -= "ab"', f1583)
def f1584():
    x = [1]
    x *= "ab"
    return x
t('[1] *= "ab"', f1584)
def f1585():
    x = [1]
    x /= "ab"
    return x
t('[1] /= "ab"', f1585)
def f1586():
    x = [1]
    x //= "ab"
    return x
t('[1] //= "ab"', f1586)
def f1587():
    x = [1]
    x %= "ab"
    return x
t('[1] %= "ab"', f1587)
def f1588():
    x = [1]
    x **= "ab"
    return x
t('[1] **= "ab"', f1588)
def f1589():
    x = [1]
    x <<= "ab"
    return x
t('[1] <<= "ab"', f1589)
def f1590():
    x = [1]
    x >>= "ab"
    return x
t('[1] >>= "ab"', f1590)
def f1591():
    x = [1]
    x &= "ab"
    return x
t('[1] &= "ab"', f1591)
def f1592():
    x = [1]
    x |= "ab"
    return x
t('[1] |= "ab"', f1592)
def f1593():
    x = [1]
    x ^= "ab"
    return x
t('[1] ^= "ab"', f1593)
def f1594():
    x = [1]
    x @= "ab"
    return x
t('[1] @= "ab"', f1594)
def f1595():
    x = [1]
    x += b"ab"
    return x
t('[1] += b"ab"', f1595)
def f1596():
    x = [1]
    x -= b"ab"
    return x
t('[1] -= b"ab"', f1596)
def f1597():
    x = [1]
    x *= b"ab"
    return x
t('[1] *= b"ab"', f1597)
def f1598():
    x = [1]
    x /= b"ab"
    return x
t('[1] /= b"ab"', f1598)
def f1599():
    x = [1]
    x //= b"ab"
    return x
t('[1] //= b"ab"', f1599)
def f1600():
    x = [1]
    x %= b"ab"
    return x
t('[1] %= b"ab"', f1600)
def f1601():
    x = [1]
    x **= b"ab"
    return x
t('[1] **= b"ab"', f1601)
def f1602():
    x = [1]
    x <<= b"ab"
    return x
t('[1] <<= b"ab"', f1602)
def f1603():
    x = [1]
    x >>= b"ab"
    return x
t('[1] >>= b"ab"', f1603)
def f1604():
    x = [1]
    x &= b"ab"
    return x
t('[1] &= b"ab"', f1604)
def f1605():
    x = [1]
    x |= b"ab"
    return x
t('[1] |= b"ab"', f1605)
def f1606():
    x = [1]
    x ^= b"ab"
    return x
t('[1] ^= b"ab"', f1606)
def f1607():
    x = [1]
    x @= b"ab"
    return x
t('[1] @= b"ab"', f1607)
def f1608():
    x = [1]
    x += bytearray(b"x")
    return x
t('[1] += bytearray(b"x")', f1608)
def f1609():
    x = [1]
    x -= bytearray(b"x")
    return x
t('[1] -= bytearray(b"x")', f1609)
def f1610():
    x = [1]
    x *= bytearray(b"x")
    return x
t('[1] *= bytearray(b"x")', f1610)
def f1611():
    x = [1]
    x /= bytearray(b"x")
    return x
t('[1] /= bytearray(b"x")', f1611)
def f1612():
    x = [1]
    x //= bytearray(b"x")
    return x
t('[1] //= bytearray(b"x")', f1612)
def f1613():
    x = [1]
    x %= bytearray(b"x")
    return x
t('[1] %= bytearray(b"x")', f1613)
def f1614():
    x = [1]
    x **= bytearray(b"x")
    return x
t('[1] **= bytearray(b"x")', f1614)
def f1615():
    x = [1]
    x <<= bytearray(b"x")
    return x
t('[1] <<= bytearray(b"x")', f1615)
def f1616():
    x = [1]
    x >>= bytearray(b"x")
    return x
t('[1] >>= bytearray(b"x")', f1616)
def f1617():
    x = [1]
    x &= bytearray(b"x")
    return x
t('[1] &= bytearray(b"x")', f1617)
def f1618():
    x = [1]
    x |= bytearray(b"x")
    return x
t('[1] |= bytearray(b"x")', f1618)
def f1619():
    x = [1]
    x ^= bytearray(b"x")
    return x
t('[1] ^= bytearray(b"x")', f1619)
def f1620():
    x = [1]
    x @= bytearray(b"x")
    return x
t('[1] @= bytearray(b"x")', f1620)
def f1621():
    x = [1]
    x += [1]
    return x
t('[1] += [1]', f1621)
def f1622():
    x = [1]
    x -= [1]
    return x
t('[1] -= [1]', f1622)
def f1623():
    x = [1]
    x *= [1]
    return x
t('[1] *= [1]', f1623)
def f1624():
    x = [1]
    x /= [1]
    return x
t('[1] /= [1]', f1624)
def f1625():
    x = [1]
    x //= [1]
    return x
t('[1] //= [1]', f1625)
def f1626():
    x = [1]
    x %= [1]
    return x
t('[1] %= [1]', f1626)
def f1627():
    x = [1]
    x **= [1]
    return x
t('[1] **= [1]', f1627)
def f1628():
    x = [1]
    x <<= [1]
    return x
t('[1] <<= [1]', f1628)
def f1629():
    x = [1]
    x >>= [1]
    return x
t('[1] >>= [1]', f1629)
def f1630():
    x = [1]
    x &= [1]
    return x
t('[1] &= [1]', f1630)
def f1631():
    x = [1]
    x |= [1]
    return x
t('[1] |= [1]', f1631)
def f1632():
    x = [1]
    x ^= [1]
    return x
t('[1] ^= [1]', f1632)
def f1633():
    x = [1]
    x @= [1]
    return x
t('[1] @= [1]', f1633)
def f1634():
    x = [1]
    x += (1,)
    return x
t('[1] += (1,)', f1634)
def f1635():
    x = [1]
    x -= (1,)
    return x
t('[1] -= (1,)', f1635)
def f1636():
    x = [1]
    x *= (1,)
    return x
t('[1] *= (1,)', f1636)
def f1637():
    x = [1]
    x /= (1,)
    return x
t('[1] /= (1,)', f1637)
def f1638():
    x = [1]
    x //= (1,)
    return x
t('[1] //= (1,)', f1638)
def f1639():
    x = [1]
    x %= (1,)
    return x
t('[1] %= (1,)', f1639)
def f1640():
    x = [1]
    x **= (1,)
    return x
t('[1] **= (1,)', f1640)
def f1641():
    x = [1]
    x <<= (1,)
    return x
t('[1] <<= (1,)', f1641)
def f1642():
    x = [1]
    x >>= (1,)
    return x
t('[1] >>= (1,)', f1642)
def f1643():
    x = [1]
    x &= (1,)
    return x
t('[1] &= (1,)', f1643)
def f1644():
    x = [1]
    x |= (1,)
    return x
t('[1] |= (1,)', f1644)
def f1645():
    x = [1]
    x ^= (1,)
    return x
t('[1] ^= (1,)', f1645)
def f1646():
    x = [1]
    x @= (1,)
    return x
t('[1] @= (1,)', f1646)
def f1647():
    x = [1]
    x += {1: 2}
    return x
t('[1] += {1: 2}', f1647)
def f1648():
    x = [1]
    x -= {1: 2}
    return x
t('[1] -= {1: 2}', f1648)
def f1649():
    x = [1]
    x *= {1: 2}
    return x
t('[1] *= {1: 2}', f1649)
def f1650():
    x = [1]
    x /= {1: 2}
    return x
t('[1] /= {1: 2}', f1650)
def f1651():
    x = [1]
    x //= {1: 2}
    return x
t('[1] //= {1: 2}', f1651)
def f1652():
    x = [1]
    x %= {1: 2}
    return x
t('[1] %= {1: 2}', f1652)
def f1653():
    x = [1]
    x **= {1: 2}
    return x
t('[1] **= {1: 2}', f1653)
def f1654():
    x = [1]
    x <<= {1: 2}
    return x
t('[1] <<= {1: 2}', f1654)
def f1655():
    x = [1]
    x >>= {1: 2}
    return x
t('[1] >>= {1: 2}', f1655)
def f1656():
    x = [1]
    x &= {1: 2}
    return x
t('[1] &= {1: 2}', f1656)
def f1657():
    x = [1]
    x |= {1: 2}
    return x
t('[1] |= {1: 2}', f1657)
def f1658():
    x = [1]
    x ^= {1: 2}
    return x
t('[1] ^= {1: 2}', f1658)
def f1659():
    x = [1]
    x @= {1: 2}
    return x
t('[1] @= {1: 2}', f1659)
def f1660():
    x = [1]
    x += {1}
    return x
t('[1] += {1}', f1660)
def f1661():
    x = [1]
    x -= {1}
    return x
t('[1] -= {1}', f1661)
def f1662():
    x = [1]
    x *= {1}
    return x
t('[1] *= {1}', f1662)
def f1663():
    x = [1]
    x /= {1}
    return x
t('[1] /= {1}', f1663)
def f1664():
    x = [1]
    x //= {1}
    return x
t('[1] //= {1}', f1664)
def f1665():
    x = [1]
    x %= {1}
    return x
t('[1] %= {1}', f1665)
def f1666():
    x = [1]
    x **= {1}
    return x
t('[1] **= {1}', f1666)
def f1667():
    x = [1]
    x <<= {1}
    return x
t('[1] <<= {1}', f1667)
def f1668():
    x = [1]
    x >>= {1}
    return x
t('[1] >>= {1}', f1668)
def f1669():
    x = [1]
    x &= {1}
    return x
t('[1] &= {1}', f1669)
def f1670():
    x = [1]
    x |= {1}
    return x
t('[1] |= {1}', f1670)
def f1671():
    x = [1]
    x ^= {1}
    return x
t('[1] ^= {1}', f1671)
def f1672():
    x = [1]
    x @= {1}
    return x
t('[1] @= {1}', f1672)
def f1673():
    x = [1]
    x += frozenset({2})
    return x
t('[1] += frozenset({2})', f1673)
def f1674():
    x = [1]
    x -= frozenset({2})
    return x
t('[1] -= frozenset({2})', f1674)
def f1675():
    x = [1]
    x *= frozenset({2})
    return x
t('[1] *= frozenset({2})', f1675)
def f1676():
    x = [1]
    x /= frozenset({2})
    return x
t('[1] /= frozenset({2})', f1676)
def f1677():
    x = [1]
    x //= frozenset({2})
    return x
t('[1] //= frozenset({2})', f1677)
def f1678():
    x = [1]
    x %= frozenset({2})
    return x
t('[1] %= frozenset({2})', f1678)
def f1679():
    x = [1]
    x **= frozenset({2})
    return x
t('[1] **= frozenset({2})', f1679)
def f1680():
    x = [1]
    x <<= frozenset({2})
    return x
t('[1] <<= frozenset({2})', f1680)
def f1681():
    x = [1]
    x >>= frozenset({2})
    return x
t('[1] >>= frozenset({2})', f1681)
def f1682():
    x = [1]
    x &= frozenset({2})
    return x
t('[1] &= frozenset({2})', f1682)
def f1683():
    x = [1]
    x |= frozenset({2})
    return x
t('[1] |= frozenset({2})', f1683)
def f1684():
    x = [1]
    x ^= frozenset({2})
    return x
t('[1] ^= frozenset({2})', f1684)
def f1685():
    x = [1]
    x @= frozenset({2})
    return x
t('[1] @= frozenset({2})', f1685)
def f1686():
    x = [1]
    x += None
    return x
t('[1] += None', f1686)
def f1687():
    x = [1]
    x -= None
    return x
t('[1] -= None', f1687)
def f1688():
    x = [1]
    x *= None
    return x
t('[1] *= None', f1688)
def f1689():
    x = [1]
    x /= None
    return x
t('[1] /= None', f1689)
def f1690():
    x = [1]
    x //= None
    return x
t('[1] //= None', f1690)
def f1691():
    x = [1]
    x %= None
    return x
t('[1] %= None', f1691)
def f1692():
    x = [1]
    x **= None
    return x
t('[1] **= None', f1692)
def f1693():
    x = [1]
    x <<= None
    return x
t('[1] <<= None', f1693)
def f1694():
    x = [1]
    x >>= None
    return x
t('[1] >>= None', f1694)
def f1695():
    x = [1]
    x &= None
    return x
t('[1] &= None', f1695)
def f1696():
    x = [1]
    x |= None
    return x
t('[1] |= None', f1696)
def f1697():
    x = [1]
    x ^= None
    return x
t('[1] ^= None', f1697)
def f1698():
    x = [1]
    x @= None
    return x
t('[1] @= None', f1698)
def f1699():
    x = [1]
    x += range(2)
    return x
t('[1] += range(2)', f1699)
def f1700():
    x = [1]
    x -= range(2)
    return x
t('[1] -= range(2)', f1700)
def f1701():
    x = [1]
    x *= range(2)
    return x
t('[1] *= range(2)', f1701)
def f1702():
    x = [1]
    x /= range(2)
    return x
t('[1] /= range(2)', f1702)
def f1703():
    x = [1]
    x //= range(2)
    return x
t('[1] //= range(2)', f1703)
def f1704():
    x = [1]
    x %= range(2)
    return x
t('[1] %= range(2)', f1704)
def f1705():
    x = [1]
    x **= range(2)
    return x
t('[1] **= range(2)', f1705)
def f1706():
    x = [1]
    x <<= range(2)
    return x
t('[1] <<= range(2)', f1706)
def f1707():
    x = [1]
    x >>= range(2)
    return x
t('[1] >>= range(2)', f1707)
def f1708():
    x = [1]
    x &= range(2)
    return x
t('[1] &= range(2)', f1708)
def f1709():
    x = [1]
    x |= range(2)
    return x
t('[1] |= range(2)', f1709)
def f1710():
    x = [1]
    x ^= range(2)
    return x
t('[1] ^= range(2)', f1710)
def f1711():
    x = [1]
    x @= range(2)
    return x
t('[1] @= range(2)', f1711)
def f1712():
    x = [1]
    x += {1: 2}.keys()
    return x
t('[1] += {1: 2}.keys()', f1712)
def f1713():
    x = [1]
    x -= {1: 2}.keys()
    return x
t('[1] -= {1: 2}.keys()', f1713)
def f1714():
    x = [1]
    x *= {1: 2}.keys()
    return x
t('[1] *= {1: 2}.keys()', f1714)
def f1715():
    x = [1]
    x /= {1: 2}.keys()
    return x
t('[1] /= {1: 2}.keys()', f1715)
def f1716():
    x = [1]
    x //= {1: 2}.keys()
    return x
t('[1] //= {1: 2}.keys()', f1716)
def f1717():
    x = [1]
    x %= {1: 2}.keys()
    return x
t('[1] %= {1: 2}.keys()', f1717)
def f1718():
    x = [1]
    x **= {1: 2}.keys()
    return x
t('[1] **= {1: 2}.keys()', f1718)
def f1719():
    x = [1]
    x <<= {1: 2}.keys()
    return x
t('[1] <<= {1: 2}.keys()', f1719)
def f1720():
    x = [1]
    x >>= {1: 2}.keys()
    return x
t('[1] >>= {1: 2}.keys()', f1720)
def f1721():
    x = [1]
    x &= {1: 2}.keys()
    return x
t('[1] &= {1: 2}.keys()', f1721)
def f1722():
    x = [1]
    x |= {1: 2}.keys()
    return x
t('[1] |= {1: 2}.keys()', f1722)
def f1723():
    x = [1]
    x ^= {1: 2}.keys()
    return x
t('[1] ^= {1: 2}.keys()', f1723)
def f1724():
    x = [1]
    x @= {1: 2}.keys()
    return x
t('[1] @= {1: 2}.keys()', f1724)
def f1725():
    x = [1]
    x += -3
    return x
t('[1] += -3', f1725)
def f1726():
    x = [1]
    x -= -3
    return x
t('[1] -= -3', f1726)
def f1727():
    x = [1]
    x *= -3
    return x
t('[1] *= -3', f1727)
def f1728():
    x = [1]
    x /= -3
    return x
t('[1] /= -3', f1728)
def f1729():
    x = [1]
    x //= -3
    return x
t('[1] //= -3', f1729)
def f1730():
    x = [1]
    x %= -3
    return x
t('[1] %= -3', f1730)
def f1731():
    x = [1]
    x **= -3
    return x
t('[1] **= -3', f1731)
def f1732():
    x = [1]
    x <<= -3
    return x
t('[1] <<= -3', f1732)
def f1733():
    x = [1]
    x >>= -3
    return x
t('[1] >>= -3', f1733)
def f1734():
    x = [1]
    x &= -3
    return x
t('[1] &= -3', f1734)
def f1735():
    x = [1]
    x |= -3
    return x
t('[1] |= -3', f1735)
def f1736():
    x = [1]
    x ^= -3
    return x
t('[1] ^= -3', f1736)
def f1737():
    x = [1]
    x @= -3
    return x
t('[1] @= -3', f1737)
def f1738():
    x = [1]
    x += 0
    return x
t('[1] += 0', f1738)
def f1739():
    x = [1]
    x -= 0
    return x
t('[1] -= 0', f1739)
def f1740():
    x = [1]
    x *= 0
    return x
t('[1] *= 0', f1740)
def f1741():
    x = [1]
    x /= 0
    return x
t('[1] /= 0', f1741)
def f1742():
    x = [1]
    x //= 0
    return x
t('[1] //= 0', f1742)
def f1743():
    x = [1]
    x %= 0
    return x
t('[1] %= 0', f1743)
def f1744():
    x = [1]
    x **= 0
    return x
t('[1] **= 0', f1744)
def f1745():
    x = [1]
    x <<= 0
    return x
t('[1] <<= 0', f1745)
def f1746():
    x = [1]
    x >>= 0
    return x
t('[1] >>= 0', f1746)
def f1747():
    x = [1]
    x &= 0
    return x
t('[1] &= 0', f1747)
def f1748():
    x = [1]
    x |= 0
    return x
t('[1] |= 0', f1748)
def f1749():
    x = [1]
    x ^= 0
    return x
t('[1] ^= 0', f1749)
def f1750():
    x = [1]
    x @= 0
    return x
t('[1] @= 0', f1750)
def f1751():
    x = [1]
    x += 10**20
    return x
t('[1] += 10**20', f1751)
def f1752():
    x = [1]
    x -= 10**20
    return x
t('[1] -= 10**20', f1752)
def f1753():
    x = [1]
    x /= 10**20
    return x
t('[1] /= 10**20', f1753)
def f1754():
    x = [1]
    x //= 10**20
    return x
t('[1] //= 10**20', f1754)
def f1755():
    x = [1]
    x %= 10**20
    return x
t('[1] %= 10**20', f1755)
def f1756():
    x = [1]
    x >>= 10**20
    return x
t('[1] >>= 10**20', f1756)
def f1757():
    x = [1]
    x &= 10**20
    return x
t('[1] &= 10**20', f1757)
def f1758():
    x = [1]
    x |= 10**20
    return x
t('[1] |= 10**20', f1758)
def f1759():
    x = [1]
    x ^= 10**20
    return x
t('[1] ^= 10**20', f1759)
def f1760():
    x = [1]
    x @= 10**20
    return x
t('[1] @= 10**20', f1760)
def f1761():
    x = [1]
    x += []
    return x
t('[1] += []', f1761)
def f1762():
    x = [1]
    x -= []
    return x
t('[1] -= []', f1762)
def f1763():
    x = [1]
    x *= []
    return x
t('[1] *= []', f1763)
def f1764():
    x = [1]
    x /= []
    return x
t('[1] /= []', f1764)
def f1765():
    x = [1]
    x //= []
    return x
t('[1] //= []', f1765)
def f1766():
    x = [1]
    x %= []
    return x
t('[1] %= []', f1766)
def f1767():
    x = [1]
    x **= []
    return x
t('[1] **= []', f1767)
def f1768():
    x = [1]
    x <<= []
    return x
t('[1] <<= []', f1768)
def f1769():
    x = [1]
    x >>= []
    return x
t('[1] >>= []', f1769)
def f1770():
    x = [1]
    x &= []
    return x
t('[1] &= []', f1770)
def f1771():
    x = [1]
    x |= []
    return x
t('[1] |= []', f1771)
def f1772():
    x = [1]
    x ^= []
    return x
t('[1] ^= []', f1772)
def f1773():
    x = [1]
    x @= []
    return x
t('[1] @= []', f1773)
def f1774():
    x = [1]
    x += {}
    return x
t('[1] += {}', f1774)
def f1775():
    x = [1]
    x -= {}
    return x
t('[1] -= {}', f1775)
def f1776():
    x = [1]
    x *= {}
    return x
t('[1] *= {}', f1776)
def f1777():
    x = [1]
    x /= {}
    return x
t('[1] /= {}', f1777)
def f1778():
    x = [1]
    x //= {}
    return x
t('[1] //= {}', f1778)
def f1779():
    x = [1]
    x %= {}
    return x
t('[1] %= {}', f1779)
def f1780():
    x = [1]
    x **= {}
    return x
t('[1] **= {}', f1780)
def f1781():
    x = [1]
    x <<= {}
    return x
t('[1] <<= {}', f1781)
def f1782():
    x = [1]
    x >>= {}
    return x
t('[1] >>= {}', f1782)
def f1783():
    x = [1]
    x &= {}
    return x
t('[1] &= {}', f1783)
def f1784():
    x = [1]
    x |= {}
    return x
t('[1] |= {}', f1784)
def f1785():
    x = [1]
    x ^= {}
    return x
t('[1] ^= {}', f1785)
def f1786():
    x = [1]
    x @= {}
    return x
t('[1] @= {}', f1786)
def f1787():
    x = [1]
    x += "é"
    return x
t('[1] += "é"', f1787)
def f1788():
    x = [1]
    x -= "é"
    return x
t('[1] -= "é"', f1788)
def f1789():
    x = [1]
    x *= "é"
    return x
t('[1] *= "é"', f1789)
def f1790():
    x = [1]
    x /= "é"
    return x
t('[1] /= "é"', f1790)
def f1791():
    x = [1]
    x //= "é"
    return x
t('[1] //= "é"', f1791)
def f1792():
    x = [1]
    x %= "é"
    return x
t('[1] %= "é"', f1792)
def f1793():
    x = [1]
    x **= "é"
    return x
t('[1] **= "é"', f1793)
def f1794():
    x = [1]
    x <<= "é"
    return x
t('[1] <<= "é"', f1794)
def f1795():
    x = [1]
    x >>= "é"
    return x
t('[1] >>= "é"', f1795)
def f1796():
    x = [1]
    x &= "é"
    return x
t('[1] &= "é"', f1796)
def f1797():
    x = [1]
    x |= "é"
    return x
t('[1] |= "é"', f1797)
def f1798():
    x = [1]
    x ^= "é"
    return x
t('[1] ^= "é"', f1798)
def f1799():
    x = [1]
    x @= "é"
    return x
t('[1] @= "é"', f1799)
def f1800():
    x = (1,)
    x += 1
    return x
t('(1,) += 1', f1800)
def f1801():
    x = (1,)
    x -= 1
    return x
t('(1,) -= 1', f1801)
def f1802():
    x = (1,)
    x *= 1
    return x
t('(1,) *= 1', f1802)
def f1803():
    x = (1,)
    x /= 1
    return x
t('(1,) /= 1', f1803)
def f1804():
    x = (1,)
    x //= 1
    return x
t('(1,) //= 1', f1804)
def f1805():
    x = (1,)
    x %= 1
    return x
t('(1,) %= 1', f1805)
def f1806():
    x = (1,)
    x **= 1
    return x
t('(1,) **= 1', f1806)
def f1807():
    x = (1,)
    x <<= 1
    return x
t('(1,) <<= 1', f1807)
def f1808():
    x = (1,)
    x >>= 1
    return x
t('(1,) >>= 1', f1808)
def f1809():
    x = (1,)
    x &= 1
    return x
t('(1,) &= 1', f1809)
def f1810():
    x = (1,)
    x |= 1
    return x
t('(1,) |= 1', f1810)
def f1811():
    x = (1,)
    x ^= 1
    return x
t('(1,) ^= 1', f1811)
def f1812():
    x = (1,)
    x @= 1
    return x
t('(1,) @= 1', f1812)
def f1813():
    x = (1,)
    x += 2.5
    return x
t('(1,) += 2.5', f1813)
def f1814():
    x = (1,)
    x -= 2.5
    return x
t('(1,) -= 2.5', f1814)
def f1815():
    x = (1,)
    x *= 2.5
    return x
t('(1,) *= 2.5', f1815)
def f1816():
    x = (1,)
    x /= 2.5
    return x
t('(1,) /= 2.5', f1816)
def f1817():
    x = (1,)
    x //= 2.5
    return x
t('(1,) //= 2.5', f1817)
def f1818():
    x = (1,)
    x %= 2.5
    return x
t('(1,) %= 2.5', f1818)
def f1819():
    x = (1,)
    x **= 2.5
    return x
t('(1,) **= 2.5', f1819)
def f1820():
    x = (1,)
    x <<= 2.5
    return x
t('(1,) <<= 2.5', f1820)
def f1821():
    x = (1,)
    x >>= 2.5
    return x
t('(1,) >>= 2.5', f1821)
def f1822():
    x = (1,)
    x &= 2.5
    return x
t('(1,) &= 2.5', f1822)
def f1823():
    x = (1,)
    x |= 2.5
    return x
t('(1,) |= 2.5', f1823)
def f1824():
    x = (1,)
    x ^= 2.5
    return x
t('(1,) ^= 2.5', f1824)
def f1825():
    x = (1,)
    x @= 2.5
    return x
t('(1,) @= 2.5', f1825)
def f1826():
    x = (1,)
    x += True
    return x
t('(1,) += True', f1826)
def f1827():
    x = (1,)
    x -= True
    return x
t('(1,) -= True', f1827)
def f1828():
    x = (1,)
    x *= True
    return x
t('(1,) *= True', f1828)
def f1829():
    x = (1,)
    x /= True
    return x
t('(1,) /= True', f1829)
def f1830():
    x = (1,)
    x //= True
    return x
t('(1,) //= True', f1830)
def f1831():
    x = (1,)
    x %= True
    return x
t('(1,) %= True', f1831)
def f1832():
    x = (1,)
    x **= True
    return x
t('(1,) **= True', f1832)
def f1833():
    x = (1,)
    x <<= True
    return x
t('(1,) <<= True', f1833)
def f1834():
    x = (1,)
    x >>= True
    return x
t('(1,) >>= True', f1834)
def f1835():
    x = (1,)
    x &= True
    return x
t('(1,) &= True', f1835)
def f1836():
    x = (1,)
    x |= True
    return x
t('(1,) |= True', f1836)
def f1837():
    x = (1,)
    x ^= True
    return x
t('(1,) ^= True', f1837)
def f1838():
    x = (1,)
    x @= True
    return x
t('(1,) @= True', f1838)
def f1839():
    x = (1,)
    x += "ab"
    return x
t('(1,) += "ab"', f1839)
def f1840():
    x = (1,)
    x -= "ab"
    return x
t('(1,) -= "ab"', f1840)
def f1841():
    x = (1,)
    x *= "ab"
    return x
t('(1,) *= "ab"', f1841)
def f1842():
    x = (1,)
    x /= "ab"
    return x
t('(1,) /= "ab"', f1842)
def f1843():
    x = (1,)
    x //= "ab"
    return x
t('(1,) //= "ab"', f1843)
def f1844():
    x = (1,)
    x %= "ab"
    return x
t('(1,) %= "ab"', f1844)
def f1845():
    x = (1,)
    x **= "ab"
    return x
t('(1,) **= "ab"', f1845)
def f1846():
    x = (1,)
    x <<= "ab"
    return x
t('(1,) <<= "ab"', f1846)
def f1847():
    x = (1,)
    x >>= "ab"
    return x
t('(1,) >>= "ab"', f1847)
def f1848():
    x = (1,)
    x &= "ab"
    return x
t('(1,) &= "ab"', f1848)
def f1849():
    x = (1,)
    x |= "ab"
    return x
t('(1,) |= "ab"', f1849)
def f1850():
    x = (1,)
    x ^= "ab"
    return x
t('(1,) ^= "ab"', f1850)
def f1851():
    x = (1,)
    x @= "ab"
    return x
t('(1,) @= "ab"', f1851)
def f1852():
    x = (1,)
    x += b"ab"
    return x
t('(1,) += b"ab"', f1852)
def f1853():
    x = (1,)
    x -= b"ab"
    return x
t('(1,) -= b"ab"', f1853)
def f1854():
    x = (1,)
    x *= b"ab"
    return x
t('(1,) *= b"ab"', f1854)
def f1855():
    x = (1,)
    x /= b"ab"
    return x
t('(1,) /= b"ab"', f1855)
def f1856():
    x = (1,)
    x //= b"ab"
    return x
t('(1,) //= b"ab"', f1856)
def f1857():
    x = (1,)
    x %= b"ab"
    return x
t('(1,) %= b"ab"', f1857)
def f1858():
    x = (1,)
    x **= b"ab"
    return x
t('(1,) **= b"ab"', f1858)
def f1859():
    x = (1,)
    x <<= b"ab"
    return x
t('(1,) <<= b"ab"', f1859)
def f1860():
    x = (1,)
    x >>= b"ab"
    return x
t('(1,) >>= b"ab"', f1860)
def f1861():
    x = (1,)
    x &= b"ab"
    return x
t('(1,) &= b"ab"', f1861)
def f1862():
    x = (1,)
    x |= b"ab"
    return x
t('(1,) |= b"ab"', f1862)
def f1863():
    x = (1,)
    x ^= b"ab"
    return x
t('(1,) ^= b"ab"', f1863)
def f1864():
    x = (1,)
    x @= b"ab"
    return x
t('(1,) @= b"ab"', f1864)
def f1865():
    x = (1,)
    x += bytearray(b"x")
    return x
t('(1,) += bytearray(b"x")', f1865)
def f1866():
    x = (1,)
    x -= bytearray(b"x")
    return x
t('(1,) -= bytearray(b"x")', f1866)
def f1867():
    x = (1,)
    x *= bytearray(b"x")
    return x
t('(1,) *= bytearray(b"x")', f1867)
def f1868():
    x = (1,)
    x /= bytearray(b"x")
    return x
t('(1,) /= bytearray(b"x")', f1868)
def f1869():
    x = (1,)
    x //= bytearray(b"x")
    return x
t('(1,) //= bytearray(b"x")', f1869)
def f1870():
    x = (1,)
    x %= bytearray(b"x")
    return x
t('(1,) %= bytearray(b"x")', f1870)
def f1871():
    x = (1,)
    x **= bytearray(b"x")
    return x
t('(1,) **= bytearray(b"x")', f1871)
def f1872():
    x = (1,)
    x <<= bytearray(b"x")
    return x
t('(1,) <<= bytearray(b"x")', f1872)
def f1873():
    x = (1,)
    x >>= bytearray(b"x")
    return x
t('(1,) >>= bytearray(b"x")', f1873)
def f1874():
    x = (1,)
    x &= bytearray(b"x")
    return x
t('(1,) &= bytearray(b"x")', f1874)
def f1875():
    x = (1,)
    x |= bytearray(b"x")
    return x
t('(1,) |= bytearray(b"x")', f1875)
def f1876():
    x = (1,)
    x ^= bytearray(b"x")
    return x
t('(1,) ^= bytearray(b"x")', f1876)
def f1877():
    x = (1,)
    x @= bytearray(b"x")
    return x
t('(1,) @= bytearray(b"x")', f1877)
def f1878():
    x = (1,)
    x += [1]
    return x
t('(1,) += [1]', f1878)
def f1879():
    x = (1,)
    x -= [1]
    return x
t('(1,) -= [1]', f1879)
def f1880():
    x = (1,)
    x *= [1]
    return x
t('(1,) *= [1]', f1880)
def f1881():
    x = (1,)
    x /= [1]
    return x
t('(1,) /= [1]', f1881)
def f1882():
    x = (1,)
    x //= [1]
    return x
t('(1,) //= [1]', f1882)
def f1883():
    x = (1,)
    x %= [1]
    return x
t('(1,) %= [1]', f1883)
def f1884():
    x = (1,)
    x **= [1]
    return x
t('(1,) **= [1]', f1884)
def f1885():
    x = (1,)
    x <<= [1]
    return x
t('(1,) <<= [1]', f1885)
def f1886():
    x = (1,)
    x >>= [1]
    return x
t('(1,) >>= [1]', f1886)
def f1887():
    x = (1,)
    x &= [1]
    return x
t('(1,) &= [1]', f1887)
def f1888():
    x = (1,)
    x |= [1]
    return x
t('(1,) |= [1]', f1888)
def f1889():
    x = (1,)
    x ^= [1]
    return x
t('(1,) ^= [1]', f1889)
def f1890():
    x = (1,)
    x @= [1]
    return x
t('(1,) @= [1]', f1890)
def f1891():
    x = (1,)
    x += (1,)
    return x
t('(1,) += (1,)', f1891)
def f1892():
    x = (1,)
    x -= (1,)
    return x
t('(1,) -= (1,)', f1892)
def f1893():
    x = (1,)
    x *= (1,)
    return x
t('(1,) *= (1,)', f1893)
def f1894():
    x = (1,)
    x /= (1,)
    return x
t('(1,) /= (1,)', f1894)
def f1895():
    x = (1,)
    x //= (1,)
    return x
t('(1,) //= (1,)', f1895)
def f1896():
    x = (1,)
    x %= (1,)
    return x
t('(1,) %= (1,)', f1896)
def f1897():
    x = (1,)
    x **= (1,)
    return x
t('(1,) **= (1,)', f1897)
def f1898():
    x = (1,)
    x <<= (1,)
    return x
t('(1,) <<= (1,)', f1898)
def f1899():
    x = (1,)
    x >>= (1,)
    return x
t('(1,) >>= (1,)', f1899)
def f1900():
    x = (1,)
    x &= (1,)
    return x
t('(1,) &= (1,)', f1900)
def f1901():
    x = (1,)
    x |= (1,)
    return x
t('(1,) |= (1,)', f1901)
def f1902():
    x = (1,)
    x ^= (1,)
    return x
t('(1,) ^= (1,)', f1902)
def f1903():
    x = (1,)
    x @= (1,)
    return x
t('(1,) @= (1,)', f1903)
def f1904():
    x = (1,)
    x += {1: 2}
    return x
t('(1,) += {1: 2}', f1904)
def f1905():
    x = (1,)
    x -= {1: 2}
    return x
t('(1,) -= {1: 2}', f1905)
def f1906():
    x = (1,)
    x *= {1: 2}
    return x
t('(1,) *= {1: 2}', f1906)
def f1907():
    x = (1,)
    x /= {1: 2}
    return x
t('(1,) /= {1: 2}', f1907)
def f1908():
    x = (1,)
    x //= {1: 2}
    return x
t('(1,) //= {1: 2}', f1908)
def f1909():
    x = (1,)
    x %= {1: 2}
    return x
t('(1,) %= {1: 2}', f1909)
def f1910():
    x = (1,)
    x **= {1: 2}
    return x
t('(1,) **= {1: 2}', f1910)
def f1911():
    x = (1,)
    x <<= {1: 2}
    return x
t('(1,) <<= {1: 2}', f1911)
def f1912():
    x = (1,)
    x >>= {1: 2}
    return x
t('(1,) >>= {1: 2}', f1912)
def f1913():
    x = (1,)
    x &= {1: 2}
    return x
t('(1,) &= {1: 2}', f1913)
def f1914():
    x = (1,)
    x |= {1: 2}
    return x
t('(1,) |= {1: 2}', f1914)
def f1915():
    x = (1,)
    x ^= {1: 2}
    return x
t('(1,) ^= {1: 2}', f1915)
def f1916():
    x = (1,)
    x @= {1: 2}
    return x
t('(1,) @= {1: 2}', f1916)
def f1917():
    x = (1,)
    x += {1}
    return x
t('(1,) += {1}', f1917)
def f1918():
    x = (1,)
    x -= {1}
    return x
t('(1,) -= {1}', f1918)
def f1919():
    x = (1,)
    x *= {1}
    return x
t('(1,) *= {1}', f1919)
def f1920():
    x = (1,)
    x /= {1}
    return x
t('(1,) /= {1}', f1920)
def f1921():
    x = (1,)
    x //= {1}
    return x
t('(1,) //= {1}', f1921)
def f1922():
    x = (1,)
    x %= {1}
    return x
t('(1,) %= {1}', f1922)
def f1923():
    x = (1,)
    x **= {1}
    return x
t('(1,) **= {1}', f1923)
def f1924():
    x = (1,)
    x <<= {1}
    return x
t('(1,) <<= {1}', f1924)
def f1925():
    x = (1,)
    x >>= {1}
    return x
t('(1,) >>= {1}', f1925)
def f1926():
    x = (1,)
    x &= {1}
    return x
t('(1,) &= {1}', f1926)
def f1927():
    x = (1,)
    x |= {1}
    return x
t('(1,) |= {1}', f1927)
def f1928():
    x = (1,)
    x ^= {1}
    return x
t('(1,) ^= {1}', f1928)
def f1929():
    x = (1,)
    x @= {1}
    return x
t('(1,) @= {1}', f1929)
def f1930():
    x = (1,)
    x += frozenset({2})
    return x
t('(1,) += frozenset({2})', f1930)
def f1931():
    x = (1,)
    x -= frozenset({2})
    return x
t('(1,) -= frozenset({2})', f1931)
def f1932():
    x = (1,)
    x *= frozenset({2})
    return x
t('(1,) *= frozenset({2})', f1932)
def f1933():
    x = (1,)
    x /= frozenset({2})
    return x
t('(1,) /= frozenset({2})', f1933)
def f1934():
    x = (1,)
    x //= frozenset({2})
    return x
t('(1,) //= frozenset({2})', f1934)
def f1935():
    x = (1,)
    x %= frozenset({2})
    return x
t('(1,) %= frozenset({2})', f1935)
def f1936():
    x = (1,)
    x **= frozenset({2})
    return x
t('(1,) **= frozenset({2})', f1936)
def f1937():
    x = (1,)
    x <<= frozenset({2})
    return x
t('(1,) <<= frozenset({2})', f1937)
def f1938():
    x = (1,)
    x >>= frozenset({2})
    return x
t('(1,) >>= frozenset({2})', f1938)
def f1939():
    x = (1,)
    x &= frozenset({2})
    return x
t('(1,) &= frozenset({2})', f1939)
def f1940():
    x = (1,)
    x |= frozenset({2})
    return x
t('(1,) |= frozenset({2})', f1940)
def f1941():
    x = (1,)
    x ^= frozenset({2})
    return x
t('(1,) ^= frozenset({2})', f1941)
def f1942():
    x = (1,)
    x @= frozenset({2})
    return x
t('(1,) @= frozenset({2})', f1942)
def f1943():
    x = (1,)
    x += None
    return x
t('(1,) += None', f1943)
def f1944():
    x = (1,)
    x -= None
    return x
t('(1,) -= None', f1944)
def f1945():
    x = (1,)
    x *= None
    return x
t('(1,) *= None', f1945)
def f1946():
    x = (1,)
    x /= None
    return x
t('(1,) /= None', f1946)
def f1947():
    x = (1,)
    x //= None
    return x
t('(1,) //= None', f1947)
def f1948():
    x = (1,)
    x %= None
    return x
t('(1,) %= None', f1948)
def f1949():
    x = (1,)
    x **= None
    return x
t('(1,) **= None', f1949)
def f1950():
    x = (1,)
    x <<= None
    return x
t('(1,) <<= None', f1950)
def f1951():
    x = (1,)
    x >>= None
    return x
t('(1,) >>= None', f1951)
def f1952():
    x = (1,)
    x &= None
    return x
t('(1,) &= None', f1952)
def f1953():
    x = (1,)
    x |= None
    return x
t('(1,) |= None', f1953)
def f1954():
    x = (1,)
    x ^= None
    return x
t('(1,) ^= None', f1954)
def f1955():
    x = (1,)
    x @= None
    return x
t('(1,) @= None', f1955)
def f1956():
    x = (1,)
    x += range(2)
    return x
t('(1,) += range(2)', f1956)
def f1957():
    x = (1,)
    x -= range(2)
    return x
t('(1,) -= range(2)', f1957)
def f1958():
    x = (1,)
    x *= range(2)
    return x
t('(1,) *= range(2)', f1958)
def f1959():
    x = (1,)
    x /= range(2)
    return x
t('(1,) /= range(2)', f1959)
def f1960():
    x = (1,)
    x //= range(2)
    return x
t('(1,) //= range(2)', f1960)
def f1961():
    x = (1,)
    x %= range(2)
    return x
t('(1,) %= range(2)', f1961)
def f1962():
    x = (1,)
    x **= range(2)
    return x
t('(1,) **= range(2)', f1962)
def f1963():
    x = (1,)
    x <<= range(2)
    return x
t('(1,) <<= range(2)', f1963)
def f1964():
    x = (1,)
    x >>= range(2)
    return x
t('(1,) >>= range(2)', f1964)
def f1965():
    x = (1,)
    x &= range(2)
    return x
t('(1,) &= range(2)', f1965)
def f1966():
    x = (1,)
    x |= range(2)
    return x
t('(1,) |= range(2)', f1966)
def f1967():
    x = (1,)
    x ^= range(2)
    return x
t('(1,) ^= range(2)', f1967)
def f1968():
    x = (1,)
    x @= range(2)
    return x
t('(1,) @= range(2)', f1968)
def f1969():
    x = (1,)
    x += {1: 2}.keys()
    return x
t('(1,) += {1: 2}.keys()', f1969)
def f1970():
    x = (1,)
    x -= {1: 2}.keys()
    return x
t('(1,) -= {1: 2}.keys()', f1970)
def f1971():
    x = (1,)
    x *= {1: 2}.keys()
    return x
t('(1,) *= {1: 2}.keys()', f1971)
def f1972():
    x = (1,)
    x /= {1: 2}.keys()
    return x
t('(1,) /= {1: 2}.keys()', f1972)
def f1973():
    x = (1,)
    x //= {1: 2}.keys()
    return x
t('(1,) //= {1: 2}.keys()', f1973)
def f1974():
    x = (1,)
    x %= {1: 2}.keys()
    return x
t('(1,) %= {1: 2}.keys()', f1974)
def f1975():
    x = (1,)
    x **= {1: 2}.keys()
    return x
t('(1,) **= {1: 2}.keys()', f1975)
def f1976():
    x = (1,)
    x <<= {1: 2}.keys()
    return x
t('(1,) <<= {1: 2}.keys()', f1976)
def f1977():
    x = (1,)
    x >>= {1: 2}.keys()
    return x
t('(1,) >>= {1: 2}.keys()', f1977)
def f1978():
    x = (1,)
    x &= {1: 2}.keys()
    return x
t('(1,) &= {1: 2}.keys()', f1978)
def f1979():
    x = (1,)
    x |= {1: 2}.keys()
    return x
t('(1,) |= {1: 2}.keys()', f1979)
def f1980():
    x = (1,)
    x ^= {1: 2}.keys()
    return x
t('(1,) ^= {1: 2}.keys()', f1980)
def f1981():
    x = (1,)
    x @= {1: 2}.keys()
    return x
t('(1,) @= {1: 2}.keys()', f1981)
def f1982():
    x = (1,)
    x += -3
    return x
t('(1,) += -3', f1982)
def f1983():
    x = (1,)
    x -= -3
    return x
t('(1,) -= -3', f1983)
def f1984():
    x = (1,)
    x *= -3
    return x
t('(1,) *= -3', f1984)
def f1985():
    x = (1,)
    x /= -3
    return x
t('(1,) /= -3', f1985)
def f1986():
    x = (1,)
    x //= -3
    return x
t('(1,) //= -3', f1986)
def f1987():
    x = (1,)
    x %= -3
    return x
t('(1,) %= -3', f1987)
def f1988():
    x = (1,)
    x **= -3
    return x
t('(1,) **= -3', f1988)
def f1989():
    x = (1,)
    x <<= -3
    return x
t('(1,) <<= -3', f1989)
def f1990():
    x = (1,)
    x >>= -3
    return x
t('(1,) >>= -3', f1990)
def f1991():
    x = (1,)
    x &= -3
    return x
t('(1,) &= -3', f1991)
def f1992():
    x = (1,)
    x |= -3
    return x
t('(1,) |= -3', f1992)
def f1993():
    x = (1,)
    x ^= -3
    return x
t('(1,) ^= -3', f1993)
def f1994():
    x = (1,)
    x @= -3
    return x
t('(1,) @= -3', f1994)
def f1995():
    x = (1,)
    x += 0
    return x
t('(1,) += 0', f1995)
def f1996():
    x = (1,)
    x -= 0
    return x
t('(1,) -= 0', f1996)
def f1997():
    x = (1,)
    x *= 0
    return x
t('(1,) *= 0', f1997)
def f1998():
    x = (1,)
    x /= 0
    return x
t('(1,) /= 0', f1998)
def f1999():
    x = (1,)
    x //= 0
    return x
t('(1,) //= 0', f1999)
def f2000():
    x = (1,)
    x %= 0
    return x
t('(1,) %= 0', f2000)
def f2001():
    x = (1,)
    x **= 0
    return x
t('(1,) **= 0', f2001)
def f2002():
    x = (1,)
    x <<= 0
    return x
t('(1,) <<= 0', f2002)
def f2003():
    x = (1,)
    x >>= 0
    return x
t('(1,) >>= 0', f2003)
def f2004():
    x = (1,)
    x &= 0
    return x
t('(1,) &= 0', f2004)
def f2005():
    x = (1,)
    x |= 0
    return x
t('(1,) |= 0', f2005)
def f2006():
    x = (1,)
    x ^= 0
    return x
t('(1,) ^= 0', f2006)
def f2007():
    x = (1,)
    x @= 0
    return x
t('(1,) @= 0', f2007)
def f2008():
    x = (1,)
    x += 10**20
    return x
t('(1,) += 10**20', f2008)
def f2009():
    x = (1,)
    x -= 10**20
    return x
t('(1,) -= 10**20', f2009)
def f2010():
    x = (1,)
    x /= 10**20
    return x
t('(1,) /= 10**20', f2010)
def f2011():
    x = (1,)
    x //= 10**20
    return x
t('(1,) //= 10**20', f2011)
def f2012():
    x = (1,)
    x %= 10**20
    return x
t('(1,) %= 10**20', f2012)
def f2013():
    x = (1,)
    x >>= 10**20
    return x
t('(1,) >>= 10**20', f2013)
def f2014():
    x = (1,)
    x &= 10**20
    return x
t('(1,) &= 10**20', f2014)
def f2015():
    x = (1,)
    x |= 10**20
    return x
t('(1,) |= 10**20', f2015)
def f2016():
    x = (1,)
    x ^= 10**20
    return x
t('(1,) ^= 10**20', f2016)
def f2017():
    x = (1,)
    x @= 10**20
    return x
t('(1,) @= 10**20', f2017)
def f2018():
    x = (1,)
    x += []
    return x
t('(1,) += []', f2018)
def f2019():
    x = (1,)
    x -= []
    return x
t('(1,) -= []', f2019)
def f2020():
    x = (1,)
    x *= []
    return x
t('(1,) *= []', f2020)
def f2021():
    x = (1,)
    x /= []
    return x
t('(1,) /= []', f2021)
def f2022():
    x = (1,)
    x //= []
    return x
t('(1,) //= []', f2022)
def f2023():
    x = (1,)
    x %= []
    return x
t('(1,) %= []', f2023)
def f2024():
    x = (1,)
    x **= []
    return x
t('(1,) **= []', f2024)
def f2025():
    x = (1,)
    x <<= []
    return x
t('(1,) <<= []', f2025)
def f2026():
    x = (1,)
    x >>= []
    return x
t('(1,) >>= []', f2026)
def f2027():
    x = (1,)
    x &= []
    return x
t('(1,) &= []', f2027)
def f2028():
    x = (1,)
    x |= []
    return x
t('(1,) |= []', f2028)
def f2029():
    x = (1,)
    x ^= []
    return x
t('(1,) ^= []', f2029)
def f2030():
    x = (1,)
    x @= []
    return x
t('(1,) @= []', f2030)
def f2031():
    x = (1,)
    x += {}
    return x
t('(1,) += {}', f2031)
def f2032():
    x = (1,)
    x -= {}
    return x
t('(1,) -= {}', f2032)
def f2033():
    x = (1,)
    x *= {}
    return x
t('(1,) *= {}', f2033)
def f2034():
    x = (1,)
    x /= {}
    return x
t('(1,) /= {}', f2034)
def f2035():
    x = (1,)
    x //= {}
    return x
t('(1,) //= {}', f2035)
def f2036():
    x = (1,)
    x %= {}
    return x
t('(1,) %= {}', f2036)
def f2037():
    x = (1,)
    x **= {}
    return x
t('(1,) **= {}', f2037)
def f2038():
    x = (1,)
    x <<= {}
    return x
t('(1,) <<= {}', f2038)
def f2039():
    x = (1,)
    x >>= {}
    return x
t('(1,) >>= {}', f2039)
def f2040():
    x = (1,)
    x &= {}
    return x
t('(1,) &= {}', f2040)
def f2041():
    x = (1,)
    x |= {}
    return x
t('(1,) |= {}', f2041)
def f2042():
    x = (1,)
    x ^= {}
    return x
t('(1,) ^= {}', f2042)
def f2043():
    x = (1,)
    x @= {}
    return x
t('(1,) @= {}', f2043)
def f2044():
    x = (1,)
    x += "é"
    return x
t('(1,) += "é"', f2044)
def f2045():
    x = (1,)
    x -= "é"
    return x
t('(1,) -= "é"', f2045)
def f2046():
    x = (1,)
    x *= "é"
    return x
t('(1,) *= "é"', f2046)
def f2047():
    x = (1,)
    x /= "é"
    return x
t('(1,) /= "é"', f2047)
def f2048():
    x = (1,)
    x //= "é"
    return x
t('(1,) //= "é"', f2048)
def f2049():
    x = (1,)
    x %= "é"
    return x
t('(1,) %= "é"', f2049)
def f2050():
    x = (1,)
    x **= "é"
    return x
t('(1,) **= "é"', f2050)
def f2051():
    x = (1,)
    x <<= "é"
    return x
t('(1,) <<= "é"', f2051)
def f2052():
    x = (1,)
    x >>= "é"
    return x
t('(1,) >>= "é"', f2052)
def f2053():
    x = (1,)
    x &= "é"
    return x
t('(1,) &= "é"', f2053)
def f2054():
    x = (1,)
    x |= "é"
    return x
t('(1,) |= "é"', f2054)
def f2055():
    x = (1,)
    x ^= "é"
    return x
t('(1,) ^= "é"', f2055)
def f2056():
    x = (1,)
    x @= "é"
    return x
t('(1,) @= "é"', f2056)
def f2057():
    x = {1: 2}
    x += 1
    return x
t('{1: 2} += 1', f2057)
def f2058():
    x = {1: 2}
    x -= 1
    return x
t('{1: 2} -= 1', f2058)
def f2059():
    x = {1: 2}
    x *= 1
    return x
t('{1: 2} *= 1', f2059)
def f2060():
    x = {1: 2}
    x /= 1
    return x
t('{1: 2} /= 1', f2060)
def f2061():
    x = {1: 2}
    x //= 1
    return x
t('{1: 2} //= 1', f2061)
def f2062():
    x = {1: 2}
    x %= 1
    return x
t('{1: 2} %= 1', f2062)
def f2063():
    x = {1: 2}
    x **= 1
    return x
t('{1: 2} **= 1', f2063)
def f2064():
    x = {1: 2}
    x <<= 1
    return x
t('{1: 2} <<= 1', f2064)
def f2065():
    x = {1: 2}
    x >>= 1
    return x
t('{1: 2} >>= 1', f2065)
def f2066():
    x = {1: 2}
    x &= 1
    return x
t('{1: 2} &= 1', f2066)
def f2067():
    x = {1: 2}
    x |= 1
    return x
t('{1: 2} |= 1', f2067)
def f2068():
    x = {1: 2}
    x ^= 1
    return x
t('{1: 2} ^= 1', f2068)
def f2069():
    x = {1: 2}
    x @= 1
    return x
t('{1: 2} @= 1', f2069)
def f2070():
    x = {1: 2}
    x += 2.5
    return x
t('{1: 2} += 2.5', f2070)
def f2071():
    x = {1: 2}
    x -= 2.5
    return x
t('{1: 2} -= 2.5', f2071)
def f2072():
    x = {1: 2}
    x *= 2.5
    return x
t('{1: 2} *= 2.5', f2072)
def f2073():
    x = {1: 2}
    x /= 2.5
    return x
t('{1: 2} /= 2.5', f2073)
def f2074():
    x = {1: 2}
    x //= 2.5
    return x
t('{1: 2} //= 2.5', f2074)
def f2075():
    x = {1: 2}
    x %= 2.5
    return x
t('{1: 2} %= 2.5', f2075)
def f2076():
    x = {1: 2}
    x **= 2.5
    return x
t('{1: 2} **= 2.5', f2076)
def f2077():
    x = {1: 2}
    x <<= 2.5
    return x
t('{1: 2} <<= 2.5', f2077)
def f2078():
    x = {1: 2}
    x >>= 2.5
    return x
t('{1: 2} >>= 2.5', f2078)
def f2079():
    x = {1: 2}
    x &= 2.5
    return x
t('{1: 2} &= 2.5', f2079)
def f2080():
    x = {1: 2}
    x |= 2.5
    return x
t('{1: 2} |= 2.5', f2080)
def f2081():
    x = {1: 2}
    x ^= 2.5
    return x
t('{1: 2} ^= 2.5', f2081)
def f2082():
    x = {1: 2}
    x @= 2.5
    return x
t('{1: 2} @= 2.5', f2082)
def f2083():
    x = {1: 2}
    x += True
    return x
t('{1: 2} += True', f2083)
def f2084():
    x = {1: 2}
    x -= True
    return x
t('{1: 2} -= True', f2084)
def f2085():
    x = {1: 2}
    x *= True
    return x
t('{1: 2} *= True', f2085)
def f2086():
    x = {1: 2}
    x /= True
    return x
t('{1: 2} /= True', f2086)
def f2087():
    x = {1: 2}
    x //= True
    return x
t('{1: 2} //= True', f2087)
def f2088():
    x = {1: 2}
    x %= True
    return x
t('{1: 2} %= True', f2088)
def f2089():
    x = {1: 2}
    x **= True
    return x
t('{1: 2} **= True', f2089)
def f2090():
    x = {1: 2}
    x <<= True
    return x
t('{1: 2} <<= True', f2090)
def f2091():
    x = {1: 2}
    x >>= True
    return x
t('{1: 2} >>= True', f2091)
def f2092():
    x = {1: 2}
    x &= True
    return x
t('{1: 2} &= True', f2092)
def f2093():
    x = {1: 2}
    x |= True
    return x
t('{1: 2} |= True', f2093)
def f2094():
    x = {1: 2}
    x ^= True
    return x
t('{1: 2} ^= True', f2094)
def f2095():
    x = {1: 2}
    x @= True
    return x
t('{1: 2} @= True', f2095)
def f2096():
    x = {1: 2}
    x += "ab"
    return x
t('{1: 2} += "ab"', f2096)
def f2097():
    x = {1: 2}
    x -= "ab"
    return x
t('{1: 2} -= "ab"', f2097)
def f2098():
    x = {1: 2}
    x *= "ab"
    return x
t('{1: 2} *= "ab"', f2098)
def f2099():
    x = {1: 2}
    x /= "ab"
    return x
t('{1: 2} /= "ab"', f2099)
def f2100():
    x = {1: 2}
    x //= "ab"
    return x
t('{1: 2} //= "ab"', f2100)
def f2101():
    x = {1: 2}
    x %= "ab"
    return x
t('{1: 2} %= "ab"', f2101)
def f2102():
    x = {1: 2}
    x **= "ab"
    return x
t('{1: 2} **= "ab"', f2102)
def f2103():
    x = {1: 2}
    x <<= "ab"
    return x
t('{1: 2} <<= "ab"', f2103)
def f2104():
    x = {1: 2}
    x >>= "ab"
    return x
t('{1: 2} >>= "ab"', f2104)
def f2105():
    x = {1: 2}
    x &= "ab"
    return x
t('{1: 2} &= "ab"', f2105)
def f2106():
    x = {1: 2}
    x |= "ab"
    return x
t('{1: 2} |= "ab"', f2106)
def f2107():
    x = {1: 2}
    x ^= "ab"
    return x
t('{1: 2} ^= "ab"', f2107)
def f2108():
    x = {1: 2}
    x @= "ab"
    return x
t('{1: 2} @= "ab"', f2108)
def f2109():
    x = {1: 2}
    x += b"ab"
    return x
t('{1: 2} += b"ab"', f2109)
def f2110():
    x = {1: 2}
    x -= b"ab"
    return x
t('{1: 2} -= b"ab"', f2110)
def f2111():
    x = {1: 2}
    x *= b"ab"
    return x
t('{1: 2} *= b"ab"', f2111)
def f2112():
    x = {1: 2}
    x /= b"ab"
    return x
t('{1: 2} /= b"ab"', f2112)
def f2113():
    x = {1: 2}
    x //= b"ab"
    return x
t('{1: 2} //= b"ab"', f2113)
def f2114():
    x = {1: 2}
    x %= b"ab"
    return x
t('{1: 2} %= b"ab"', f2114)
def f2115():
    x = {1: 2}
    x **= b"ab"
    return x
t('{1: 2} **= b"ab"', f2115)
def f2116():
    x = {1: 2}
    x <<= b"ab"
    return x
t('{1: 2} <<= b"ab"', f2116)
def f2117():
    x = {1: 2}
    x >>= b"ab"
    return x
t('{1: 2} >>= b"ab"', f2117)
def f2118():
    x = {1: 2}
    x &= b"ab"
    return x
t('{1: 2} &= b"ab"', f2118)
def f2119():
    x = {1: 2}
    x |= b"ab"
    return x
t('{1: 2} |= b"ab"', f2119)
def f2120():
    x = {1: 2}
    x ^= b"ab"
    return x
t('{1: 2} ^= b"ab"', f2120)
def f2121():
    x = {1: 2}
    x @= b"ab"
    return x
t('{1: 2} @= b"ab"', f2121)
def f2122():
    x = {1: 2}
    x += bytearray(b"x")
    return x
t('{1: 2} += bytearray(b"x")', f2122)
def f2123():
    x = {1: 2}
    x -= bytearray(b"x")
    return x
t('{1: 2} -= bytearray(b"x")', f2123)
def f2124():
    x = {1: 2}
    x *= bytearray(b"x")
    return x
t('{1: 2} *= bytearray(b"x")', f2124)
def f2125():
    x = {1: 2}
    x /= bytearray(b"x")
    return x
t('{1: 2} /= bytearray(b"x")', f2125)
def f2126():
    x = {1: 2}
    x //= bytearray(b"x")
    return x
t('{1: 2} //= bytearray(b"x")', f2126)
def f2127():
    x = {1: 2}
    x %= bytearray(b"x")
    return x
t('{1: 2} %= bytearray(b"x")', f2127)
def f2128():
    x = {1: 2}
    x **= bytearray(b"x")
    return x
t('{1: 2} **= bytearray(b"x")', f2128)
def f2129():
    x = {1: 2}
    x <<= bytearray(b"x")
    return x
t('{1: 2} <<= bytearray(b"x")', f2129)
def f2130():
    x = {1: 2}
    x >>= bytearray(b"x")
    return x
t('{1: 2} >>= bytearray(b"x")', f2130)
def f2131():
    x = {1: 2}
    x &= bytearray(b"x")
    return x
t('{1: 2} &= bytearray(b"x")', f2131)
def f2132():
    x = {1: 2}
    x |= bytearray(b"x")
    return x
t('{1: 2} |= bytearray(b"x")', f2132)
def f2133():
    x = {1: 2}
    x ^= bytearray(b"x")
    return x
t('{1: 2} ^= bytearray(b"x")', f2133)
def f2134():
    x = {1: 2}
    x @= bytearray(b"x")
    return x
t('{1: 2} @= bytearray(b"x")', f2134)
def f2135():
    x = {1: 2}
    x += [1]
    return x
t('{1: 2} += [1]', f2135)
def f2136():
    x = {1: 2}
    x -= [1]
    return x
t('{1: 2} -= [1]', f2136)
def f2137():
    x = {1: 2}
    x *= [1]
    return x
t('{1: 2} *= [1]', f2137)
def f2138():
    x = {1: 2}
    x /= [1]
    return x
t('{1: 2} /= [1]', f2138)
def f2139():
    x = {1: 2}
    x //= [1]
    return x
t('{1: 2} //= [1]', f2139)
def f2140():
    x = {1: 2}
    x %= [1]
    return x
t('{1: 2} %= [1]', f2140)
def f2141():
    x = {1: 2}
    x **= [1]
    return x
t('{1: 2} **= [1]', f2141)
def f2142():
    x = {1: 2}
    x <<= [1]
    return x
t('{1: 2} <<= [1]', f2142)
def f2143():
    x = {1: 2}
    x >>= [1]
    return x
t('{1: 2} >>= [1]', f2143)
def f2144():
    x = {1: 2}
    x &= [1]
    return x
t('{1: 2} &= [1]', f2144)
def f2145():
    x = {1: 2}
    x |= [1]
    return x
t('{1: 2} |= [1]', f2145)
def f2146():
    x = {1: 2}
    x ^= [1]
    return x
t('{1: 2} ^= [1]', f2146)
def f2147():
    x = {1: 2}
    x @= [1]
    return x
t('{1: 2} @= [1]', f2147)
def f2148():
    x = {1: 2}
    x += (1,)
    return x
t('{1: 2} += (1,)', f2148)
def f2149():
    x = {1: 2}
    x -= (1,)
    return x
t('{1: 2} -= (1,)', f2149)
def f2150():
    x = {1: 2}
    x *= (1,)
    return x
t('{1: 2} *= (1,)', f2150)
def f2151():
    x = {1: 2}
    x /= (1,)
    return x
t('{1: 2} /= (1,)', f2151)
def f2152():
    x = {1: 2}
    x //= (1,)
    return x
t('{1: 2} //= (1,)', f2152)
def f2153():
    x = {1: 2}
    x %= (1,)
    return x
t('{1: 2} %= (1,)', f2153)
def f2154():
    x = {1: 2}
    x **= (1,)
    return x
t('{1: 2} **= (1,)', f2154)
def f2155():
    x = {1: 2}
    x <<= (1,)
    return x
t('{1: 2} <<= (1,)', f2155)
def f2156():
    x = {1: 2}
    x >>= (1,)
    return x
t('{1: 2} >>= (1,)', f2156)
def f2157():
    x = {1: 2}
    x &= (1,)
    return x
t('{1: 2} &= (1,)', f2157)
def f2158():
    x = {1: 2}
    x |= (1,)
    return x
t('{1: 2} |= (1,)', f2158)
def f2159():
    x = {1: 2}
    x ^= (1,)
    return x
t('{1: 2} ^= (1,)', f2159)
def f2160():
    x = {1: 2}
    x @= (1,)
    return x
t('{1: 2} @= (1,)', f2160)
def f2161():
    x = {1: 2}
    x += {1: 2}
    return x
t('{1: 2} += {1: 2}', f2161)
def f2162():
    x = {1: 2}
    x -= {1: 2}
    return x
t('{1: 2} -= {1: 2}', f2162)
def f2163():
    x = {1: 2}
    x *= {1: 2}
    return x
t('{1: 2} *= {1: 2}', f2163)
def f2164():
    x = {1: 2}
    x /= {1: 2}
    return x
t('{1: 2} /= {1: 2}', f2164)
def f2165():
    x = {1: 2}
    x //= {1: 2}
    return x
t('{1: 2} //= {1: 2}', f2165)
def f2166():
    x = {1: 2}
    x %= {1: 2}
    return x
t('{1: 2} %= {1: 2}', f2166)
def f2167():
    x = {1: 2}
    x **= {1: 2}
    return x
t('{1: 2} **= {1: 2}', f2167)
def f2168():
    x = {1: 2}
    x <<= {1: 2}
    return x
t('{1: 2} <<= {1: 2}', f2168)
def f2169():
    x = {1: 2}
    x >>= {1: 2}
    return x
t('{1: 2} >>= {1: 2}', f2169)
def f2170():
    x = {1: 2}
    x &= {1: 2}
    return x
t('{1: 2} &= {1: 2}', f2170)
def f2171():
    x = {1: 2}
    x |= {1: 2}
    return x
t('{1: 2} |= {1: 2}', f2171)
def f2172():
    x = {1: 2}
    x ^= {1: 2}
    return x
t('{1: 2} ^= {1: 2}', f2172)
def f2173():
    x = {1: 2}
    x @= {1: 2}
    return x
t('{1: 2} @= {1: 2}', f2173)
def f2174():
    x = {1: 2}
    x += {1}
    return x
t('{1: 2} += {1}', f2174)
def f2175():
    x = {1: 2}
    x -= {1}
    return x
t('{1: 2} -= {1}', f2175)
def f2176():
    x = {1: 2}
    x *= {1}
    return x
t('{1: 2} *= {1}', f2176)
def f2177():
    x = {1: 2}
    x /= {1}
    return x
t('{1: 2} /= {1}', f2177)
def f2178():
    x = {1: 2}
    x //= {1}
    return x
t('{1: 2} //= {1}', f2178)
def f2179():
    x = {1: 2}
    x %= {1}
    return x
t('{1: 2} %= {1}', f2179)
def f2180():
    x = {1: 2}
    x **= {1}
    return x
t('{1: 2} **= {1}', f2180)
def f2181():
    x = {1: 2}
    x <<= {1}
    return x
t('{1: 2} <<= {1}', f2181)
def f2182():
    x = {1: 2}
    x >>= {1}
    return x
t('{1: 2} >>= {1}', f2182)
def f2183():
    x = {1: 2}
    x &= {1}
    return x
t('{1: 2} &= {1}', f2183)
def f2184():
    x = {1: 2}
    x |= {1}
    return x
t('{1: 2} |= {1}', f2184)
def f2185():
    x = {1: 2}
    x ^= {1}
    return x
t('{1: 2} ^= {1}', f2185)
def f2186():
    x = {1: 2}
    x @= {1}
    return x
t('{1: 2} @= {1}', f2186)
def f2187():
    x = {1: 2}
    x += frozenset({2})
    return x
t('{1: 2} += frozenset({2})', f2187)
def f2188():
    x = {1: 2}
    x -= frozenset({2})
    return x
t('{1: 2} -= frozenset({2})', f2188)
def f2189():
    x = {1: 2}
    x *= frozenset({2})
    return x
t('{1: 2} *= frozenset({2})', f2189)
def f2190():
    x = {1: 2}
    x /= frozenset({2})
    return x
t('{1: 2} /= frozenset({2})', f2190)
def f2191():
    x = {1: 2}
    x //= frozenset({2})
    return x
t('{1: 2} //= frozenset({2})', f2191)
def f2192():
    x = {1: 2}
    x %= frozenset({2})
    return x
t('{1: 2} %= frozenset({2})', f2192)
def f2193():
    x = {1: 2}
    x **= frozenset({2})
    return x
t('{1: 2} **= frozenset({2})', f2193)
def f2194():
    x = {1: 2}
    x <<= frozenset({2})
    return x
t('{1: 2} <<= frozenset({2})', f2194)
def f2195():
    x = {1: 2}
    x >>= frozenset({2})
    return x
t('{1: 2} >>= frozenset({2})', f2195)
def f2196():
    x = {1: 2}
    x &= frozenset({2})
    return x
t('{1: 2} &= frozenset({2})', f2196)
def f2197():
    x = {1: 2}
    x |= frozenset({2})
    return x
t('{1: 2} |= frozenset({2})', f2197)
def f2198():
    x = {1: 2}
    x ^= frozenset({2})
    return x
t('{1: 2} ^= frozenset({2})', f2198)
def f2199():
    x = {1: 2}
    x @= frozenset({2})
    return x
t('{1: 2} @= frozenset({2})', f2199)
def f2200():
    x = {1: 2}
    x += None
    return x
t('{1: 2} += None', f2200)
def f2201():
    x = {1: 2}
    x -= None
    return x
t('{1: 2} -= None', f2201)
def f2202():
    x = {1: 2}
    x *= None
    return x
t('{1: 2} *= None', f2202)
def f2203():
    x = {1: 2}
    x /= None
    return x
t('{1: 2} /= None', f2203)
def f2204():
    x = {1: 2}
    x //= None
    return x
t('{1: 2} //= None', f2204)
def f2205():
    x = {1: 2}
    x %= None
    return x
t('{1: 2} %= None', f2205)
def f2206():
    x = {1: 2}
    x **= None
    return x
t('{1: 2} **= None', f2206)
def f2207():
    x = {1: 2}
    x <<= None
    return x
t('{1: 2} <<= None', f2207)
def f2208():
    x = {1: 2}
    x >>= None
    return x
t('{1: 2} >>= None', f2208)
def f2209():
    x = {1: 2}
    x &= None
    return x
t('{1: 2} &= None', f2209)
def f2210():
    x = {1: 2}
    x |= None
    return x
t('{1: 2} |= None', f2210)
def f2211():
    x = {1: 2}
    x ^= None
    return x
t('{1: 2} ^= None', f2211)
def f2212():
    x = {1: 2}
    x @= None
    return x
t('{1: 2} @= None', f2212)
def f2213():
    x = {1: 2}
    x += range(2)
    return x
t('{1: 2} += range(2)', f2213)
def f2214():
    x = {1: 2}
    x -= range(2)
    return x
t('{1: 2} -= range(2)', f2214)
def f2215():
    x = {1: 2}
    x *= range(2)
    return x
t('{1: 2} *= range(2)', f2215)
def f2216():
    x = {1: 2}
    x /= range(2)
    return x
t('{1: 2} /= range(2)', f2216)
def f2217():
    x = {1: 2}
    x //= range(2)
    return x
t('{1: 2} //= range(2)', f2217)
def f2218():
    x = {1: 2}
    x %= range(2)
    return x
t('{1: 2} %= range(2)', f2218)
def f2219():
    x = {1: 2}
    x **= range(2)
    return x
t('{1: 2} **= range(2)', f2219)
def f2220():
    x = {1: 2}
    x <<= range(2)
    return x
t('{1: 2} <<= range(2)', f2220)
def f2221():
    x = {1: 2}
    x >>= range(2)
    return x
t('{1: 2} >>= range(2)', f2221)
def f2222():
    x = {1: 2}
    x &= range(2)
    return x
t('{1: 2} &= range(2)', f2222)
def f2223():
    x = {1: 2}
    x |= range(2)
    return x
t('{1: 2} |= range(2)', f2223)
def f2224():
    x = {1: 2}
    x ^= range(2)
    return x
t('{1: 2} ^= range(2)', f2224)
def f2225():
    x = {1: 2}
    x @= range(2)
    return x
t('{1: 2} @= range(2)', f2225)
def f2226():
    x = {1: 2}
    x += {1: 2}.keys()
    return x
t('{1: 2} += {1: 2}.keys()', f2226)
def f2227():
    x = {1: 2}
    x -= {1: 2}.keys()
    return x
t('{1: 2} -= {1: 2}.keys()', f2227)
def f2228():
    x = {1: 2}
    x *= {1: 2}.keys()
    return x
t('{1: 2} *= {1: 2}.keys()', f2228)
def f2229():
    x = {1: 2}
    x /= {1: 2}.keys()
    return x
t('{1: 2} /= {1: 2}.keys()', f2229)
def f2230():
    x = {1: 2}
    x //= {1: 2}.keys()
    return x
t('{1: 2} //= {1: 2}.keys()', f2230)
def f2231():
    x = {1: 2}
    x %= {1: 2}.keys()
    return x
t('{1: 2} %= {1: 2}.keys()', f2231)
def f2232():
    x = {1: 2}
    x **= {1: 2}.keys()
    return x
t('{1: 2} **= {1: 2}.keys()', f2232)
def f2233():
    x = {1: 2}
    x <<= {1: 2}.keys()
    return x
t('{1: 2} <<= {1: 2}.keys()', f2233)
def f2234():
    x = {1: 2}
    x >>= {1: 2}.keys()
    return x
t('{1: 2} >>= {1: 2}.keys()', f2234)
def f2235():
    x = {1: 2}
    x &= {1: 2}.keys()
    return x
t('{1: 2} &= {1: 2}.keys()', f2235)
def f2236():
    x = {1: 2}
    x |= {1: 2}.keys()
    return x
t('{1: 2} |= {1: 2}.keys()', f2236)
def f2237():
    x = {1: 2}
    x ^= {1: 2}.keys()
    return x
t('{1: 2} ^= {1: 2}.keys()', f2237)
def f2238():
    x = {1: 2}
    x @= {1: 2}.keys()
    return x
t('{1: 2} @= {1: 2}.keys()', f2238)
def f2239():
    x = {1: 2}
    x += -3
    return x
t('{1: 2} += -3', f2239)
def f2240():
    x = {1: 2}
    x -= -3
    return x
t('{1: 2} -= -3', f2240)
def f2241():
    x = {1: 2}
    x *= -3
    return x
t('{1: 2} *= -3', f2241)
def f2242():
    x = {1: 2}
    x /= -3
    return x
t('{1: 2} /= -3', f2242)
def f2243():
    x = {1: 2}
    x //= -3
    return x
t('{1: 2} //= -3', f2243)
def f2244():
    x = {1: 2}
    x %= -3
    return x
t('{1: 2} %= -3', f2244)
def f2245():
    x = {1: 2}
    x **= -3
    return x
t('{1: 2} **= -3', f2245)
def f2246():
    x = {1: 2}
    x <<= -3
    return x
t('{1: 2} <<= -3', f2246)
def f2247():
    x = {1: 2}
    x >>= -3
    return x
t('{1: 2} >>= -3', f2247)
def f2248():
    x = {1: 2}
    x &= -3
    return x
t('{1: 2} &= -3', f2248)
def f2249():
    x = {1: 2}
    x |= -3
    return x
t('{1: 2} |= -3', f2249)
def f2250():
    x = {1: 2}
    x ^= -3
    return x
t('{1: 2} ^= -3', f2250)
def f2251():
    x = {1: 2}
    x @= -3
    return x
t('{1: 2} @= -3', f2251)
def f2252():
    x = {1: 2}
    x += 0
    return x
t('{1: 2} += 0', f2252)
def f2253():
    x = {1: 2}
    x -= 0
    return x
t('{1: 2} -= 0', f2253)
def f2254():
    x = {1: 2}
    x *= 0
    return x
t('{1: 2} *= 0', f2254)
def f2255():
    x = {1: 2}
    x /= 0
    return x
t('{1: 2} /= 0', f2255)
def f2256():
    x = {1: 2}
    x //= 0
    return x
t('{1: 2} //= 0', f2256)
def f2257():
    x = {1: 2}
    x %= 0
    return x
t('{1: 2} %= 0', f2257)
def f2258():
    x = {1: 2}
    x **= 0
    return x
t('{1: 2} **= 0', f2258)
def f2259():
    x = {1: 2}
    x <<= 0
    return x
t('{1: 2} <<= 0', f2259)
def f2260():
    x = {1: 2}
    x >>= 0
    return x
t('{1: 2} >>= 0', f2260)
def f2261():
    x = {1: 2}
    x &= 0
    return x
t('{1: 2} &= 0', f2261)
def f2262():
    x = {1: 2}
    x |= 0
    return x
t('{1: 2} |= 0', f2262)
def f2263():
    x = {1: 2}
    x ^= 0
    return x
t('{1: 2} ^= 0', f2263)
def f2264():
    x = {1: 2}
    x @= 0
    return x
t('{1: 2} @= 0', f2264)
def f2265():
    x = {1: 2}
    x += 10**20
    return x
t('{1: 2} += 10**20', f2265)
def f2266():
    x = {1: 2}
    x -= 10**20
    return x
t('{1: 2} -= 10**20', f2266)
def f2267():
    x = {1: 2}
    x /= 10**20
    return x
t('{1: 2} /= 10**20', f2267)
def f2268():
    x = {1: 2}
    x //= 10**20
    return x
t('{1: 2} //= 10**20', f2268)
def f2269():
    x = {1: 2}
    x %= 10**20
    return x
t('{1: 2} %= 10**20', f2269)
def f2270():
    x = {1: 2}
    x >>= 10**20
    return x
t('{1: 2} >>= 10**20', f2270)
def f2271():
    x = {1: 2}
    x &= 10**20
    return x
t('{1: 2} &= 10**20', f2271)
def f2272():
    x = {1: 2}
    x |= 10**20
    return x
t('{1: 2} |= 10**20', f2272)
def f2273():
    x = {1: 2}
    x ^= 10**20
    return x
t('{1: 2} ^= 10**20', f2273)
def f2274():
    x = {1: 2}
    x @= 10**20
    return x
t('{1: 2} @= 10**20', f2274)
def f2275():
    x = {1: 2}
    x += []
    return x
t('{1: 2} += []', f2275)
def f2276():
    x = {1: 2}
    x -= []
    return x
t('{1: 2} -= []', f2276)
def f2277():
    x = {1: 2}
    x *= []
    return x
t('{1: 2} *= []', f2277)
def f2278():
    x = {1: 2}
    x /= []
    return x
t('{1: 2} /= []', f2278)
def f2279():
    x = {1: 2}
    x //= []
    return x
t('{1: 2} //= []', f2279)
def f2280():
    x = {1: 2}
    x %= []
    return x
t('{1: 2} %= []', f2280)
def f2281():
    x = {1: 2}
    x **= []
    return x
t('{1: 2} **= []', f2281)
def f2282():
    x = {1: 2}
    x <<= []
    return x
t('{1: 2} <<= []', f2282)
def f2283():
    x = {1: 2}
    x >>= []
    return x
t('{1: 2} >>= []', f2283)
def f2284():
    x = {1: 2}
    x &= []
    return x
t('{1: 2} &= []', f2284)
def f2285():
    x = {1: 2}
    x |= []
    return x
t('{1: 2} |= []', f2285)
def f2286():
    x = {1: 2}
    x ^= []
    return x
t('{1: 2} ^= []', f2286)
def f2287():
    x = {1: 2}
    x @= []
    return x
t('{1: 2} @= []', f2287)
def f2288():
    x = {1: 2}
    x += {}
    return x
t('{1: 2} += {}', f2288)
def f2289():
    x = {1: 2}
    x -= {}
    return x
t('{1: 2} -= {}', f2289)
def f2290():
    x = {1: 2}
    x *= {}
    return x
t('{1: 2} *= {}', f2290)
def f2291():
    x = {1: 2}
    x /= {}
    return x
t('{1: 2} /= {}', f2291)
def f2292():
    x = {1: 2}
    x //= {}
    return x
t('{1: 2} //= {}', f2292)
def f2293():
    x = {1: 2}
    x %= {}
    return x
t('{1: 2} %= {}', f2293)
def f2294():
    x = {1: 2}
    x **= {}
    return x
t('{1: 2} **= {}', f2294)
def f2295():
    x = {1: 2}
    x <<= {}
    return x
t('{1: 2} <<= {}', f2295)
def f2296():
    x = {1: 2}
    x >>= {}
    return x
t('{1: 2} >>= {}', f2296)
def f2297():
    x = {1: 2}
    x &= {}
    return x
t('{1: 2} &= {}', f2297)
def f2298():
    x = {1: 2}
    x |= {}
    return x
t('{1: 2} |= {}', f2298)
def f2299():
    x = {1: 2}
    x ^= {}
    return x
t('{1: 2} ^= {}', f2299)
def f2300():
    x = {1: 2}
    x @= {}
    return x
t('{1: 2} @= {}', f2300)
def f2301():
    x = {1: 2}
    x += "é"
    return x
t('{1: 2} += "é"', f2301)
def f2302():
    x = {1: 2}
    x -= "é"
    return x
t('{1: 2} -= "é"', f2302)
def f2303():
    x = {1: 2}
    x *= "é"
    return x
t('{1: 2} *= "é"', f2303)
def f2304():
    x = {1: 2}
    x /= "é"
    return x
t('{1: 2} /= "é"', f2304)
def f2305():
    x = {1: 2}
    x //= "é"
    return x
t('{1: 2} //= "é"', f2305)
def f2306():
    x = {1: 2}
    x %= "é"
    return x
t('{1: 2} %= "é"', f2306)
def f2307():
    x = {1: 2}
    x **= "é"
    return x
t('{1: 2} **= "é"', f2307)
def f2308():
    x = {1: 2}
    x <<= "é"
    return x
t('{1: 2} <<= "é"', f2308)
def f2309():
    x = {1: 2}
    x >>= "é"
    return x
t('{1: 2} >>= "é"', f2309)
def f2310():
    x = {1: 2}
    x &= "é"
    return x
t('{1: 2} &= "é"', f2310)
def f2311():
    x = {1: 2}
    x |= "é"
    return x
t('{1: 2} |= "é"', f2311)
def f2312():
    x = {1: 2}
    x ^= "é"
    return x
t('{1: 2} ^= "é"', f2312)
def f2313():
    x = {1: 2}
    x @= "é"
    return x
t('{1: 2} @= "é"', f2313)
def f2314():
    x = {1}
    x += 1
    return x
t('{1} += 1', f2314)
def f2315():
    x = {1}
    x -= 1
    return x
t('{1} -= 1', f2315)
def f2316():
    x = {1}
    x *= 1
    return x
t('{1} *= 1', f2316)
def f2317():
    x = {1}
    x /= 1
    return x
t('{1} /= 1', f2317)
def f2318():
    x = {1}
    x //= 1
    return x
t('{1} //= 1', f2318)
def f2319():
    x = {1}
    x %= 1
    return x
t('{1} %= 1', f2319)
def f2320():
    x = {1}
    x **= 1
    return x
t('{1} **= 1', f2320)
def f2321():
    x = {1}
    x <<= 1
    return x
t('{1} <<= 1', f2321)
def f2322():
    x = {1}
    x >>= 1
    return x
t('{1} >>= 1', f2322)
def f2323():
    x = {1}
    x &= 1
    return x
t('{1} &= 1', f2323)
def f2324():
    x = {1}
    x |= 1
    return x
t('{1} |= 1', f2324)
def f2325():
    x = {1}
    x ^= 1
    return x
t('{1} ^= 1', f2325)
def f2326():
    x = {1}
    x @= 1
    return x
t('{1} @= 1', f2326)
def f2327():
    x = {1}
    x += 2.5
    return x
t('{1} += 2.5', f2327)
def f2328():
    x = {1}
    x -= 2.5
    return x
t('{1} -= 2.5', f2328)
def f2329():
    x = {1}
    x *= 2.5
    return x
t('{1} *= 2.5', f2329)
def f2330():
    x = {1}
    x /= 2.5
    return x
t('{1} /= 2.5', f2330)
def f2331():
    x = {1}
    x //= 2.5
    return x
t('{1} //= 2.5', f2331)
def f2332():
    x = {1}
    x %= 2.5
    return x
t('{1} %= 2.5', f2332)
def f2333():
    x = {1}
    x **= 2.5
    return x
t('{1} **= 2.5', f2333)
def f2334():
    x = {1}
    x <<= 2.5
    return x
t('{1} <<= 2.5', f2334)
def f2335():
    x = {1}
    x >>= 2.5
    return x
t('{1} >>= 2.5', f2335)
def f2336():
    x = {1}
    x &= 2.5
    return x
t('{1} &= 2.5', f2336)
def f2337():
    x = {1}
    x |= 2.5
    return x
t('{1} |= 2.5', f2337)
def f2338():
    x = {1}
    x ^= 2.5
    return x
t('{1} ^= 2.5', f2338)
def f2339():
    x = {1}
    x @= 2.5
    return x
t('{1} @= 2.5', f2339)
def f2340():
    x = {1}
    x += True
    return x
t('{1} += True', f2340)
def f2341():
    x = {1}
    x -= True
    return x
t('{1} -= True', f2341)
def f2342():
    x = {1}
    x *= True
    return x
t('{1} *= True', f2342)
def f2343():
    x = {1}
    x /= True
    return x
t('{1} /= True', f2343)
def f2344():
    x = {1}
    x //= True
    return x
t('{1} //= True', f2344)
def f2345():
    x = {1}
    x %= True
    return x
t('{1} %= True', f2345)
def f2346():
    x = {1}
    x **= True
    return x
t('{1} **= True', f2346)
def f2347():
    x = {1}
    x <<= True
    return x
t('{1} <<= True', f2347)
def f2348():
    x = {1}
    x >>= True
    return x
t('{1} >>= True', f2348)
def f2349():
    x = {1}
    x &= True
    return x
t('{1} &= True', f2349)
def f2350():
    x = {1}
    x |= True
    return x
t('{1} |= True', f2350)
def f2351():
    x = {1}
    x ^= True
    return x
t('{1} ^= True', f2351)
def f2352():
    x = {1}
    x @= True
    return x
t('{1} @= True', f2352)
def f2353():
    x = {1}
    x += "ab"
    return x
t('{1} += "ab"', f2353)
def f2354():
    x = {1}
    x -= "ab"
    return x
t('{1} -= "ab"', f2354)
def f2355():
    x = {1}
    x *= "ab"
    return x
t('{1} *= "ab"', f2355)
def f2356():
    x = {1}
    x /= "ab"
    return x
t('{1} /= "ab"', f2356)
def f2357():
    x = {1}
    x //= "ab"
    return x
t('{1} //= "ab"', f2357)
def f2358():
    x = {1}
    x %= "ab"
    return x
t('{1} %= "ab"', f2358)
def f2359():
    x = {1}
    x **= "ab"
    return x
t('{1} **= "ab"', f2359)
def f2360():
    x = {1}
    x <<= "ab"
    return x
t('{1} <<= "ab"', f2360)
def f2361():
    x = {1}
    x >>= "ab"
    return x
t('{1} >>= "ab"', f2361)
def f2362():
    x = {1}
    x &= "ab"
    return x
t('{1} &= "ab"', f2362)
def f2363():
    x = {1}
    x |= "ab"
    return x
t('{1} |= "ab"', f2363)
def f2364():
    x = {1}
    x ^= "ab"
    return x
t('{1} ^= "ab"', f2364)
def f2365():
    x = {1}
    x @= "ab"
    return x
t('{1} @= "ab"', f2365)
def f2366():
    x = {1}
    x += b"ab"
    return x
t('{1} += b"ab"', f2366)
def f2367():
    x = {1}
    x -= b"ab"
    return x
t('{1} -= b"ab"', f2367)
def f2368():
    x = {1}
    x *= b"ab"
    return x
t('{1} *= b"ab"', f2368)
def f2369():
    x = {1}
    x /= b"ab"
    return x
t('{1} /= b"ab"', f2369)
def f2370():
    x = {1}
    x //= b"ab"
    return x
t('{1} //= b"ab"', f2370)
def f2371():
    x = {1}
    x %= b"ab"
    return x
t('{1} %= b"ab"', f2371)
def f2372():
    x = {1}
    x **= b"ab"
    return x
t('{1} **= b"ab"', f2372)
def f2373():
    x = {1}
    x <<= b"ab"
    return x
t('{1} <<= b"ab"', f2373)
def f2374():
    x = {1}
    x >>= b"ab"
    return x
t('{1} >>= b"ab"', f2374)
def f2375():
    x = {1}
    x &= b"ab"
    return x
t('{1} &= b"ab"', f2375)
def f2376():
    x = {1}
    x |= b"ab"
    return x
t('{1} |= b"ab"', f2376)
def f2377():
    x = {1}
    x ^= b"ab"
    return x
t('{1} ^= b"ab"', f2377)
def f2378():
    x = {1}
    x @= b"ab"
    return x
t('{1} @= b"ab"', f2378)
def f2379():
    x = {1}
    x += bytearray(b"x")
    return x
t('{1} += bytearray(b"x")', f2379)
def f2380():
    x = {1}
    x -= bytearray(b"x")
    return x
t('{1} -= bytearray(b"x")', f2380)
def f2381():
    x = {1}
    x *= bytearray(b"x")
    return x
t('{1} *= bytearray(b"x")', f2381)
def f2382():
    x = {1}
    x /= bytearray(b"x")
    return x
t('{1} /= bytearray(b"x")', f2382)
def f2383():
    x = {1}
    x //= bytearray(b"x")
    return x
t('{1} //= bytearray(b"x")', f2383)
def f2384():
    x = {1}
    x %= bytearray(b"x")
    return x
t('{1} %= bytearray(b"x")', f2384)
def f2385():
    x = {1}
    x **= bytearray(b"x")
    return x
t('{1} **= bytearray(b"x")', f2385)
def f2386():
    x = {1}
    x <<= bytearray(b"x")
    return x
t('{1} <<= bytearray(b"x")', f2386)
def f2387():
    x = {1}
    x >>= bytearray(b"x")
    return x
t('{1} >>= bytearray(b"x")', f2387)
def f2388():
    x = {1}
    x &= bytearray(b"x")
    return x
t('{1} &= bytearray(b"x")', f2388)
def f2389():
    x = {1}
    x |= bytearray(b"x")
    return x
t('{1} |= bytearray(b"x")', f2389)
def f2390():
    x = {1}
    x ^= bytearray(b"x")
    return x
t('{1} ^= bytearray(b"x")', f2390)
def f2391():
    x = {1}
    x @= bytearray(b"x")
    return x
t('{1} @= bytearray(b"x")', f2391)
def f2392():
    x = {1}
    x += [1]
    return x
t('{1} += [1]', f2392)
def f2393():
    x = {1}
    x -= [1]
    return x
t('{1} -= [1]', f2393)
def f2394():
    x = {1}
    x *= [1]
    return x
t('{1} *= [1]', f2394)
def f2395():
    x = {1}
    x /= [1]
    return x
t('{1} /= [1]', f2395)
def f2396():
    x = {1}
    x //= [1]
    return x
t('{1} //= [1]', f2396)
def f2397():
    x = {1}
    x %= [1]
    return x
t('{1} %= [1]', f2397)
def f2398():
    x = {1}
    x **= [1]
    return x
t('{1} **= [1]', f2398)
def f2399():
    x = {1}
    x <<= [1]
    return x
t('{1} <<= [1]', f2399)
def f2400():
    x = {1}
    x >>= [1]
    return x
t('{1} >>= [1]', f2400)
def f2401():
    x = {1}
    x &= [1]
    return x
t('{1} &= [1]', f2401)
def f2402():
    x = {1}
    x |= [1]
    return x
t('{1} |= [1]', f2402)
def f2403():
    x = {1}
    x ^= [1]
    return x
t('{1} ^= [1]', f2403)
def f2404():
    x = {1}
    x @= [1]
    return x
t('{1} @= [1]', f2404)
def f2405():
    x = {1}
    x += (1,)
    return x
t('{1} += (1,)', f2405)
def f2406():
    x = {1}
    x -= (1,)
    return x
t('{1} -= (1,)', f2406)
def f2407():
    x = {1}
    x *= (1,)
    return x
t('{1} *= (1,)', f2407)
def f2408():
    x = {1}
    x /= (1,)
    return x
t('{1} /= (1,)', f2408)
def f2409():
    x = {1}
    x //= (1,)
    return x
t('{1} //= (1,)', f2409)
def f2410():
    x = {1}
    x %= (1,)
    return x
t('{1} %= (1,)', f2410)
def f2411():
    x = {1}
    x **= (1,)
    return x
t('{1} **= (1,)', f2411)
def f2412():
    x = {1}
    x <<= (1,)
    return x
t('{1} <<= (1,)', f2412)
def f2413():
    x = {1}
    x >>= (1,)
    return x
t('{1} >>= (1,)', f2413)
def f2414():
    x = {1}
    x &= (1,)
    return x
t('{1} &= (1,)', f2414)
def f2415():
    x = {1}
    x |= (1,)
    return x
t('{1} |= (1,)', f2415)
def f2416():
    x = {1}
    x ^= (1,)
    return x
t('{1} ^= (1,)', f2416)
def f2417():
    x = {1}
    x @= (1,)
    return x
t('{1} @= (1,)', f2417)
def f2418():
    x = {1}
    x += {1: 2}
    return x
t('{1} += {1: 2}', f2418)
def f2419():
    x = {1}
    x -= {1: 2}
    return x
t('{1} -= {1: 2}', f2419)
def f2420():
    x = {1}
    x *= {1: 2}
    return x
t('{1} *= {1: 2}', f2420)
def f2421():
    x = {1}
    x /= {1: 2}
    return x
t('{1} /= {1: 2}', f2421)
def f2422():
    x = {1}
    x //= {1: 2}
    return x
t('{1} //= {1: 2}', f2422)
def f2423():
    x = {1}
    x %= {1: 2}
    return x
t('{1} %= {1: 2}', f2423)
def f2424():
    x = {1}
    x **= {1: 2}
    return x
t('{1} **= {1: 2}', f2424)
def f2425():
    x = {1}
    x <<= {1: 2}
    return x
t('{1} <<= {1: 2}', f2425)
def f2426():
    x = {1}
    x >>= {1: 2}
    return x
t('{1} >>= {1: 2}', f2426)
def f2427():
    x = {1}
    x &= {1: 2}
    return x
t('{1} &= {1: 2}', f2427)
def f2428():
    x = {1}
    x |= {1: 2}
    return x
t('{1} |= {1: 2}', f2428)
def f2429():
    x = {1}
    x ^= {1: 2}
    return x
t('{1} ^= {1: 2}', f2429)
def f2430():
    x = {1}
    x @= {1: 2}
    return x
t('{1} @= {1: 2}', f2430)
def f2431():
    x = {1}
    x += {1}
    return x
t('{1} += {1}', f2431)
def f2432():
    x = {1}
    x -= {1}
    return x
t('{1} -= {1}', f2432)
def f2433():
    x = {1}
    x *= {1}
    return x
t('{1} *= {1}', f2433)
def f2434():
    x = {1}
    x /= {1}
    return x
t('{1} /= {1}', f2434)
def f2435():
    x = {1}
    x //= {1}
    return x
t('{1} //= {1}', f2435)
def f2436():
    x = {1}
    x %= {1}
    return x
t('{1} %= {1}', f2436)
def f2437():
    x = {1}
    x **= {1}
    return x
t('{1} **= {1}', f2437)
def f2438():
    x = {1}
    x <<= {1}
    return x
t('{1} <<= {1}', f2438)
def f2439():
    x = {1}
    x >>= {1}
    return x
t('{1} >>= {1}', f2439)
def f2440():
    x = {1}
    x &= {1}
    return x
t('{1} &= {1}', f2440)
def f2441():
    x = {1}
    x |= {1}
    return x
t('{1} |= {1}', f2441)
def f2442():
    x = {1}
    x ^= {1}
    return x
t('{1} ^= {1}', f2442)
def f2443():
    x = {1}
    x @= {1}
    return x
t('{1} @= {1}', f2443)
def f2444():
    x = {1}
    x += frozenset({2})
    return x
t('{1} += frozenset({2})', f2444)
def f2445():
    x = {1}
    x -= frozenset({2})
    return x
t('{1} -= frozenset({2})', f2445)
def f2446():
    x = {1}
    x *= frozenset({2})
    return x
t('{1} *= frozenset({2})', f2446)
def f2447():
    x = {1}
    x /= frozenset({2})
    return x
t('{1} /= frozenset({2})', f2447)
def f2448():
    x = {1}
    x //= frozenset({2})
    return x
t('{1} //= frozenset({2})', f2448)
def f2449():
    x = {1}
    x %= frozenset({2})
    return x
t('{1} %= frozenset({2})', f2449)
def f2450():
    x = {1}
    x **= frozenset({2})
    return x
t('{1} **= frozenset({2})', f2450)
def f2451():
    x = {1}
    x <<= frozenset({2})
    return x
t('{1} <<= frozenset({2})', f2451)
def f2452():
    x = {1}
    x >>= frozenset({2})
    return x
t('{1} >>= frozenset({2})', f2452)
def f2453():
    x = {1}
    x &= frozenset({2})
    return x
t('{1} &= frozenset({2})', f2453)
def f2454():
    x = {1}
    x |= frozenset({2})
    return x
t('{1} |= frozenset({2})', f2454)
def f2455():
    x = {1}
    x ^= frozenset({2})
    return x
t('{1} ^= frozenset({2})', f2455)
def f2456():
    x = {1}
    x @= frozenset({2})
    return x
t('{1} @= frozenset({2})', f2456)
def f2457():
    x = {1}
    x += None
    return x
t('{1} += None', f2457)
def f2458():
    x = {1}
    x -= None
    return x
t('{1} -= None', f2458)
def f2459():
    x = {1}
    x *= None
    return x
t('{1} *= None', f2459)
def f2460():
    x = {1}
    x /= None
    return x
t('{1} /= None', f2460)
def f2461():
    x = {1}
    x //= None
    return x
t('{1} //= None', f2461)
def f2462():
    x = {1}
    x %= None
    return x
t('{1} %= None', f2462)
def f2463():
    x = {1}
    x **= None
    return x
t('{1} **= None', f2463)
def f2464():
    x = {1}
    x <<= None
    return x
t('{1} <<= None', f2464)
def f2465():
    x = {1}
    x >>= None
    return x
t('{1} >>= None', f2465)
def f2466():
    x = {1}
    x &= None
    return x
t('{1} &= None', f2466)
def f2467():
    x = {1}
    x |= None
    return x
t('{1} |= None', f2467)
def f2468():
    x = {1}
    x ^= None
    return x
t('{1} ^= None', f2468)
def f2469():
    x = {1}
    x @= None
    return x
t('{1} @= None', f2469)
def f2470():
    x = {1}
    x += range(2)
    return x
t('{1} += range(2)', f2470)
def f2471():
    x = {1}
    x -= range(2)
    return x
t('{1} -= range(2)', f2471)
def f2472():
    x = {1}
    x *= range(2)
    return x
t('{1} *= range(2)', f2472)
def f2473():
    x = {1}
    x /= range(2)
    return x
t('{1} /= range(2)', f2473)
def f2474():
    x = {1}
    x //= range(2)
    return x
t('{1} //= range(2)', f2474)
def f2475():
    x = {1}
    x %= range(2)
    return x
t('{1} %= range(2)', f2475)
def f2476():
    x = {1}
    x **= range(2)
    return x
t('{1} **= range(2)', f2476)
def f2477():
    x = {1}
    x <<= range(2)
    return x
t('{1} <<= range(2)', f2477)
def f2478():
    x = {1}
    x >>= range(2)
    return x
t('{1} >>= range(2)', f2478)
def f2479():
    x = {1}
    x &= range(2)
    return x
t('{1} &= range(2)', f2479)
def f2480():
    x = {1}
    x |= range(2)
    return x
t('{1} |= range(2)', f2480)
def f2481():
    x = {1}
    x ^= range(2)
    return x
t('{1} ^= range(2)', f2481)
def f2482():
    x = {1}
    x @= range(2)
    return x
t('{1} @= range(2)', f2482)
def f2483():
    x = {1}
    x += {1: 2}.keys()
    return x
t('{1} += {1: 2}.keys()', f2483)
def f2484():
    x = {1}
    x -= {1: 2}.keys()
    return x
t('{1} -= {1: 2}.keys()', f2484)
def f2485():
    x = {1}
    x *= {1: 2}.keys()
    return x
t('{1} *= {1: 2}.keys()', f2485)
def f2486():
    x = {1}
    x /= {1: 2}.keys()
    return x
t('{1} /= {1: 2}.keys()', f2486)
def f2487():
    x = {1}
    x //= {1: 2}.keys()
    return x
t('{1} //= {1: 2}.keys()', f2487)
def f2488():
    x = {1}
    x %= {1: 2}.keys()
    return x
t('{1} %= {1: 2}.keys()', f2488)
def f2489():
    x = {1}
    x **= {1: 2}.keys()
    return x
t('{1} **= {1: 2}.keys()', f2489)
def f2490():
    x = {1}
    x <<= {1: 2}.keys()
    return x
t('{1} <<= {1: 2}.keys()', f2490)
def f2491():
    x = {1}
    x >>= {1: 2}.keys()
    return x
t('{1} >>= {1: 2}.keys()', f2491)
def f2492():
    x = {1}
    x &= {1: 2}.keys()
    return x
t('{1} &= {1: 2}.keys()', f2492)
def f2493():
    x = {1}
    x |= {1: 2}.keys()
    return x
t('{1} |= {1: 2}.keys()', f2493)
def f2494():
    x = {1}
    x ^= {1: 2}.keys()
    return x
t('{1} ^= {1: 2}.keys()', f2494)
def f2495():
    x = {1}
    x @= {1: 2}.keys()
    return x
t('{1} @= {1: 2}.keys()', f2495)
def f2496():
    x = {1}
    x += -3
    return x
t('{1} += -3', f2496)
def f2497():
    x = {1}
    x -= -3
    return x
t('{1} -= -3', f2497)
def f2498():
    x = {1}
    x *= -3
    return x
t('{1} *= -3', f2498)
def f2499():
    x = {1}
    x /= -3
    return x
t('{1} /= -3', f2499)
def f2500():
    x = {1}
    x //= -3
    return x
t('{1} //= -3', f2500)
def f2501():
    x = {1}
    x %= -3
    return x
t('{1} %= -3', f2501)
def f2502():
    x = {1}
    x **= -3
    return x
t('{1} **= -3', f2502)
def f2503():
    x = {1}
    x <<= -3
    return x
t('{1} <<= -3', f2503)
def f2504():
    x = {1}
    x >>= -3
    return x
t('{1} >>= -3', f2504)
def f2505():
    x = {1}
    x &= -3
    return x
t('{1} &= -3', f2505)
def f2506():
    x = {1}
    x |= -3
    return x
t('{1} |= -3', f2506)
def f2507():
    x = {1}
    x ^= -3
    return x
t('{1} ^= -3', f2507)
def f2508():
    x = {1}
    x @= -3
    return x
t('{1} @= -3', f2508)
def f2509():
    x = {1}
    x += 0
    return x
t('{1} += 0', f2509)
def f2510():
    x = {1}
    x -= 0
    return x
t('{1} -= 0', f2510)
def f2511():
    x = {1}
    x *= 0
    return x
t('{1} *= 0', f2511)
def f2512():
    x = {1}
    x /= 0
    return x
t('{1} /= 0', f2512)
def f2513():
    x = {1}
    x //= 0
    return x
t('{1} //= 0', f2513)
def f2514():
    x = {1}
    x %= 0
    return x
t('{1} %= 0', f2514)
def f2515():
    x = {1}
    x **= 0
    return x
t('{1} **= 0', f2515)
def f2516():
    x = {1}
    x <<= 0
    return x
t('{1} <<= 0', f2516)
def f2517():
    x = {1}
    x >>= 0
    return x
t('{1} >>= 0', f2517)
def f2518():
    x = {1}
    x &= 0
    return x
t('{1} &= 0', f2518)
def f2519():
    x = {1}
    x |= 0
    return x
t('{1} |= 0', f2519)
def f2520():
    x = {1}
    x ^= 0
    return x
t('{1} ^= 0', f2520)
def f2521():
    x = {1}
    x @= 0
    return x
t('{1} @= 0', f2521)
def f2522():
    x = {1}
    x += 10**20
    return x
t('{1} += 10**20', f2522)
def f2523():
    x = {1}
    x -= 10**20
    return x
t('{1} -= 10**20', f2523)
def f2524():
    x = {1}
    x /= 10**20
    return x
t('{1} /= 10**20', f2524)
def f2525():
    x = {1}
    x //= 10**20
    return x
t('{1} //= 10**20', f2525)
def f2526():
    x = {1}
    x %= 10**20
    return x
t('{1} %= 10**20', f2526)
def f2527():
    x = {1}
    x >>= 10**20
    return x
t('{1} >>= 10**20', f2527)
def f2528():
    x = {1}
    x &= 10**20
    return x
t('{1} &= 10**20', f2528)
def f2529():
    x = {1}
    x |= 10**20
    return x
t('{1} |= 10**20', f2529)
def f2530():
    x = {1}
    x ^= 10**20
    return x
t('{1} ^= 10**20', f2530)
def f2531():
    x = {1}
    x @= 10**20
    return x
t('{1} @= 10**20', f2531)
def f2532():
    x = {1}
    x += []
    return x
t('{1} += []', f2532)
def f2533():
    x = {1}
    x -= []
    return x
t('{1} -= []', f2533)
def f2534():
    x = {1}
    x *= []
    return x
t('{1} *= []', f2534)
def f2535():
    x = {1}
    x /= []
    return x
t('{1} /= []', f2535)
def f2536():
    x = {1}
    x //= []
    return x
t('{1} //= []', f2536)
def f2537():
    x = {1}
    x %= []
    return x
t('{1} %= []', f2537)
def f2538():
    x = {1}
    x **= []
    return x
t('{1} **= []', f2538)
def f2539():
    x = {1}
    x <<= []
    return x
t('{1} <<= []', f2539)
def f2540():
    x = {1}
    x >>= []
    return x
t('{1} >>= []', f2540)
def f2541():
    x = {1}
    x &= []
    return x
t('{1} &= []', f2541)
def f2542():
    x = {1}
    x |= []
    return x
t('{1} |= []', f2542)
def f2543():
    x = {1}
    x ^= []
    return x
t('{1} ^= []', f2543)
def f2544():
    x = {1}
    x @= []
    return x
t('{1} @= []', f2544)
def f2545():
    x = {1}
    x += {}
    return x
t('{1} += {}', f2545)
def f2546():
    x = {1}
    x -= {}
    return x
t('{1} -= {}', f2546)
def f2547():
    x = {1}
    x *= {}
    return x
t('{1} *= {}', f2547)
def f2548():
    x = {1}
    x /= {}
    return x
t('{1} /= {}', f2548)
def f2549():
    x = {1}
    x //= {}
    return x
t('{1} //= {}', f2549)
def f2550():
    x = {1}
    x %= {}
    return x
t('{1} %= {}', f2550)
def f2551():
    x = {1}
    x **= {}
    return x
t('{1} **= {}', f2551)
def f2552():
    x = {1}
    x <<= {}
    return x
t('{1} <<= {}', f2552)
def f2553():
    x = {1}
    x >>= {}
    return x
t('{1} >>= {}', f2553)
def f2554():
    x = {1}
    x &= {}
    return x
t('{1} &= {}', f2554)
def f2555():
    x = {1}
    x |= {}
    return x
t('{1} |= {}', f2555)
def f2556():
    x = {1}
    x ^= {}
    return x
t('{1} ^= {}', f2556)
def f2557():
    x = {1}
    x @= {}
    return x
t('{1} @= {}', f2557)
def f2558():
    x = {1}
    x += "é"
    return x
t('{1} += "é"', f2558)
def f2559():
    x = {1}
    x -= "é"
    return x
t('{1} -= "é"', f2559)
def f2560():
    x = {1}
    x *= "é"
    return x
t('{1} *= "é"', f2560)
def f2561():
    x = {1}
    x /= "é"
    return x
t('{1} /= "é"', f2561)
def f2562():
    x = {1}
    x //= "é"
    return x
t('{1} //= "é"', f2562)
def f2563():
    x = {1}
    x %= "é"
    return x
t('{1} %= "é"', f2563)
def f2564():
    x = {1}
    x **= "é"
    return x
t('{1} **= "é"', f2564)
def f2565():
    x = {1}
    x <<= "é"
    return x
t('{1} <<= "é"', f2565)
def f2566():
    x = {1}
    x >>= "é"
    return x
t('{1} >>= "é"', f2566)
def f2567():
    x = {1}
    x &= "é"
    return x
t('{1} &= "é"', f2567)
def f2568():
    x = {1}
    x |= "é"
    return x
t('{1} |= "é"', f2568)
def f2569():
    x = {1}
    x ^= "é"
    return x
t('{1} ^= "é"', f2569)
def f2570():
    x = {1}
    x @= "é"
    return x
t('{1} @= "é"', f2570)
def f2571():
    x = frozenset({2})
    x += 1
    return x
t('frozenset({2}) += 1', f2571)
def f2572():
    x = frozenset({2})
    x -= 1
    return x
t('frozenset({2}) -= 1', f2572)
def f2573():
    x = frozenset({2})
    x *= 1
    return x
t('frozenset({2}) *= 1', f2573)
def f2574():
    x = frozenset({2})
    x /= 1
    return x
t('frozenset({2}) /= 1', f2574)
def f2575():
    x = frozenset({2})
    x //= 1
    return x
t('frozenset({2}) //= 1', f2575)
def f2576():
    x = frozenset({2})
    x %= 1
    return x
t('frozenset({2}) %= 1', f2576)
def f2577():
    x = frozenset({2})
    x **= 1
    return x
t('frozenset({2}) **= 1', f2577)
def f2578():
    x = frozenset({2})
    x <<= 1
    return x
t('frozenset({2}) <<= 1', f2578)
def f2579():
    x = frozenset({2})
    x >>= 1
    return x
t('frozenset({2}) >>= 1', f2579)
def f2580():
    x = frozenset({2})
    x &= 1
    return x
t('frozenset({2}) &= 1', f2580)
def f2581():
    x = frozenset({2})
    x |= 1
    return x
t('frozenset({2}) |= 1', f2581)
def f2582():
    x = frozenset({2})
    x ^= 1
    return x
t('frozenset({2}) ^= 1', f2582)
def f2583():
    x = frozenset({2})
    x @= 1
    return x
t('frozenset({2}) @= 1', f2583)
def f2584():
    x = frozenset({2})
    x += 2.5
    return x
t('frozenset({2}) += 2.5', f2584)
def f2585():
    x = frozenset({2})
    x -= 2.5
    return x
t('frozenset({2}) -= 2.5', f2585)
def f2586():
    x = frozenset({2})
    x *= 2.5
    return x
t('frozenset({2}) *= 2.5', f2586)
def f2587():
    x = frozenset({2})
    x /= 2.5
    return x
t('frozenset({2}) /= 2.5', f2587)
def f2588():
    x = frozenset({2})
    x //= 2.5
    return x
t('frozenset({2}) //= 2.5', f2588)
def f2589():
    x = frozenset({2})
    x %= 2.5
    return x
t('frozenset({2}) %= 2.5', f2589)
def f2590():
    x = frozenset({2})
    x **= 2.5
    return x
t('frozenset({2}) **= 2.5', f2590)
def f2591():
    x = frozenset({2})
    x <<= 2.5
    return x
t('frozenset({2}) <<= 2.5', f2591)
def f2592():
    x = frozenset({2})
    x >>= 2.5
    return x
t('frozenset({2}) >>= 2.5', f2592)
def f2593():
    x = frozenset({2})
    x &= 2.5
    return x
t('frozenset({2}) &= 2.5', f2593)
def f2594():
    x = frozenset({2})
    x |= 2.5
    return x
t('frozenset({2}) |= 2.5', f2594)
def f2595():
    x = frozenset({2})
    x ^= 2.5
    return x
t('frozenset({2}) ^= 2.5', f2595)
def f2596():
    x = frozenset({2})
    x @= 2.5
    return x
t('frozenset({2}) @= 2.5', f2596)
def f2597():
    x = frozenset({2})
    x += True
    return x
t('frozenset({2}) += True', f2597)
def f2598():
    x = frozenset({2})
    x -= True
    return x
t('frozenset({2}) -= True', f2598)
def f2599():
    x = frozenset({2})
    x *= True
    return x
t('frozenset({2}) *= True', f2599)
def f2600():
    x = frozenset({2})
    x /= True
    return x
t('frozenset({2}) /= True', f2600)
def f2601():
    x = frozenset({2})
    x //= True
    return x
t('frozenset({2}) //= True', f2601)
def f2602():
    x = frozenset({2})
    x %= True
    return x
t('frozenset({2}) %= True', f2602)
def f2603():
    x = frozenset({2})
    x **= True
    return x
t('frozenset({2}) **= True', f2603)
def f2604():
    x = frozenset({2})
    x <<= True
    return x
t('frozenset({2}) <<= True', f2604)
def f2605():
    x = frozenset({2})
    x >>= True
    return x
t('frozenset({2}) >>= True', f2605)
def f2606():
    x = frozenset({2})
    x &= True
    return x
t('frozenset({2}) &= True', f2606)
def f2607():
    x = frozenset({2})
    x |= True
    return x
t('frozenset({2}) |= True', f2607)
def f2608():
    x = frozenset({2})
    x ^= True
    return x
t('frozenset({2}) ^= True', f2608)
def f2609():
    x = frozenset({2})
    x @= True
    return x
t('frozenset({2}) @= True', f2609)
def f2610():
    x = frozenset({2})
    x += "ab"
    return x
t('frozenset({2}) += "ab"', f2610)
def f2611():
    x = frozenset({2})
    x -= "ab"
    return x
t('frozenset({2}) -= "ab"', f2611)
def f2612():
    x = frozenset({2})
    x *= "ab"
    return x
t('frozenset({2}) *= "ab"', f2612)
def f2613():
    x = frozenset({2})
    x /= "ab"
    return x
t('frozenset({2}) /= "ab"', f2613)
def f2614():
    x = frozenset({2})
    x //= "ab"
    return x
t('frozenset({2}) //= "ab"', f2614)
def f2615():
    x = frozenset({2})
    x %= "ab"
    return x
t('frozenset({2}) %= "ab"', f2615)
def f2616():
    x = frozenset({2})
    x **= "ab"
    return x
t('frozenset({2}) **= "ab"', f2616)
def f2617():
    x = frozenset({2})
    x <<= "ab"
    return x
t('frozenset({2}) <<= "ab"', f2617)
def f2618():
    x = frozenset({2})
    x >>= "ab"
    return x
t('frozenset({2}) >>= "ab"', f2618)
def f2619():
    x = frozenset({2})
    x &= "ab"
    return x
t('frozenset({2}) &= "ab"', f2619)
def f2620():
    x = frozenset({2})
    x |= "ab"
    return x
t('frozenset({2}) |= "ab"', f2620)
def f2621():
    x = frozenset({2})
    x ^= "ab"
    return x
t('frozenset({2}) ^= "ab"', f2621)
def f2622():
    x = frozenset({2})
    x @= "ab"
    return x
t('frozenset({2}) @= "ab"', f2622)
def f2623():
    x = frozenset({2})
    x += b"ab"
    return x
t('frozenset({2}) += b"ab"', f2623)
def f2624():
    x = frozenset({2})
    x -= b"ab"
    return x
t('frozenset({2}) -= b"ab"', f2624)
def f2625():
    x = frozenset({2})
    x *= b"ab"
    return x
t('frozenset({2}) *= b"ab"', f2625)
def f2626():
    x = frozenset({2})
    x /= b"ab"
    return x
t('frozenset({2}) /= b"ab"', f2626)
def f2627():
    x = frozenset({2})
    x //= b"ab"
    return x
t('frozenset({2}) //= b"ab"', f2627)
def f2628():
    x = frozenset({2})
    x %= b"ab"
    return x
t('frozenset({2}) %= b"ab"', f2628)
def f2629():
    x = frozenset({2})
    x **= b"ab"
    return x
t('frozenset({2}) **= b"ab"', f2629)
def f2630():
    x = frozenset({2})
    x <<= b"ab"
    return x
t('frozenset({2}) <<= b"ab"', f2630)
def f2631():
    x = frozenset({2})
    x >>= b"ab"
    return x
t('frozenset({2}) >>= b"ab"', f2631)
def f2632():
    x = frozenset({2})
    x &= b"ab"
    return x
t('frozenset({2}) &= b"ab"', f2632)
def f2633():
    x = frozenset({2})
    x |= b"ab"
    return x
t('frozenset({2}) |= b"ab"', f2633)
def f2634():
    x = frozenset({2})
    x ^= b"ab"
    return x
t('frozenset({2}) ^= b"ab"', f2634)
def f2635():
    x = frozenset({2})
    x @= b"ab"
    return x
t('frozenset({2}) @= b"ab"', f2635)
def f2636():
    x = frozenset({2})
    x += bytearray(b"x")
    return x
t('frozenset({2}) += bytearray(b"x")', f2636)
def f2637():
    x = frozenset({2})
    x -= bytearray(b"x")
    return x
t('frozenset({2}) -= bytearray(b"x")', f2637)
def f2638():
    x = frozenset({2})
    x *= bytearray(b"x")
    return x
t('frozenset({2}) *= bytearray(b"x")', f2638)
def f2639():
    x = frozenset({2})
    x /= bytearray(b"x")
    return x
t('frozenset({2}) /= bytearray(b"x")', f2639)
def f2640():
    x = frozenset({2})
    x //= bytearray(b"x")
    return x
t('frozenset({2}) //= bytearray(b"x")', f2640)
def f2641():
    x = frozenset({2})
    x %= bytearray(b"x")
    return x
t('frozenset({2}) %= bytearray(b"x")', f2641)
def f2642():
    x = frozenset({2})
    x **= bytearray(b"x")
    return x
t('frozenset({2}) **= bytearray(b"x")', f2642)
def f2643():
    x = frozenset({2})
    x <<= bytearray(b"x")
    return x
t('frozenset({2}) <<= bytearray(b"x")', f2643)
def f2644():
    x = frozenset({2})
    x >>= bytearray(b"x")
    return x
t('frozenset({2}) >>= bytearray(b"x")', f2644)
def f2645():
    x = frozenset({2})
    x &= bytearray(b"x")
    return x
t('frozenset({2}) &= bytearray(b"x")', f2645)
def f2646():
    x = frozenset({2})
    x |= bytearray(b"x")
    return x
t('frozenset({2}) |= bytearray(b"x")', f2646)
def f2647():
    x = frozenset({2})
    x ^= bytearray(b"x")
    return x
t('frozenset({2}) ^= bytearray(b"x")', f2647)
def f2648():
    x = frozenset({2})
    x @= bytearray(b"x")
    return x
t('frozenset({2}) @= bytearray(b"x")', f2648)
def f2649():
    x = frozenset({2})
    x += [1]
    return x
t('frozenset({2}) += [1]', f2649)
def f2650():
    x = frozenset({2})
    x -= [1]
    return x
t('frozenset({2}) -= [1]', f2650)
def f2651():
    x = frozenset({2})
    x *= [1]
    return x
t('frozenset({2}) *= [1]', f2651)
def f2652():
    x = frozenset({2})
    x /= [1]
    return x
t('frozenset({2}) /= [1]', f2652)
def f2653():
    x = frozenset({2})
    x //= [1]
    return x
t('frozenset({2}) //= [1]', f2653)
def f2654():
    x = frozenset({2})
    x %= [1]
    return x
t('frozenset({2}) %= [1]', f2654)
def f2655():
    x = frozenset({2})
    x **= [1]
    return x
t('frozenset({2}) **= [1]', f2655)
def f2656():
    x = frozenset({2})
    x <<= [1]
    return x
t('frozenset({2}) <<= [1]', f2656)
def f2657():
    x = frozenset({2})
    x >>= [1]
    return x
t('frozenset({2}) >>= [1]', f2657)
def f2658():
    x = frozenset({2})
    x &= [1]
    return x
t('frozenset({2}) &= [1]', f2658)
def f2659():
    x = frozenset({2})
    x |= [1]
    return x
t('frozenset({2}) |= [1]', f2659)
def f2660():
    x = frozenset({2})
    x ^= [1]
    return x
t('frozenset({2}) ^= [1]', f2660)
def f2661():
    x = frozenset({2})
    x @= [1]
    return x
t('frozenset({2}) @= [1]', f2661)
def f2662():
    x = frozenset({2})
    x += (1,)
    return x
t('frozenset({2}) += (1,)', f2662)
def f2663():
    x = frozenset({2})
    x -= (1,)
    return x
t('frozenset({2}) -= (1,)', f2663)
def f2664():
    x = frozenset({2})
    x *= (1,)
    return x
t('frozenset({2}) *= (1,)', f2664)
def f2665():
    x = frozenset({2})
    x /= (1,)
    return x
t('frozenset({2}) /= (1,)', f2665)
def f2666():
    x = frozenset({2})
    x //= (1,)
    return x
t('frozenset({2}) //= (1,)', f2666)
def f2667():
    x = frozenset({2})
    x %= (1,)
    return x
t('frozenset({2}) %= (1,)', f2667)
def f2668():
    x = frozenset({2})
    x **= (1,)
    return x
t('frozenset({2}) **= (1,)', f2668)
def f2669():
    x = frozenset({2})
    x <<= (1,)
    return x
t('frozenset({2}) <<= (1,)', f2669)
def f2670():
    x = frozenset({2})
    x >>= (1,)
    return x
t('frozenset({2}) >>= (1,)', f2670)
def f2671():
    x = frozenset({2})
    x &= (1,)
    return x
t('frozenset({2}) &= (1,)', f2671)
def f2672():
    x = frozenset({2})
    x |= (1,)
    return x
t('frozenset({2}) |= (1,)', f2672)
def f2673():
    x = frozenset({2})
    x ^= (1,)
    return x
t('frozenset({2}) ^= (1,)', f2673)
def f2674():
    x = frozenset({2})
    x @= (1,)
    return x
t('frozenset({2}) @= (1,)', f2674)
def f2675():
    x = frozenset({2})
    x += {1: 2}
    return x
t('frozenset({2}) += {1: 2}', f2675)
def f2676():
    x = frozenset({2})
    x -= {1: 2}
    return x
t('frozenset({2}) -= {1: 2}', f2676)
def f2677():
    x = frozenset({2})
    x *= {1: 2}
    return x
t('frozenset({2}) *= {1: 2}', f2677)
def f2678():
    x = frozenset({2})
    x /= {1: 2}
    return x
t('frozenset({2}) /= {1: 2}', f2678)
def f2679():
    x = frozenset({2})
    x //= {1: 2}
    return x
t('frozenset({2}) //= {1: 2}', f2679)
def f2680():
    x = frozenset({2})
    x %= {1: 2}
    return x
t('frozenset({2}) %= {1: 2}', f2680)
def f2681():
    x = frozenset({2})
    x **= {1: 2}
    return x
t('frozenset({2}) **= {1: 2}', f2681)
def f2682():
    x = frozenset({2})
    x <<= {1: 2}
    return x
t('frozenset({2}) <<= {1: 2}', f2682)
def f2683():
    x = frozenset({2})
    x >>= {1: 2}
    return x
t('frozenset({2}) >>= {1: 2}', f2683)
def f2684():
    x = frozenset({2})
    x &= {1: 2}
    return x
t('frozenset({2}) &= {1: 2}', f2684)
def f2685():
    x = frozenset({2})
    x |= {1: 2}
    return x
t('frozenset({2}) |= {1: 2}', f2685)
def f2686():
    x = frozenset({2})
    x ^= {1: 2}
    return x
t('frozenset({2}) ^= {1: 2}', f2686)
def f2687():
    x = frozenset({2})
    x @= {1: 2}
    return x
t('frozenset({2}) @= {1: 2}', f2687)
def f2688():
    x = frozenset({2})
    x += {1}
    return x
t('frozenset({2}) += {1}', f2688)
def f2689():
    x = frozenset({2})
    x -= {1}
    return x
t('frozenset({2}) -= {1}', f2689)
def f2690():
    x = frozenset({2})
    x *= {1}
    return x
t('frozenset({2}) *= {1}', f2690)
def f2691():
    x = frozenset({2})
    x /= {1}
    return x
t('frozenset({2}) /= {1}', f2691)
def f2692():
    x = frozenset({2})
    x //= {1}
    return x
t('frozenset({2}) //= {1}', f2692)
def f2693():
    x = frozenset({2})
    x %= {1}
    return x
t('frozenset({2}) %= {1}', f2693)
def f2694():
    x = frozenset({2})
    x **= {1}
    return x
t('frozenset({2}) **= {1}', f2694)
def f2695():
    x = frozenset({2})
    x <<= {1}
    return x
t('frozenset({2}) <<= {1}', f2695)
def f2696():
    x = frozenset({2})
    x >>= {1}
    return x
t('frozenset({2}) >>= {1}', f2696)
def f2697():
    x = frozenset({2})
    x &= {1}
    return x
t('frozenset({2}) &= {1}', f2697)
def f2698():
    x = frozenset({2})
    x |= {1}
    return x
t('frozenset({2}) |= {1}', f2698)
def f2699():
    x = frozenset({2})
    x ^= {1}
    return x
t('frozenset({2}) ^= {1}', f2699)
def f2700():
    x = frozenset({2})
    x @= {1}
    return x
t('frozenset({2}) @= {1}', f2700)
def f2701():
    x = frozenset({2})
    x += frozenset({2})
    return x
t('frozenset({2}) += frozenset({2})', f2701)
def f2702():
    x = frozenset({2})
    x -= frozenset({2})
    return x
t('frozenset({2}) -= frozenset({2})', f2702)
def f2703():
    x = frozenset({2})
    x *= frozenset({2})
    return x
t('frozenset({2}) *= frozenset({2})', f2703)
def f2704():
    x = frozenset({2})
    x /= frozenset({2})
    return x
t('frozenset({2}) /= frozenset({2})', f2704)
def f2705():
    x = frozenset({2})
    x //= frozenset({2})
    return x
t('frozenset({2}) //= frozenset({2})', f2705)
def f2706():
    x = frozenset({2})
    x %= frozenset({2})
    return x
t('frozenset({2}) %= frozenset({2})', f2706)
def f2707():
    x = frozenset({2})
    x **= frozenset({2})
    return x
t('frozenset({2}) **= frozenset({2})', f2707)
def f2708():
    x = frozenset({2})
    x <<= frozenset({2})
    return x
t('frozenset({2}) <<= frozenset({2})', f2708)
def f2709():
    x = frozenset({2})
    x >>= frozenset({2})
    return x
t('frozenset({2}) >>= frozenset({2})', f2709)
def f2710():
    x = frozenset({2})
    x &= frozenset({2})
    return x
t('frozenset({2}) &= frozenset({2})', f2710)
def f2711():
    x = frozenset({2})
    x |= frozenset({2})
    return x
t('frozenset({2}) |= frozenset({2})', f2711)
def f2712():
    x = frozenset({2})
    x ^= frozenset({2})
    return x
t('frozenset({2}) ^= frozenset({2})', f2712)
def f2713():
    x = frozenset({2})
    x @= frozenset({2})
    return x
t('frozenset({2}) @= frozenset({2})', f2713)
def f2714():
    x = frozenset({2})
    x += None
    return x
t('frozenset({2}) += None', f2714)
def f2715():
    x = frozenset({2})
    x -= None
    return x
t('frozenset({2}) -= None', f2715)
def f2716():
    x = frozenset({2})
    x *= None
    return x
t('frozenset({2}) *= None', f2716)
def f2717():
    x = frozenset({2})
    x /= None
    return x
t('frozenset({2}) /= None', f2717)
def f2718():
    x = frozenset({2})
    x //= None
    return x
t('frozenset({2}) //= None', f2718)
def f2719():
    x = frozenset({2})
    x %= None
    return x
t('frozenset({2}) %= None', f2719)
def f2720():
    x = frozenset({2})
    x **= None
    return x
t('frozenset({2}) **= None', f2720)
def f2721():
    x = frozenset({2})
    x <<= None
    return x
t('frozenset({2}) <<= None', f2721)
def f2722():
    x = frozenset({2})
    x >>= None
    return x
t('frozenset({2}) >>= None', f2722)
def f2723():
    x = frozenset({2})
    x &= None
    return x
t('frozenset({2}) &= None', f2723)
def f2724():
    x = frozenset({2})
    x |= None
    return x
t('frozenset({2}) |= None', f2724)
def f2725():
    x = frozenset({2})
    x ^= None
    return x
t('frozenset({2}) ^= None', f2725)
def f2726():
    x = frozenset({2})
    x @= None
    return x
t('frozenset({2}) @= None', f2726)
def f2727():
    x = frozenset({2})
    x += range(2)
    return x
t('frozenset({2}) += range(2)', f2727)
def f2728():
    x = frozenset({2})
    x -= range(2)
    return x
t('frozenset({2}) -= range(2)', f2728)
def f2729():
    x = frozenset({2})
    x *= range(2)
    return x
t('frozenset({2}) *= range(2)', f2729)
def f2730():
    x = frozenset({2})
    x /= range(2)
    return x
t('frozenset({2}) /= range(2)', f2730)
def f2731():
    x = frozenset({2})
    x //= range(2)
    return x
t('frozenset({2}) //= range(2)', f2731)
def f2732():
    x = frozenset({2})
    x %= range(2)
    return x
t('frozenset({2}) %= range(2)', f2732)
def f2733():
    x = frozenset({2})
    x **= range(2)
    return x
t('frozenset({2}) **= range(2)', f2733)
def f2734():
    x = frozenset({2})
    x <<= range(2)
    return x
t('frozenset({2}) <<= range(2)', f2734)
def f2735():
    x = frozenset({2})
    x >>= range(2)
    return x
t('frozenset({2}) >>= range(2)', f2735)
def f2736():
    x = frozenset({2})
    x &= range(2)
    return x
t('frozenset({2}) &= range(2)', f2736)
def f2737():
    x = frozenset({2})
    x |= range(2)
    return x
t('frozenset({2}) |= range(2)', f2737)
def f2738():
    x = frozenset({2})
    x ^= range(2)
    return x
t('frozenset({2}) ^= range(2)', f2738)
def f2739():
    x = frozenset({2})
    x @= range(2)
    return x
t('frozenset({2}) @= range(2)', f2739)
def f2740():
    x = frozenset({2})
    x += {1: 2}.keys()
    return x
t('frozenset({2}) += {1: 2}.keys()', f2740)
def f2741():
    x = frozenset({2})
    x -= {1: 2}.keys()
    return x
t('frozenset({2}) -= {1: 2}.keys()', f2741)
def f2742():
    x = frozenset({2})
    x *= {1: 2}.keys()
    return x
t('frozenset({2}) *= {1: 2}.keys()', f2742)
def f2743():
    x = frozenset({2})
    x /= {1: 2}.keys()
    return x
t('frozenset({2}) /= {1: 2}.keys()', f2743)
def f2744():
    x = frozenset({2})
    x //= {1: 2}.keys()
    return x
t('frozenset({2}) //= {1: 2}.keys()', f2744)
def f2745():
    x = frozenset({2})
    x %= {1: 2}.keys()
    return x
t('frozenset({2}) %= {1: 2}.keys()', f2745)
def f2746():
    x = frozenset({2})
    x **= {1: 2}.keys()
    return x
t('frozenset({2}) **= {1: 2}.keys()', f2746)
def f2747():
    x = frozenset({2})
    x <<= {1: 2}.keys()
    return x
t('frozenset({2}) <<= {1: 2}.keys()', f2747)
def f2748():
    x = frozenset({2})
    x >>= {1: 2}.keys()
    return x
t('frozenset({2}) >>= {1: 2}.keys()', f2748)
def f2749():
    x = frozenset({2})
    x &= {1: 2}.keys()
    return x
t('frozenset({2}) &= {1: 2}.keys()', f2749)
def f2750():
    x = frozenset({2})
    x |= {1: 2}.keys()
    return x
t('frozenset({2}) |= {1: 2}.keys()', f2750)
def f2751():
    x = frozenset({2})
    x ^= {1: 2}.keys()
    return x
t('frozenset({2}) ^= {1: 2}.keys()', f2751)
def f2752():
    x = frozenset({2})
    x @= {1: 2}.keys()
    return x
t('frozenset({2}) @= {1: 2}.keys()', f2752)
def f2753():
    x = frozenset({2})
    x += -3
    return x
t('frozenset({2}) += -3', f2753)
def f2754():
    x = frozenset({2})
    x -= -3
    return x
t('frozenset({2}) -= -3', f2754)
def f2755():
    x = frozenset({2})
    x *= -3
    return x
t('frozenset({2}) *= -3', f2755)
def f2756():
    x = frozenset({2})
    x /= -3
    return x
t('frozenset({2}) /= -3', f2756)
def f2757():
    x = frozenset({2})
    x //= -3
    return x
t('frozenset({2}) //= -3', f2757)
def f2758():
    x = frozenset({2})
    x %= -3
    return x
t('frozenset({2}) %= -3', f2758)
def f2759():
    x = frozenset({2})
    x **= -3
    return x
t('frozenset({2}) **= -3', f2759)
def f2760():
    x = frozenset({2})
    x <<= -3
    return x
t('frozenset({2}) <<= -3', f2760)
def f2761():
    x = frozenset({2})
    x >>= -3
    return x
t('frozenset({2}) >>= -3', f2761)
def f2762():
    x = frozenset({2})
    x &= -3
    return x
t('frozenset({2}) &= -3', f2762)
def f2763():
    x = frozenset({2})
    x |= -3
    return x
t('frozenset({2}) |= -3', f2763)
def f2764():
    x = frozenset({2})
    x ^= -3
    return x
t('frozenset({2}) ^= -3', f2764)
def f2765():
    x = frozenset({2})
    x @= -3
    return x
t('frozenset({2}) @= -3', f2765)
def f2766():
    x = frozenset({2})
    x += 0
    return x
t('frozenset({2}) += 0', f2766)
def f2767():
    x = frozenset({2})
    x -= 0
    return x
t('frozenset({2}) -= 0', f2767)
def f2768():
    x = frozenset({2})
    x *= 0
    return x
t('frozenset({2}) *= 0', f2768)
def f2769():
    x = frozenset({2})
    x /= 0
    return x
t('frozenset({2}) /= 0', f2769)
def f2770():
    x = frozenset({2})
    x //= 0
    return x
t('frozenset({2}) //= 0', f2770)
def f2771():
    x = frozenset({2})
    x %= 0
    return x
t('frozenset({2}) %= 0', f2771)
def f2772():
    x = frozenset({2})
    x **= 0
    return x
t('frozenset({2}) **= 0', f2772)
def f2773():
    x = frozenset({2})
    x <<= 0
    return x
t('frozenset({2}) <<= 0', f2773)
def f2774():
    x = frozenset({2})
    x >>= 0
    return x
t('frozenset({2}) >>= 0', f2774)
def f2775():
    x = frozenset({2})
    x &= 0
    return x
t('frozenset({2}) &= 0', f2775)
def f2776():
    x = frozenset({2})
    x |= 0
    return x
t('frozenset({2}) |= 0', f2776)
def f2777():
    x = frozenset({2})
    x ^= 0
    return x
t('frozenset({2}) ^= 0', f2777)
def f2778():
    x = frozenset({2})
    x @= 0
    return x
t('frozenset({2}) @= 0', f2778)
def f2779():
    x = frozenset({2})
    x += 10**20
    return x
t('frozenset({2}) += 10**20', f2779)
def f2780():
    x = frozenset({2})
    x -= 10**20
    return x
t('frozenset({2}) -= 10**20', f2780)
def f2781():
    x = frozenset({2})
    x /= 10**20
    return x
t('frozenset({2}) /= 10**20', f2781)
def f2782():
    x = frozenset({2})
    x //= 10**20
    return x
t('frozenset({2}) //= 10**20', f2782)
def f2783():
    x = frozenset({2})
    x %= 10**20
    return x
t('frozenset({2}) %= 10**20', f2783)
def f2784():
    x = frozenset({2})
    x >>= 10**20
    return x
t('frozenset({2}) >>= 10**20', f2784)
def f2785():
    x = frozenset({2})
    x &= 10**20
    return x
t('frozenset({2}) &= 10**20', f2785)
def f2786():
    x = frozenset({2})
    x |= 10**20
    return x
t('frozenset({2}) |= 10**20', f2786)
def f2787():
    x = frozenset({2})
    x ^= 10**20
    return x
t('frozenset({2}) ^= 10**20', f2787)
def f2788():
    x = frozenset({2})
    x @= 10**20
    return x
t('frozenset({2}) @= 10**20', f2788)
def f2789():
    x = frozenset({2})
    x += []
    return x
t('frozenset({2}) += []', f2789)
def f2790():
    x = frozenset({2})
    x -= []
    return x
t('frozenset({2}) -= []', f2790)
def f2791():
    x = frozenset({2})
    x *= []
    return x
t('frozenset({2}) *= []', f2791)
def f2792():
    x = frozenset({2})
    x /= []
    return x
t('frozenset({2}) /= []', f2792)
def f2793():
    x = frozenset({2})
    x //= []
    return x
t('frozenset({2}) //= []', f2793)
def f2794():
    x = frozenset({2})
    x %= []
    return x
t('frozenset({2}) %= []', f2794)
def f2795():
    x = frozenset({2})
    x **= []
    return x
t('frozenset({2}) **= []', f2795)
def f2796():
    x = frozenset({2})
    x <<= []
    return x
t('frozenset({2}) <<= []', f2796)
def f2797():
    x = frozenset({2})
    x >>= []
    return x
t('frozenset({2}) >>= []', f2797)
def f2798():
    x = frozenset({2})
    x &= []
    return x
t('frozenset({2}) &= []', f2798)
def f2799():
    x = frozenset({2})
    x |= []
    return x
t('frozenset({2}) |= []', f2799)
def f2800():
    x = frozenset({2})
    x ^= []
    return x
t('frozenset({2}) ^= []', f2800)
def f2801():
    x = frozenset({2})
    x @= []
    return x
t('frozenset({2}) @= []', f2801)
def f2802():
    x = frozenset({2})
    x += {}
    return x
t('frozenset({2}) += {}', f2802)
def f2803():
    x = frozenset({2})
    x -= {}
    return x
t('frozenset({2}) -= {}', f2803)
def f2804():
    x = frozenset({2})
    x *= {}
    return x
t('frozenset({2}) *= {}', f2804)
def f2805():
    x = frozenset({2})
    x /= {}
    return x
t('frozenset({2}) /= {}', f2805)
def f2806():
    x = frozenset({2})
    x //= {}
    return x
t('frozenset({2}) //= {}', f2806)
def f2807():
    x = frozenset({2})
    x %= {}
    return x
t('frozenset({2}) %= {}', f2807)
def f2808():
    x = frozenset({2})
    x **= {}
    return x
t('frozenset({2}) **= {}', f2808)
def f2809():
    x = frozenset({2})
    x <<= {}
    return x
t('frozenset({2}) <<= {}', f2809)
def f2810():
    x = frozenset({2})
    x >>= {}
    return x
t('frozenset({2}) >>= {}', f2810)
def f2811():
    x = frozenset({2})
    x &= {}
    return x
t('frozenset({2}) &= {}', f2811)
def f2812():
    x = frozenset({2})
    x |= {}
    return x
t('frozenset({2}) |= {}', f2812)
def f2813():
    x = frozenset({2})
    x ^= {}
    return x
t('frozenset({2}) ^= {}', f2813)
def f2814():
    x = frozenset({2})
    x @= {}
    return x
t('frozenset({2}) @= {}', f2814)
def f2815():
    x = frozenset({2})
    x += "é"
    return x
t('frozenset({2}) += "é"', f2815)
def f2816():
    x = frozenset({2})
    x -= "é"
    return x
t('frozenset({2}) -= "é"', f2816)
def f2817():
    x = frozenset({2})
    x *= "é"
    return x
t('frozenset({2}) *= "é"', f2817)
def f2818():
    x = frozenset({2})
    x /= "é"
    return x
t('frozenset({2}) /= "é"', f2818)
def f2819():
    x = frozenset({2})
    x //= "é"
    return x
t('frozenset({2}) //= "é"', f2819)
def f2820():
    x = frozenset({2})
    x %= "é"
    return x
t('frozenset({2}) %= "é"', f2820)
def f2821():
    x = frozenset({2})
    x **= "é"
    return x
t('frozenset({2}) **= "é"', f2821)
def f2822():
    x = frozenset({2})
    x <<= "é"
    return x
t('frozenset({2}) <<= "é"', f2822)
def f2823():
    x = frozenset({2})
    x >>= "é"
    return x
t('frozenset({2}) >>= "é"', f2823)
def f2824():
    x = frozenset({2})
    x &= "é"
    return x
t('frozenset({2}) &= "é"', f2824)
def f2825():
    x = frozenset({2})
    x |= "é"
    return x
t('frozenset({2}) |= "é"', f2825)
def f2826():
    x = frozenset({2})
    x ^= "é"
    return x
t('frozenset({2}) ^= "é"', f2826)
def f2827():
    x = frozenset({2})
    x @= "é"
    return x
t('frozenset({2}) @= "é"', f2827)
def f2828():
    x = None
    x += 1
    return x
t('None += 1', f2828)
def f2829():
    x = None
    x -= 1
    return x
t('None -= 1', f2829)
def f2830():
    x = None
    x *= 1
    return x
t('None *= 1', f2830)
def f2831():
    x = None
    x /= 1
    return x
t('None /= 1', f2831)
def f2832():
    x = None
    x //= 1
    return x
t('None //= 1', f2832)
def f2833():
    x = None
    x %= 1
    return x
t('None %= 1', f2833)
def f2834():
    x = None
    x **= 1
    return x
t('None **= 1', f2834)
def f2835():
    x = None
    x <<= 1
    return x
t('None <<= 1', f2835)
def f2836():
    x = None
    x >>= 1
    return x
t('None >>= 1', f2836)
def f2837():
    x = None
    x &= 1
    return x
t('None &= 1', f2837)
def f2838():
    x = None
    x |= 1
    return x
t('None |= 1', f2838)
def f2839():
    x = None
    x ^= 1
    return x
t('None ^= 1', f2839)
def f2840():
    x = None
    x @= 1
    return x
t('None @= 1', f2840)
def f2841():
    x = None
    x += 2.5
    return x
t('None += 2.5', f2841)
def f2842():
    x = None
    x -= 2.5
    return x
t('None -= 2.5', f2842)
def f2843():
    x = None
    x *= 2.5
    return x
t('None *= 2.5', f2843)
def f2844():
    x = None
    x /= 2.5
    return x
t('None /= 2.5', f2844)
def f2845():
    x = None
    x //= 2.5
    return x
t('None //= 2.5', f2845)
def f2846():
    x = None
    x %= 2.5
    return x
t('None %= 2.5', f2846)
def f2847():
    x = None
    x **= 2.5
    return x
t('None **= 2.5', f2847)
def f2848():
    x = None
    x <<= 2.5
    return x
t('None <<= 2.5', f2848)
def f2849():
    x = None
    x >>= 2.5
    return x
t('None >>= 2.5', f2849)
def f2850():
    x = None
    x &= 2.5
    return x
t('None &= 2.5', f2850)
def f2851():
    x = None
    x |= 2.5
    return x
t('None |= 2.5', f2851)
def f2852():
    x = None
    x ^= 2.5
    return x
t('None ^= 2.5', f2852)
def f2853():
    x = None
    x @= 2.5
    return x
t('None @= 2.5', f2853)
def f2854():
    x = None
    x += True
    return x
t('None += True', f2854)
def f2855():
    x = None
    x -= True
    return x
t('None -= True', f2855)
def f2856():
    x = None
    x *= True
    return x
t('None *= True', f2856)
def f2857():
    x = None
    x /= True
    return x
t('None /= True', f2857)
def f2858():
    x = None
    x //= True
    return x
t('None //= True', f2858)
def f2859():
    x = None
    x %= True
    return x
t('None %= True', f2859)
def f2860():
    x = None
    x **= True
    return x
t('None **= True', f2860)
def f2861():
    x = None
    x <<= True
    return x
t('None <<= True', f2861)
def f2862():
    x = None
    x >>= True
    return x
t('None >>= True', f2862)
def f2863():
    x = None
    x &= True
    return x
t('None &= True', f2863)
def f2864():
    x = None
    x |= True
    return x
t('None |= True', f2864)
def f2865():
    x = None
    x ^= True
    return x
t('None ^= True', f2865)
def f2866():
    x = None
    x @= True
    return x
t('None @= True', f2866)
def f2867():
    x = None
    x += "ab"
    return x
t('None += "ab"', f2867)
def f2868():
    x = None
    x -= "ab"
    return x
t('None -= "ab"', f2868)
def f2869():
    x = None
    x *= "ab"
    return x
t('None *= "ab"', f2869)
def f2870():
    x = None
    x /= "ab"
    return x
t('None /= "ab"', f2870)
def f2871():
    x = None
    x //= "ab"
    return x
t('None //= "ab"', f2871)
def f2872():
    x = None
    x %= "ab"
    return x
t('None %= "ab"', f2872)
def f2873():
    x = None
    x **= "ab"
    return x
t('None **= "ab"', f2873)
def f2874():
    x = None
    x <<= "ab"
    return x
t('None <<= "ab"', f2874)
def f2875():
    x = None
    x >>= "ab"
    return x
t('None >>= "ab"', f2875)
def f2876():
    x = None
    x &= "ab"
    return x
t('None &= "ab"', f2876)
def f2877():
    x = None
    x |= "ab"
    return x
t('None |= "ab"', f2877)
def f2878():
    x = None
    x ^= "ab"
    return x
t('None ^= "ab"', f2878)
def f2879():
    x = None
    x @= "ab"
    return x
t('None @= "ab"', f2879)
def f2880():
    x = None
    x += b"ab"
    return x
t('None += b"ab"', f2880)
def f2881():
    x = None
    x -= b"ab"
    return x
t('None -= b"ab"', f2881)
def f2882():
    x = None
    x *= b"ab"
    return x
t('None *= b"ab"', f2882)
def f2883():
    x = None
    x /= b"ab"
    return x
t('None /= b"ab"', f2883)
def f2884():
    x = None
    x //= b"ab"
    return x
t('None //= b"ab"', f2884)
def f2885():
    x = None
    x %= b"ab"
    return x
t('None %= b"ab"', f2885)
def f2886():
    x = None
    x **= b"ab"
    return x
t('None **= b"ab"', f2886)
def f2887():
    x = None
    x <<= b"ab"
    return x
t('None <<= b"ab"', f2887)
def f2888():
    x = None
    x >>= b"ab"
    return x
t('None >>= b"ab"', f2888)
def f2889():
    x = None
    x &= b"ab"
    return x
t('None &= b"ab"', f2889)
def f2890():
    x = None
    x |= b"ab"
    return x
t('None |= b"ab"', f2890)
def f2891():
    x = None
    x ^= b"ab"
    return x
t('None ^= b"ab"', f2891)
def f2892():
    x = None
    x @= b"ab"
    return x
t('None @= b"ab"', f2892)
def f2893():
    x = None
    x += bytearray(b"x")
    return x
t('None += bytearray(b"x")', f2893)
def f2894():
    x = None
    x -= bytearray(b"x")
    return x
t('None -= bytearray(b"x")', f2894)
def f2895():
    x = None
    x *= bytearray(b"x")
    return x
t('None *= bytearray(b"x")', f2895)
def f2896():
    x = None
    x /= bytearray(b"x")
    return x
t('None /= bytearray(b"x")', f2896)
def f2897():
    x = None
    x //= bytearray(b"x")
    return x
t('None //= bytearray(b"x")', f2897)
def f2898():
    x = None
    x %= bytearray(b"x")
    return x
t('None %= bytearray(b"x")', f2898)
def f2899():
    x = None
    x **= bytearray(b"x")
    return x
t('None **= bytearray(b"x")', f2899)
def f2900():
    x = None
    x <<= bytearray(b"x")
    return x
t('None <<= bytearray(b"x")', f2900)
def f2901():
    x = None
    x >>= bytearray(b"x")
    return x
t('None >>= bytearray(b"x")', f2901)
def f2902():
    x = None
    x &= bytearray(b"x")
    return x
t('None &= bytearray(b"x")', f2902)
def f2903():
    x = None
    x |= bytearray(b"x")
    return x
t('None |= bytearray(b"x")', f2903)
def f2904():
    x = None
    x ^= bytearray(b"x")
    return x
t('None ^= bytearray(b"x")', f2904)
def f2905():
    x = None
    x @= bytearray(b"x")
    return x
t('None @= bytearray(b"x")', f2905)
def f2906():
    x = None
    x += [1]
    return x
t('None += [1]', f2906)
def f2907():
    x = None
    x -= [1]
    return x
t('None -= [1]', f2907)
def f2908():
    x = None
    x *= [1]
    return x
t('None *= [1]', f2908)
def f2909():
    x = None
    x /= [1]
    return x
t('None /= [1]', f2909)
def f2910():
    x = None
    x //= [1]
    return x
t('None //= [1]', f2910)
def f2911():
    x = None
    x %= [1]
    return x
t('None %= [1]', f2911)
def f2912():
    x = None
    x **= [1]
    return x
t('None **= [1]', f2912)
def f2913():
    x = None
    x <<= [1]
    return x
t('None <<= [1]', f2913)
def f2914():
    x = None
    x >>= [1]
    return x
t('None >>= [1]', f2914)
def f2915():
    x = None
    x &= [1]
    return x
t('None &= [1]', f2915)
def f2916():
    x = None
    x |= [1]
    return x
t('None |= [1]', f2916)
def f2917():
    x = None
    x ^= [1]
    return x
t('None ^= [1]', f2917)
def f2918():
    x = None
    x @= [1]
    return x
t('None @= [1]', f2918)
def f2919():
    x = None
    x += (1,)
    return x
t('None += (1,)', f2919)
def f2920():
    x = None
    x -= (1,)
    return x
t('None -= (1,)', f2920)
def f2921():
    x = None
    x *= (1,)
    return x
t('None *= (1,)', f2921)
def f2922():
    x = None
    x /= (1,)
    return x
t('None /= (1,)', f2922)
def f2923():
    x = None
    x //= (1,)
    return x
t('None //= (1,)', f2923)
def f2924():
    x = None
    x %= (1,)
    return x
t('None %= (1,)', f2924)
def f2925():
    x = None
    x **= (1,)
    return x
t('None **= (1,)', f2925)
def f2926():
    x = None
    x <<= (1,)
    return x
t('None <<= (1,)', f2926)
def f2927():
    x = None
    x >>= (1,)
    return x
t('None >>= (1,)', f2927)
def f2928():
    x = None
    x &= (1,)
    return x
t('None &= (1,)', f2928)
def f2929():
    x = None
    x |= (1,)
    return x
t('None |= (1,)', f2929)
def f2930():
    x = None
    x ^= (1,)
    return x
t('None ^= (1,)', f2930)
def f2931():
    x = None
    x @= (1,)
    return x
t('None @= (1,)', f2931)
def f2932():
    x = None
    x += {1: 2}
    return x
t('None += {1: 2}', f2932)
def f2933():
    x = None
    x -= {1: 2}
    return x
t('None -= {1: 2}', f2933)
def f2934():
    x = None
    x *= {1: 2}
    return x
t('None *= {1: 2}', f2934)
def f2935():
    x = None
    x /= {1: 2}
    return x
t('None /= {1: 2}', f2935)
def f2936():
    x = None
    x //= {1: 2}
    return x
t('None //= {1: 2}', f2936)
def f2937():
    x = None
    x %= {1: 2}
    return x
t('None %= {1: 2}', f2937)
def f2938():
    x = None
    x **= {1: 2}
    return x
t('None **= {1: 2}', f2938)
def f2939():
    x = None
    x <<= {1: 2}
    return x
t('None <<= {1: 2}', f2939)
def f2940():
    x = None
    x >>= {1: 2}
    return x
t('None >>= {1: 2}', f2940)
def f2941():
    x = None
    x &= {1: 2}
    return x
t('None &= {1: 2}', f2941)
def f2942():
    x = None
    x |= {1: 2}
    return x
t('None |= {1: 2}', f2942)
def f2943():
    x = None
    x ^= {1: 2}
    return x
t('None ^= {1: 2}', f2943)
def f2944():
    x = None
    x @= {1: 2}
    return x
t('None @= {1: 2}', f2944)
def f2945():
    x = None
    x += {1}
    return x
t('None += {1}', f2945)
def f2946():
    x = None
    x -= {1}
    return x
t('None -= {1}', f2946)
def f2947():
    x = None
    x *= {1}
    return x
t('None *= {1}', f2947)
def f2948():
    x = None
    x /= {1}
    return x
t('None /= {1}', f2948)
def f2949():
    x = None
    x //= {1}
    return x
t('None //= {1}', f2949)
def f2950():
    x = None
    x %= {1}
    return x
t('None %= {1}', f2950)
def f2951():
    x = None
    x **= {1}
    return x
t('None **= {1}', f2951)
def f2952():
    x = None
    x <<= {1}
    return x
t('None <<= {1}', f2952)
def f2953():
    x = None
    x >>= {1}
    return x
t('None >>= {1}', f2953)
def f2954():
    x = None
    x &= {1}
    return x
t('None &= {1}', f2954)
def f2955():
    x = None
    x |= {1}
    return x
t('None |= {1}', f2955)
def f2956():
    x = None
    x ^= {1}
    return x
t('None ^= {1}', f2956)
def f2957():
    x = None
    x @= {1}
    return x
t('None @= {1}', f2957)
def f2958():
    x = None
    x += frozenset({2})
    return x
t('None += frozenset({2})', f2958)
def f2959():
    x = None
    x -= frozenset({2})
    return x
t('None -= frozenset({2})', f2959)
def f2960():
    x = None
    x *= frozenset({2})
    return x
t('None *= frozenset({2})', f2960)
def f2961():
    x = None
    x /= frozenset({2})
    return x
t('None /= frozenset({2})', f2961)
def f2962():
    x = None
    x //= frozenset({2})
    return x
t('None //= frozenset({2})', f2962)
def f2963():
    x = None
    x %= frozenset({2})
    return x
t('None %= frozenset({2})', f2963)
def f2964():
    x = None
    x **= frozenset({2})
    return x
t('None **= frozenset({2})', f2964)
def f2965():
    x = None
    x <<= frozenset({2})
    return x
t('None <<= frozenset({2})', f2965)
def f2966():
    x = None
    x >>= frozenset({2})
    return x
t('None >>= frozenset({2})', f2966)
def f2967():
    x = None
    x &= frozenset({2})
    return x
t('None &= frozenset({2})', f2967)
def f2968():
    x = None
    x |= frozenset({2})
    return x
t('None |= frozenset({2})', f2968)
def f2969():
    x = None
    x ^= frozenset({2})
    return x
t('None ^= frozenset({2})', f2969)
def f2970():
    x = None
    x @= frozenset({2})
    return x
t('None @= frozenset({2})', f2970)
def f2971():
    x = None
    x += None
    return x
t('None += None', f2971)
def f2972():
    x = None
    x -= None
    return x
t('None -= None', f2972)
def f2973():
    x = None
    x *= None
    return x
t('None *= None', f2973)
def f2974():
    x = None
    x /= None
    return x
t('None /= None', f2974)
def f2975():
    x = None
    x //= None
    return x
t('None //= None', f2975)
def f2976():
    x = None
    x %= None
    return x
t('None %= None', f2976)
def f2977():
    x = None
    x **= None
    return x
t('None **= None', f2977)
def f2978():
    x = None
    x <<= None
    return x
t('None <<= None', f2978)
def f2979():
    x = None
    x >>= None
    return x
t('None >>= None', f2979)
def f2980():
    x = None
    x &= None
    return x
t('None &= None', f2980)
def f2981():
    x = None
    x |= None
    return x
t('None |= None', f2981)
def f2982():
    x = None
    x ^= None
    return x
t('None ^= None', f2982)
def f2983():
    x = None
    x @= None
    return x
t('None @= None', f2983)
def f2984():
    x = None
    x += range(2)
    return x
t('None += range(2)', f2984)
def f2985():
    x = None
    x -= range(2)
    return x
t('None -= range(2)', f2985)
def f2986():
    x = None
    x *= range(2)
    return x
t('None *= range(2)', f2986)
def f2987():
    x = None
    x /= range(2)
    return x
t('None /= range(2)', f2987)
def f2988():
    x = None
    x //= range(2)
    return x
t('None //= range(2)', f2988)
def f2989():
    x = None
    x %= range(2)
    return x
t('None %= range(2)', f2989)
def f2990():
    x = None
    x **= range(2)
    return x
t('None **= range(2)', f2990)
def f2991():
    x = None
    x <<= range(2)
    return x
t('None <<= range(2)', f2991)
def f2992():
    x = None
    x >>= range(2)
    return x
t('None >>= range(2)', f2992)
def f2993():
    x = None
    x &= range(2)
    return x
t('None &= range(2)', f2993)
def f2994():
    x = None
    x |= range(2)
    return x
t('None |= range(2)', f2994)
def f2995():
    x = None
    x ^= range(2)
    return x
t('None ^= range(2)', f2995)
def f2996():
    x = None
    x @= range(2)
    return x
t('None @= range(2)', f2996)
def f2997():
    x = None
    x += {1: 2}.keys()
    return x
t('None += {1: 2}.keys()', f2997)
def f2998():
    x = None
    x -= {1: 2}.keys()
    return x
t('None -= {1: 2}.keys()', f2998)
def f2999():
    x = None
    x *= {1: 2}.keys()
    return x
t('None *= {1: 2}.keys()', f2999)
def f3000():
    x = None
    x /= {1: 2}.keys()
    return x
t('None /= {1: 2}.keys()', f3000)
def f3001():
    x = None
    x //= {1: 2}.keys()
    return x
t('None //= {1: 2}.keys()', f3001)
def f3002():
    x = None
    x %= {1: 2}.keys()
    return x
t('None %= {1: 2}.keys()', f3002)
def f3003():
    x = None
    x **= {1: 2}.keys()
    return x
t('None **= {1: 2}.keys()', f3003)
def f3004():
    x = None
    x <<= {1: 2}.keys()
    return x
t('None <<= {1: 2}.keys()', f3004)
def f3005():
    x = None
    x >>= {1: 2}.keys()
    return x
t('None >>= {1: 2}.keys()', f3005)
def f3006():
    x = None
    x &= {1: 2}.keys()
    return x
t('None &= {1: 2}.keys()', f3006)
def f3007():
    x = None
    x |= {1: 2}.keys()
    return x
t('None |= {1: 2}.keys()', f3007)
def f3008():
    x = None
    x ^= {1: 2}.keys()
    return x
t('None ^= {1: 2}.keys()', f3008)
def f3009():
    x = None
    x @= {1: 2}.keys()
    return x
t('None @= {1: 2}.keys()', f3009)
def f3010():
    x = None
    x += -3
    return x
t('None += -3', f3010)
def f3011():
    x = None
    x -= -3
    return x
t('None -= -3', f3011)
def f3012():
    x = None
    x *= -3
    return x
t('None *= -3', f3012)
def f3013():
    x = None
    x /= -3
    return x
t('None /= -3', f3013)
def f3014():
    x = None
    x //= -3
    return x
t('None //= -3', f3014)
def f3015():
    x = None
    x %= -3
    return x
t('None %= -3', f3015)
def f3016():
    x = None
    x **= -3
    return x
t('None **= -3', f3016)
def f3017():
    x = None
    x <<= -3
    return x
t('None <<= -3', f3017)
def f3018():
    x = None
    x >>= -3
    return x
t('None >>= -3', f3018)
def f3019():
    x = None
    x &= -3
    return x
t('None &= -3', f3019)
def f3020():
    x = None
    x |= -3
    return x
t('None |= -3', f3020)
def f3021():
    x = None
    x ^= -3
    return x
t('None ^= -3', f3021)
def f3022():
    x = None
    x @= -3
    return x
t('None @= -3', f3022)
def f3023():
    x = None
    x += 0
    return x
t('None += 0', f3023)
def f3024():
    x = None
    x -= 0
    return x
t('None -= 0', f3024)
def f3025():
    x = None
    x *= 0
    return x
t('None *= 0', f3025)
def f3026():
    x = None
    x /= 0
    return x
t('None /= 0', f3026)
def f3027():
    x = None
    x //= 0
    return x
t('None //= 0', f3027)
def f3028():
    x = None
    x %= 0
    return x
t('None %= 0', f3028)
def f3029():
    x = None
    x **= 0
    return x
t('None **= 0', f3029)
def f3030():
    x = None
    x <<= 0
    return x
t('None <<= 0', f3030)
def f3031():
    x = None
    x >>= 0
    return x
t('None >>= 0', f3031)
def f3032():
    x = None
    x &= 0
    return x
t('None &= 0', f3032)
def f3033():
    x = None
    x |= 0
    return x
t('None |= 0', f3033)
def f3034():
    x = None
    x ^= 0
    return x
t('None ^= 0', f3034)
def f3035():
    x = None
    x @= 0
    return x
t('None @= 0', f3035)
def f3036():
    x = None
    x += 10**20
    return x
t('None += 10**20', f3036)
def f3037():
    x = None
    x -= 10**20
    return x
t('None -= 10**20', f3037)
def f3038():
    x = None
    x /= 10**20
    return x
t('None /= 10**20', f3038)
def f3039():
    x = None
    x //= 10**20
    return x
t('None //= 10**20', f3039)
def f3040():
    x = None
    x %= 10**20
    return x
t('None %= 10**20', f3040)
def f3041():
    x = None
    x >>= 10**20
    return x
t('None >>= 10**20', f3041)
def f3042():
    x = None
    x &= 10**20
    return x
t('None &= 10**20', f3042)
def f3043():
    x = None
    x |= 10**20
    return x
t('None |= 10**20', f3043)
def f3044():
    x = None
    x ^= 10**20
    return x
t('None ^= 10**20', f3044)
def f3045():
    x = None
    x @= 10**20
    return x
t('None @= 10**20', f3045)
def f3046():
    x = None
    x += []
    return x
t('None += []', f3046)
def f3047():
    x = None
    x -= []
    return x
t('None -= []', f3047)
def f3048():
    x = None
    x *= []
    return x
t('None *= []', f3048)
def f3049():
    x = None
    x /= []
    return x
t('None /= []', f3049)
def f3050():
    x = None
    x //= []
    return x
t('None //= []', f3050)
def f3051():
    x = None
    x %= []
    return x
t('None %= []', f3051)
def f3052():
    x = None
    x **= []
    return x
t('None **= []', f3052)
def f3053():
    x = None
    x <<= []
    return x
t('None <<= []', f3053)
def f3054():
    x = None
    x >>= []
    return x
t('None >>= []', f3054)
def f3055():
    x = None
    x &= []
    return x
t('None &= []', f3055)
def f3056():
    x = None
    x |= []
    return x
t('None |= []', f3056)
def f3057():
    x = None
    x ^= []
    return x
t('None ^= []', f3057)
def f3058():
    x = None
    x @= []
    return x
t('None @= []', f3058)
def f3059():
    x = None
    x += {}
    return x
t('None += {}', f3059)
def f3060():
    x = None
    x -= {}
    return x
t('None -= {}', f3060)
def f3061():
    x = None
    x *= {}
    return x
t('None *= {}', f3061)
def f3062():
    x = None
    x /= {}
    return x
t('None /= {}', f3062)
def f3063():
    x = None
    x //= {}
    return x
t('None //= {}', f3063)
def f3064():
    x = None
    x %= {}
    return x
t('None %= {}', f3064)
def f3065():
    x = None
    x **= {}
    return x
t('None **= {}', f3065)
def f3066():
    x = None
    x <<= {}
    return x
t('None <<= {}', f3066)
def f3067():
    x = None
    x >>= {}
    return x
t('None >>= {}', f3067)
def f3068():
    x = None
    x &= {}
    return x
t('None &= {}', f3068)
def f3069():
    x = None
    x |= {}
    return x
t('None |= {}', f3069)
def f3070():
    x = None
    x ^= {}
    return x
t('None ^= {}', f3070)
def f3071():
    x = None
    x @= {}
    return x
t('None @= {}', f3071)
def f3072():
    x = None
    x += "é"
    return x
t('None += "é"', f3072)
def f3073():
    x = None
    x -= "é"
    return x
t('None -= "é"', f3073)
def f3074():
    x = None
    x *= "é"
    return x
t('None *= "é"', f3074)
def f3075():
    x = None
    x /= "é"
    return x
t('None /= "é"', f3075)
def f3076():
    x = None
    x //= "é"
    return x
t('None //= "é"', f3076)
def f3077():
    x = None
    x %= "é"
    return x
t('None %= "é"', f3077)
def f3078():
    x = None
    x **= "é"
    return x
t('None **= "é"', f3078)
def f3079():
    x = None
    x <<= "é"
    return x
t('None <<= "é"', f3079)
def f3080():
    x = None
    x >>= "é"
    return x
t('None >>= "é"', f3080)
def f3081():
    x = None
    x &= "é"
    return x
t('None &= "é"', f3081)
def f3082():
    x = None
    x |= "é"
    return x
t('None |= "é"', f3082)
def f3083():
    x = None
    x ^= "é"
    return x
t('None ^= "é"', f3083)
def f3084():
    x = None
    x @= "é"
    return x
t('None @= "é"', f3084)
def f3085():
    x = range(2)
    x += 1
    return x
t('range(2) += 1', f3085)
def f3086():
    x = range(2)
    x -= 1
    return x
t('range(2) -= 1', f3086)
def f3087():
    x = range(2)
    x *= 1
    return x
t('range(2) *= 1', f3087)
def f3088():
    x = range(2)
    x /= 1
    return x
t('range(2) /= 1', f3088)
def f3089():
    x = range(2)
    x //= 1
    return x
t('range(2) //= 1', f3089)
def f3090():
    x = range(2)
    x %= 1
    return x
t('range(2) %= 1', f3090)
def f3091():
    x = range(2)
    x **= 1
    return x
t('range(2) **= 1', f3091)
def f3092():
    x = range(2)
    x <<= 1
    return x
t('range(2) <<= 1', f3092)
def f3093():
    x = range(2)
    x >>= 1
    return x
t('range(2) >>= 1', f3093)
def f3094():
    x = range(2)
    x &= 1
    return x
t('range(2) &= 1', f3094)
def f3095():
    x = range(2)
    x |= 1
    return x
t('range(2) |= 1', f3095)
def f3096():
    x = range(2)
    x ^= 1
    return x
t('range(2) ^= 1', f3096)
def f3097():
    x = range(2)
    x @= 1
    return x
t('range(2) @= 1', f3097)
def f3098():
    x = range(2)
    x += 2.5
    return x
t('range(2) += 2.5', f3098)
def f3099():
    x = range(2)
    x -= 2.5
    return x
t('range(2) -= 2.5', f3099)
def f3100():
    x = range(2)
    x *= 2.5
    return x
t('range(2) *= 2.5', f3100)
def f3101():
    x = range(2)
    x /= 2.5
    return x
t('range(2) /= 2.5', f3101)
def f3102():
    x = range(2)
    x //= 2.5
    return x
t('range(2) //= 2.5', f3102)
def f3103():
    x = range(2)
    x %= 2.5
    return x
t('range(2) %= 2.5', f3103)
def f3104():
    x = range(2)
    x **= 2.5
    return x
t('range(2) **= 2.5', f3104)
def f3105():
    x = range(2)
    x <<= 2.5
    return x
t('range(2) <<= 2.5', f3105)
def f3106():
    x = range(2)
    x >>= 2.5
    return x
t('range(2) >>= 2.5', f3106)
def f3107():
    x = range(2)
    x &= 2.5
    return x
t('range(2) &= 2.5', f3107)
def f3108():
    x = range(2)
    x |= 2.5
    return x
t('range(2) |= 2.5', f3108)
def f3109():
    x = range(2)
    x ^= 2.5
    return x
t('range(2) ^= 2.5', f3109)
def f3110():
    x = range(2)
    x @= 2.5
    return x
t('range(2) @= 2.5', f3110)
def f3111():
    x = range(2)
    x += True
    return x
t('range(2) += True', f3111)
def f3112():
    x = range(2)
    x -= True
    return x
t('range(2) -= True', f3112)
def f3113():
    x = range(2)
    x *= True
    return x
t('range(2) *= True', f3113)
def f3114():
    x = range(2)
    x /= True
    return x
t('range(2) /= True', f3114)
def f3115():
    x = range(2)
    x //= True
    return x
t('range(2) //= True', f3115)
def f3116():
    x = range(2)
    x %= True
    return x
t('range(2) %= True', f3116)
def f3117():
    x = range(2)
    x **= True
    return x
t('range(2) **= True', f3117)
def f3118():
    x = range(2)
    x <<= True
    return x
t('range(2) <<= True', f3118)
def f3119():
    x = range(2)
    x >>= True
    return x
t('range(2) >>= True', f3119)
def f3120():
    x = range(2)
    x &= True
    return x
t('range(2) &= True', f3120)
def f3121():
    x = range(2)
    x |= True
    return x
t('range(2) |= True', f3121)
def f3122():
    x = range(2)
    x ^= True
    return x
t('range(2) ^= True', f3122)
def f3123():
    x = range(2)
    x @= True
    return x
t('range(2) @= True', f3123)
def f3124():
    x = range(2)
    x += "ab"
    return x
t('range(2) += "ab"', f3124)
def f3125():
    x = range(2)
    x -= "ab"
    return x
t('range(2) -= "ab"', f3125)
def f3126():
    x = range(2)
    x *= "ab"
    return x
t('range(2) *= "ab"', f3126)
def f3127():
    x = range(2)
    x /= "ab"
    return x
t('range(2) /= "ab"', f3127)
def f3128():
    x = range(2)
    x //= "ab"
    return x
t('range(2) //= "ab"', f3128)
def f3129():
    x = range(2)
    x %= "ab"
    return x
t('range(2) %= "ab"', f3129)
def f3130():
    x = range(2)
    x **= "ab"
    return x
t('range(2) **= "ab"', f3130)
def f3131():
    x = range(2)
    x <<= "ab"
    return x
t('range(2) <<= "ab"', f3131)
def f3132():
    x = range(2)
    x >>= "ab"
    return x
t('range(2) >>= "ab"', f3132)
def f3133():
    x = range(2)
    x &= "ab"
    return x
t('range(2) &= "ab"', f3133)
def f3134():
    x = range(2)
    x |= "ab"
    return x
t('range(2) |= "ab"', f3134)
def f3135():
    x = range(2)
    x ^= "ab"
    return x
t('range(2) ^= "ab"', f3135)
def f3136():
    x = range(2)
    x @= "ab"
    return x
t('range(2) @= "ab"', f3136)
def f3137():
    x = range(2)
    x += b"ab"
    return x
t('range(2) += b"ab"', f3137)
def f3138():
    x = range(2)
    x -= b"ab"
    return x
t('range(2) -= b"ab"', f3138)
def f3139():
    x = range(2)
    x *= b"ab"
    return x
t('range(2) *= b"ab"', f3139)
def f3140():
    x = range(2)
    x /= b"ab"
    return x
t('range(2) /= b"ab"', f3140)
def f3141():
    x = range(2)
    x //= b"ab"
    return x
t('range(2) //= b"ab"', f3141)
def f3142():
    x = range(2)
    x %= b"ab"
    return x
t('range(2) %= b"ab"', f3142)
def f3143():
    x = range(2)
    x **= b"ab"
    return x
t('range(2) **= b"ab"', f3143)
def f3144():
    x = range(2)
    x <<= b"ab"
    return x
t('range(2) <<= b"ab"', f3144)
def f3145():
    x = range(2)
    x >>= b"ab"
    return x
t('range(2) >>= b"ab"', f3145)
def f3146():
    x = range(2)
    x &= b"ab"
    return x
t('range(2) &= b"ab"', f3146)
def f3147():
    x = range(2)
    x |= b"ab"
    return x
t('range(2) |= b"ab"', f3147)
def f3148():
    x = range(2)
    x ^= b"ab"
    return x
t('range(2) ^= b"ab"', f3148)
def f3149():
    x = range(2)
    x @= b"ab"
    return x
t('range(2) @= b"ab"', f3149)
def f3150():
    x = range(2)
    x += bytearray(b"x")
    return x
t('range(2) += bytearray(b"x")', f3150)
def f3151():
    x = range(2)
    x -= bytearray(b"x")
    return x
t('range(2) -= bytearray(b"x")', f3151)
def f3152():
    x = range(2)
    x *= bytearray(b"x")
    return x
t('range(2) *= bytearray(b"x")', f3152)
def f3153():
    x = range(2)
    x /= bytearray(b"x")
    return x
t('range(2) /= bytearray(b"x")', f3153)
def f3154():
    x = range(2)
    x //= bytearray(b"x")
    return x
t('range(2) //= bytearray(b"x")', f3154)
def f3155():
    x = range(2)
    x %= bytearray(b"x")
    return x
t('range(2) %= bytearray(b"x")', f3155)
def f3156():
    x = range(2)
    x **= bytearray(b"x")
    return x
t('range(2) **= bytearray(b"x")', f3156)
def f3157():
    x = range(2)
    x <<= bytearray(b"x")
    return x
t('range(2) <<= bytearray(b"x")', f3157)
def f3158():
    x = range(2)
    x >>= bytearray(b"x")
    return x
t('range(2) >>= bytearray(b"x")', f3158)
def f3159():
    x = range(2)
    x &= bytearray(b"x")
    return x
t('range(2) &= bytearray(b"x")', f3159)
def f3160():
    x = range(2)
    x |= bytearray(b"x")
    return x
t('range(2) |= bytearray(b"x")', f3160)
def f3161():
    x = range(2)
    x ^= bytearray(b"x")
    return x
t('range(2) ^= bytearray(b"x")', f3161)
def f3162():
    x = range(2)
    x @= bytearray(b"x")
    return x
t('range(2) @= bytearray(b"x")', f3162)
def f3163():
    x = range(2)
    x += [1]
    return x
t('range(2) += [1]', f3163)
def f3164():
    x = range(2)
    x -= [1]
    return x
t('range(2) -= [1]', f3164)
def f3165():
    x = range(2)
    x *= [1]
    return x
t('range(2) *= [1]', f3165)
def f3166():
    x = range(2)
    x /= [1]
    return x
t('range(2) /= [1]', f3166)
def f3167():
    x = range(2)
    x //= [1]
    return x
t('range(2) //= [1]', f3167)
def f3168():
    x = range(2)
    x %= [1]
    return x
t('range(2) %= [1]', f3168)
def f3169():
    x = range(2)
    x **= [1]
    return x
t('range(2) **= [1]', f3169)
def f3170():
    x = range(2)
    x <<= [1]
    return x
t('range(2) <<= [1]', f3170)
def f3171():
    x = range(2)
    x >>= [1]
    return x
t('range(2) >>= [1]', f3171)
def f3172():
    x = range(2)
    x &= [1]
    return x
t('range(2) &= [1]', f3172)
def f3173():
    x = range(2)
    x |= [1]
    return x
t('range(2) |= [1]', f3173)
def f3174():
    x = range(2)
    x ^= [1]
    return x
t('range(2) ^= [1]', f3174)
def f3175():
    x = range(2)
    x @= [1]
    return x
t('range(2) @= [1]', f3175)
def f3176():
    x = range(2)
    x += (1,)
    return x
t('range(2) += (1,)', f3176)
def f3177():
    x = range(2)
    x -= (1,)
    return x
t('range(2) -= (1,)', f3177)
def f3178():
    x = range(2)
    x *= (1,)
    return x
t('range(2) *= (1,)', f3178)
def f3179():
    x = range(2)
    x /= (1,)
    return x
t('range(2) /= (1,)', f3179)
def f3180():
    x = range(2)
    x //= (1,)
    return x
t('range(2) //= (1,)', f3180)
def f3181():
    x = range(2)
    x %= (1,)
    return x
t('range(2) %= (1,)', f3181)
def f3182():
    x = range(2)
    x **= (1,)
    return x
t('range(2) **= (1,)', f3182)
def f3183():
    x = range(2)
    x <<= (1,)
    return x
t('range(2) <<= (1,)', f3183)
def f3184():
    x = range(2)
    x >>= (1,)
    return x
t('range(2) >>= (1,)', f3184)
def f3185():
    x = range(2)
    x &= (1,)
    return x
t('range(2) &= (1,)', f3185)
def f3186():
    x = range(2)
    x |= (1,)
    return x
t('range(2) |= (1,)', f3186)
def f3187():
    x = range(2)
    x ^= (1,)
    return x
t('range(2) ^= (1,)', f3187)
def f3188():
    x = range(2)
    x @= (1,)
    return x
t('range(2) @= (1,)', f3188)
def f3189():
    x = range(2)
    x += {1: 2}
    return x
t('range(2) += {1: 2}', f3189)
def f3190():
    x = range(2)
    x -= {1: 2}
    return x
t('range(2) -= {1: 2}', f3190)
def f3191():
    x = range(2)
    x *= {1: 2}
    return x
t('range(2) *= {1: 2}', f3191)
def f3192():
    x = range(2)
    x /= {1: 2}
    return x
t('range(2) /= {1: 2}', f3192)
def f3193():
    x = range(2)
    x //= {1: 2}
    return x
t('range(2) //= {1: 2}', f3193)
def f3194():
    x = range(2)
    x %= {1: 2}
    return x
t('range(2) %= {1: 2}', f3194)
def f3195():
    x = range(2)
    x **= {1: 2}
    return x
t('range(2) **= {1: 2}', f3195)
def f3196():
    x = range(2)
    x <<= {1: 2}
    return x
t('range(2) <<= {1: 2}', f3196)
def f3197():
    x = range(2)
    x >>= {1: 2}
    return x
t('range(2) >>= {1: 2}', f3197)
def f3198():
    x = range(2)
    x &= {1: 2}
    return x
t('range(2) &= {1: 2}', f3198)
def f3199():
    x = range(2)
    x |= {1: 2}
    return x
t('range(2) |= {1: 2}', f3199)
def f3200():
    x = range(2)
    x ^= {1: 2}
    return x
t('range(2) ^= {1: 2}', f3200)
def f3201():
    x = range(2)
    x @= {1: 2}
    return x
t('range(2) @= {1: 2}', f3201)
def f3202():
    x = range(2)
    x += {1}
    return x
t('range(2) += {1}', f3202)
def f3203():
    x = range(2)
    x -= {1}
    return x
t('range(2) -= {1}', f3203)
def f3204():
    x = range(2)
    x *= {1}
    return x
t('range(2) *= {1}', f3204)
def f3205():
    x = range(2)
    x /= {1}
    return x
t('range(2) /= {1}', f3205)
def f3206():
    x = range(2)
    x //= {1}
    return x
t('range(2) //= {1}', f3206)
def f3207():
    x = range(2)
    x %= {1}
    return x
t('range(2) %= {1}', f3207)
def f3208():
    x = range(2)
    x **= {1}
    return x
t('range(2) **= {1}', f3208)
def f3209():
    x = range(2)
    x <<= {1}
    return x
t('range(2) <<= {1}', f3209)
def f3210():
    x = range(2)
    x >>= {1}
    return x
t('range(2) >>= {1}', f3210)
def f3211():
    x = range(2)
    x &= {1}
    return x
t('range(2) &= {1}', f3211)
def f3212():
    x = range(2)
    x |= {1}
    return x
t('range(2) |= {1}', f3212)
def f3213():
    x = range(2)
    x ^= {1}
    return x
t('range(2) ^= {1}', f3213)
def f3214():
    x = range(2)
    x @= {1}
    return x
t('range(2) @= {1}', f3214)
def f3215():
    x = range(2)
    x += frozenset({2})
    return x
t('range(2) += frozenset({2})', f3215)
def f3216():
    x = range(2)
    x -= frozenset({2})
    return x
t('range(2) -= frozenset({2})', f3216)
def f3217():
    x = range(2)
    x *= frozenset({2})
    return x
t('range(2) *= frozenset({2})', f3217)
def f3218():
    x = range(2)
    x /= frozenset({2})
    return x
t('range(2) /= frozenset({2})', f3218)
def f3219():
    x = range(2)
    x //= frozenset({2})
    return x
t('range(2) //= frozenset({2})', f3219)
def f3220():
    x = range(2)
    x %= frozenset({2})
    return x
t('range(2) %= frozenset({2})', f3220)
def f3221():
    x = range(2)
    x **= frozenset({2})
    return x
t('range(2) **= frozenset({2})', f3221)
def f3222():
    x = range(2)
    x <<= frozenset({2})
    return x
t('range(2) <<= frozenset({2})', f3222)
def f3223():
    x = range(2)
    x >>= frozenset({2})
    return x
t('range(2) >>= frozenset({2})', f3223)
def f3224():
    x = range(2)
    x &= frozenset({2})
    return x
t('range(2) &= frozenset({2})', f3224)
def f3225():
    x = range(2)
    x |= frozenset({2})
    return x
t('range(2) |= frozenset({2})', f3225)
def f3226():
    x = range(2)
    x ^= frozenset({2})
    return x
t('range(2) ^= frozenset({2})', f3226)
def f3227():
    x = range(2)
    x @= frozenset({2})
    return x
t('range(2) @= frozenset({2})', f3227)
def f3228():
    x = range(2)
    x += None
    return x
t('range(2) += None', f3228)
def f3229():
    x = range(2)
    x -= None
    return x
t('range(2) -= None', f3229)
def f3230():
    x = range(2)
    x *= None
    return x
t('range(2) *= None', f3230)
def f3231():
    x = range(2)
    x /= None
    return x
t('range(2) /= None', f3231)
def f3232():
    x = range(2)
    x //= None
    return x
t('range(2) //= None', f3232)
def f3233():
    x = range(2)
    x %= None
    return x
t('range(2) %= None', f3233)
def f3234():
    x = range(2)
    x **= None
    return x
t('range(2) **= None', f3234)
def f3235():
    x = range(2)
    x <<= None
    return x
t('range(2) <<= None', f3235)
def f3236():
    x = range(2)
    x >>= None
    return x
t('range(2) >>= None', f3236)
def f3237():
    x = range(2)
    x &= None
    return x
t('range(2) &= None', f3237)
def f3238():
    x = range(2)
    x |= None
    return x
t('range(2) |= None', f3238)
def f3239():
    x = range(2)
    x ^= None
    return x
t('range(2) ^= None', f3239)
def f3240():
    x = range(2)
    x @= None
    return x
t('range(2) @= None', f3240)
def f3241():
    x = range(2)
    x += range(2)
    return x
t('range(2) += range(2)', f3241)
def f3242():
    x = range(2)
    x -= range(2)
    return x
t('range(2) -= range(2)', f3242)
def f3243():
    x = range(2)
    x *= range(2)
    return x
t('range(2) *= range(2)', f3243)
def f3244():
    x = range(2)
    x /= range(2)
    return x
t('range(2) /= range(2)', f3244)
def f3245():
    x = range(2)
    x //= range(2)
    return x
t('range(2) //= range(2)', f3245)
def f3246():
    x = range(2)
    x %= range(2)
    return x
t('range(2) %= range(2)', f3246)
def f3247():
    x = range(2)
    x **= range(2)
    return x
t('range(2) **= range(2)', f3247)
def f3248():
    x = range(2)
    x <<= range(2)
    return x
t('range(2) <<= range(2)', f3248)
def f3249():
    x = range(2)
    x >>= range(2)
    return x
t('range(2) >>= range(2)', f3249)
def f3250():
    x = range(2)
    x &= range(2)
    return x
t('range(2) &= range(2)', f3250)
def f3251():
    x = range(2)
    x |= range(2)
    return x
t('range(2) |= range(2)', f3251)
def f3252():
    x = range(2)
    x ^= range(2)
    return x
t('range(2) ^= range(2)', f3252)
def f3253():
    x = range(2)
    x @= range(2)
    return x
t('range(2) @= range(2)', f3253)
def f3254():
    x = range(2)
    x += {1: 2}.keys()
    return x
t('range(2) += {1: 2}.keys()', f3254)
def f3255():
    x = range(2)
    x -= {1: 2}.keys()
    return x
t('range(2) -= {1: 2}.keys()', f3255)
def f3256():
    x = range(2)
    x *= {1: 2}.keys()
    return x
t('range(2) *= {1: 2}.keys()', f3256)
def f3257():
    x = range(2)
    x /= {1: 2}.keys()
    return x
t('range(2) /= {1: 2}.keys()', f3257)
def f3258():
    x = range(2)
    x //= {1: 2}.keys()
    return x
t('range(2) //= {1: 2}.keys()', f3258)
def f3259():
    x = range(2)
    x %= {1: 2}.keys()
    return x
t('range(2) %= {1: 2}.keys()', f3259)
def f3260():
    x = range(2)
    x **= {1: 2}.keys()
    return x
t('range(2) **= {1: 2}.keys()', f3260)
def f3261():
    x = range(2)
    x <<= {1: 2}.keys()
    return x
t('range(2) <<= {1: 2}.keys()', f3261)
def f3262():
    x = range(2)
    x >>= {1: 2}.keys()
    return x
t('range(2) >>= {1: 2}.keys()', f3262)
def f3263():
    x = range(2)
    x &= {1: 2}.keys()
    return x
t('range(2) &= {1: 2}.keys()', f3263)
def f3264():
    x = range(2)
    x |= {1: 2}.keys()
    return x
t('range(2) |= {1: 2}.keys()', f3264)
def f3265():
    x = range(2)
    x ^= {1: 2}.keys()
    return x
t('range(2) ^= {1: 2}.keys()', f3265)
def f3266():
    x = range(2)
    x @= {1: 2}.keys()
    return x
t('range(2) @= {1: 2}.keys()', f3266)
def f3267():
    x = range(2)
    x += -3
    return x
t('range(2) += -3', f3267)
def f3268():
    x = range(2)
    x -= -3
    return x
t('range(2) -= -3', f3268)
def f3269():
    x = range(2)
    x *= -3
    return x
t('range(2) *= -3', f3269)
def f3270():
    x = range(2)
    x /= -3
    return x
t('range(2) /= -3', f3270)
def f3271():
    x = range(2)
    x //= -3
    return x
t('range(2) //= -3', f3271)
def f3272():
    x = range(2)
    x %= -3
    return x
t('range(2) %= -3', f3272)
def f3273():
    x = range(2)
    x **= -3
    return x
t('range(2) **= -3', f3273)
def f3274():
    x = range(2)
    x <<= -3
    return x
t('range(2) <<= -3', f3274)
def f3275():
    x = range(2)
    x >>= -3
    return x
t('range(2) >>= -3', f3275)
def f3276():
    x = range(2)
    x &= -3
    return x
t('range(2) &= -3', f3276)
def f3277():
    x = range(2)
    x |= -3
    return x
t('range(2) |= -3', f3277)
def f3278():
    x = range(2)
    x ^= -3
    return x
t('range(2) ^= -3', f3278)
def f3279():
    x = range(2)
    x @= -3
    return x
t('range(2) @= -3', f3279)
def f3280():
    x = range(2)
    x += 0
    return x
t('range(2) += 0', f3280)
def f3281():
    x = range(2)
    x -= 0
    return x
t('range(2) -= 0', f3281)
def f3282():
    x = range(2)
    x *= 0
    return x
t('range(2) *= 0', f3282)
def f3283():
    x = range(2)
    x /= 0
    return x
t('range(2) /= 0', f3283)
def f3284():
    x = range(2)
    x //= 0
    return x
t('range(2) //= 0', f3284)
def f3285():
    x = range(2)
    x %= 0
    return x
t('range(2) %= 0', f3285)
def f3286():
    x = range(2)
    x **= 0
    return x
t('range(2) **= 0', f3286)
def f3287():
    x = range(2)
    x <<= 0
    return x
t('range(2) <<= 0', f3287)
def f3288():
    x = range(2)
    x >>= 0
    return x
t('range(2) >>= 0', f3288)
def f3289():
    x = range(2)
    x &= 0
    return x
t('range(2) &= 0', f3289)
def f3290():
    x = range(2)
    x |= 0
    return x
t('range(2) |= 0', f3290)
def f3291():
    x = range(2)
    x ^= 0
    return x
t('range(2) ^= 0', f3291)
def f3292():
    x = range(2)
    x @= 0
    return x
t('range(2) @= 0', f3292)
def f3293():
    x = range(2)
    x += 10**20
    return x
t('range(2) += 10**20', f3293)
def f3294():
    x = range(2)
    x -= 10**20
    return x
t('range(2) -= 10**20', f3294)
def f3295():
    x = range(2)
    x /= 10**20
    return x
t('range(2) /= 10**20', f3295)
def f3296():
    x = range(2)
    x //= 10**20
    return x
t('range(2) //= 10**20', f3296)
def f3297():
    x = range(2)
    x %= 10**20
    return x
t('range(2) %= 10**20', f3297)
def f3298():
    x = range(2)
    x >>= 10**20
    return x
t('range(2) >>= 10**20', f3298)
def f3299():
    x = range(2)
    x &= 10**20
    return x
t('range(2) &= 10**20', f3299)
def f3300():
    x = range(2)
    x |= 10**20
    return x
t('range(2) |= 10**20', f3300)
def f3301():
    x = range(2)
    x ^= 10**20
    return x
t('range(2) ^= 10**20', f3301)
def f3302():
    x = range(2)
    x @= 10**20
    return x
t('range(2) @= 10**20', f3302)
def f3303():
    x = range(2)
    x += []
    return x
t('range(2) += []', f3303)
def f3304():
    x = range(2)
    x -= []
    return x
t('range(2) -= []', f3304)
def f3305():
    x = range(2)
    x *= []
    return x
t('range(2) *= []', f3305)
def f3306():
    x = range(2)
    x /= []
    return x
t('range(2) /= []', f3306)
def f3307():
    x = range(2)
    x //= []
    return x
t('range(2) //= []', f3307)
def f3308():
    x = range(2)
    x %= []
    return x
t('range(2) %= []', f3308)
def f3309():
    x = range(2)
    x **= []
    return x
t('range(2) **= []', f3309)
def f3310():
    x = range(2)
    x <<= []
    return x
t('range(2) <<= []', f3310)
def f3311():
    x = range(2)
    x >>= []
    return x
t('range(2) >>= []', f3311)
def f3312():
    x = range(2)
    x &= []
    return x
t('range(2) &= []', f3312)
def f3313():
    x = range(2)
    x |= []
    return x
t('range(2) |= []', f3313)
def f3314():
    x = range(2)
    x ^= []
    return x
t('range(2) ^= []', f3314)
def f3315():
    x = range(2)
    x @= []
    return x
t('range(2) @= []', f3315)
def f3316():
    x = range(2)
    x += {}
    return x
t('range(2) += {}', f3316)
def f3317():
    x = range(2)
    x -= {}
    return x
t('range(2) -= {}', f3317)
def f3318():
    x = range(2)
    x *= {}
    return x
t('range(2) *= {}', f3318)
def f3319():
    x = range(2)
    x /= {}
    return x
t('range(2) /= {}', f3319)
def f3320():
    x = range(2)
    x //= {}
    return x
t('range(2) //= {}', f3320)
def f3321():
    x = range(2)
    x %= {}
    return x
t('range(2) %= {}', f3321)
def f3322():
    x = range(2)
    x **= {}
    return x
t('range(2) **= {}', f3322)
def f3323():
    x = range(2)
    x <<= {}
    return x
t('range(2) <<= {}', f3323)
def f3324():
    x = range(2)
    x >>= {}
    return x
t('range(2) >>= {}', f3324)
def f3325():
    x = range(2)
    x &= {}
    return x
t('range(2) &= {}', f3325)
def f3326():
    x = range(2)
    x |= {}
    return x
t('range(2) |= {}', f3326)
def f3327():
    x = range(2)
    x ^= {}
    return x
t('range(2) ^= {}', f3327)
def f3328():
    x = range(2)
    x @= {}
    return x
t('range(2) @= {}', f3328)
def f3329():
    x = range(2)
    x += "é"
    return x
t('range(2) += "é"', f3329)
def f3330():
    x = range(2)
    x -= "é"
    return x
t('range(2) -= "é"', f3330)
def f3331():
    x = range(2)
    x *= "é"
    return x
t('range(2) *= "é"', f3331)
def f3332():
    x = range(2)
    x /= "é"
    return x
t('range(2) /= "é"', f3332)
def f3333():
    x = range(2)
    x //= "é"
    return x
t('range(2) //= "é"', f3333)
def f3334():
    x = range(2)
    x %= "é"
    return x
t('range(2) %= "é"', f3334)
def f3335():
    x = range(2)
    x **= "é"
    return x
t('range(2) **= "é"', f3335)
def f3336():
    x = range(2)
    x <<= "é"
    return x
t('range(2) <<= "é"', f3336)
def f3337():
    x = range(2)
    x >>= "é"
    return x
t('range(2) >>= "é"', f3337)
def f3338():
    x = range(2)
    x &= "é"
    return x
t('range(2) &= "é"', f3338)
def f3339():
    x = range(2)
    x |= "é"
    return x
t('range(2) |= "é"', f3339)
def f3340():
    x = range(2)
    x ^= "é"
    return x
t('range(2) ^= "é"', f3340)
def f3341():
    x = range(2)
    x @= "é"
    return x
t('range(2) @= "é"', f3341)
def f3342():
    x = {1: 2}.keys()
    x += 1
    return x
t('{1: 2}.keys() += 1', f3342)
def f3343():
    x = {1: 2}.keys()
    x -= 1
    return x
t('{1: 2}.keys() -= 1', f3343)
def f3344():
    x = {1: 2}.keys()
    x *= 1
    return x
t('{1: 2}.keys() *= 1', f3344)
def f3345():
    x = {1: 2}.keys()
    x /= 1
    return x
t('{1: 2}.keys() /= 1', f3345)
def f3346():
    x = {1: 2}.keys()
    x //= 1
    return x
t('{1: 2}.keys() //= 1', f3346)
def f3347():
    x = {1: 2}.keys()
    x %= 1
    return x
t('{1: 2}.keys() %= 1', f3347)
def f3348():
    x = {1: 2}.keys()
    x **= 1
    return x
t('{1: 2}.keys() **= 1', f3348)
def f3349():
    x = {1: 2}.keys()
    x <<= 1
    return x
t('{1: 2}.keys() <<= 1', f3349)
def f3350():
    x = {1: 2}.keys()
    x >>= 1
    return x
t('{1: 2}.keys() >>= 1', f3350)
def f3351():
    x = {1: 2}.keys()
    x &= 1
    return x
t('{1: 2}.keys() &= 1', f3351)
def f3352():
    x = {1: 2}.keys()
    x |= 1
    return x
t('{1: 2}.keys() |= 1', f3352)
def f3353():
    x = {1: 2}.keys()
    x ^= 1
    return x
t('{1: 2}.keys() ^= 1', f3353)
def f3354():
    x = {1: 2}.keys()
    x @= 1
    return x
t('{1: 2}.keys() @= 1', f3354)
def f3355():
    x = {1: 2}.keys()
    x += 2.5
    return x
t('{1: 2}.keys() += 2.5', f3355)
def f3356():
    x = {1: 2}.keys()
    x -= 2.5
    return x
t('{1: 2}.keys() -= 2.5', f3356)
def f3357():
    x = {1: 2}.keys()
    x *= 2.5
    return x
t('{1: 2}.keys() *= 2.5', f3357)
def f3358():
    x = {1: 2}.keys()
    x /= 2.5
    return x
t('{1: 2}.keys() /= 2.5', f3358)
def f3359():
    x = {1: 2}.keys()
    x //= 2.5
    return x
t('{1: 2}.keys() //= 2.5', f3359)
def f3360():
    x = {1: 2}.keys()
    x %= 2.5
    return x
t('{1: 2}.keys() %= 2.5', f3360)
def f3361():
    x = {1: 2}.keys()
    x **= 2.5
    return x
t('{1: 2}.keys() **= 2.5', f3361)
def f3362():
    x = {1: 2}.keys()
    x <<= 2.5
    return x
t('{1: 2}.keys() <<= 2.5', f3362)
def f3363():
    x = {1: 2}.keys()
    x >>= 2.5
    return x
t('{1: 2}.keys() >>= 2.5', f3363)
def f3364():
    x = {1: 2}.keys()
    x &= 2.5
    return x
t('{1: 2}.keys() &= 2.5', f3364)
def f3365():
    x = {1: 2}.keys()
    x |= 2.5
    return x
t('{1: 2}.keys() |= 2.5', f3365)
def f3366():
    x = {1: 2}.keys()
    x ^= 2.5
    return x
t('{1: 2}.keys() ^= 2.5', f3366)
def f3367():
    x = {1: 2}.keys()
    x @= 2.5
    return x
t('{1: 2}.keys() @= 2.5', f3367)
def f3368():
    x = {1: 2}.keys()
    x += True
    return x
t('{1: 2}.keys() += True', f3368)
def f3369():
    x = {1: 2}.keys()
    x -= True
    return x
t('{1: 2}.keys() -= True', f3369)
def f3370():
    x = {1: 2}.keys()
    x *= True
    return x
t('{1: 2}.keys() *= True', f3370)
def f3371():
    x = {1: 2}.keys()
    x /= True
    return x
t('{1: 2}.keys() /= True', f3371)
def f3372():
    x = {1: 2}.keys()
    x //= True
    return x
t('{1: 2}.keys() //= True', f3372)
def f3373():
    x = {1: 2}.keys()
    x %= True
    return x
t('{1: 2}.keys() %= True', f3373)
def f3374():
    x = {1: 2}.keys()
    x **= True
    return x
t('{1: 2}.keys() **= True', f3374)
def f3375():
    x = {1: 2}.keys()
    x <<= True
    return x
t('{1: 2}.keys() <<= True', f3375)
def f3376():
    x = {1: 2}.keys()
    x >>= True
    return x
t('{1: 2}.keys() >>= True', f3376)
def f3377():
    x = {1: 2}.keys()
    x &= True
    return x
t('{1: 2}.keys() &= True', f3377)
def f3378():
    x = {1: 2}.keys()
    x |= True
    return x
t('{1: 2}.keys() |= True', f3378)
def f3379():
    x = {1: 2}.keys()
    x ^= True
    return x
t('{1: 2}.keys() ^= True', f3379)
def f3380():
    x = {1: 2}.keys()
    x @= True
    return x
t('{1: 2}.keys() @= True', f3380)
def f3381():
    x = {1: 2}.keys()
    x += "ab"
    return x
t('{1: 2}.keys() += "ab"', f3381)
def f3382():
    x = {1: 2}.keys()
    x -= "ab"
    return x
t('{1: 2}.keys() -= "ab"', f3382)
def f3383():
    x = {1: 2}.keys()
    x *= "ab"
    return x
t('{1: 2}.keys() *= "ab"', f3383)
def f3384():
    x = {1: 2}.keys()
    x /= "ab"
    return x
t('{1: 2}.keys() /= "ab"', f3384)
def f3385():
    x = {1: 2}.keys()
    x //= "ab"
    return x
t('{1: 2}.keys() //= "ab"', f3385)
def f3386():
    x = {1: 2}.keys()
    x %= "ab"
    return x
t('{1: 2}.keys() %= "ab"', f3386)
def f3387():
    x = {1: 2}.keys()
    x **= "ab"
    return x
t('{1: 2}.keys() **= "ab"', f3387)
def f3388():
    x = {1: 2}.keys()
    x <<= "ab"
    return x
t('{1: 2}.keys() <<= "ab"', f3388)
def f3389():
    x = {1: 2}.keys()
    x >>= "ab"
    return x
t('{1: 2}.keys() >>= "ab"', f3389)
def f3390():
    x = {1: 2}.keys()
    x &= "ab"
    return x
t('{1: 2}.keys() &= "ab"', f3390)
def f3391():
    x = {1: 2}.keys()
    x |= "ab"
    return x
t('{1: 2}.keys() |= "ab"', f3391)
def f3392():
    x = {1: 2}.keys()
    x ^= "ab"
    return x
t('{1: 2}.keys() ^= "ab"', f3392)
def f3393():
    x = {1: 2}.keys()
    x @= "ab"
    return x
t('{1: 2}.keys() @= "ab"', f3393)
def f3394():
    x = {1: 2}.keys()
    x += b"ab"
    return x
t('{1: 2}.keys() += b"ab"', f3394)
def f3395():
    x = {1: 2}.keys()
    x -= b"ab"
    return x
t('{1: 2}.keys() -= b"ab"', f3395)
def f3396():
    x = {1: 2}.keys()
    x *= b"ab"
    return x
t('{1: 2}.keys() *= b"ab"', f3396)
def f3397():
    x = {1: 2}.keys()
    x /= b"ab"
    return x
t('{1: 2}.keys() /= b"ab"', f3397)
def f3398():
    x = {1: 2}.keys()
    x //= b"ab"
    return x
t('{1: 2}.keys() //= b"ab"', f3398)
def f3399():
    x = {1: 2}.keys()
    x %= b"ab"
    return x
t('{1: 2}.keys() %= b"ab"', f3399)
def f3400():
    x = {1: 2}.keys()
    x **= b"ab"
    return x
t('{1: 2}.keys() **= b"ab"', f3400)
def f3401():
    x = {1: 2}.keys()
    x <<= b"ab"
    return x
t('{1: 2}.keys() <<= b"ab"', f3401)
def f3402():
    x = {1: 2}.keys()
    x >>= b"ab"
    return x
t('{1: 2}.keys() >>= b"ab"', f3402)
def f3403():
    x = {1: 2}.keys()
    x &= b"ab"
    return x
t('{1: 2}.keys() &= b"ab"', f3403)
def f3404():
    x = {1: 2}.keys()
    x |= b"ab"
    return x
t('{1: 2}.keys() |= b"ab"', f3404)
def f3405():
    x = {1: 2}.keys()
    x ^= b"ab"
    return x
t('{1: 2}.keys() ^= b"ab"', f3405)
def f3406():
    x = {1: 2}.keys()
    x @= b"ab"
    return x
t('{1: 2}.keys() @= b"ab"', f3406)
def f3407():
    x = {1: 2}.keys()
    x += bytearray(b"x")
    return x
t('{1: 2}.keys() += bytearray(b"x")', f3407)
def f3408():
    x = {1: 2}.keys()
    x -= bytearray(b"x")
    return x
t('{1: 2}.keys() -= bytearray(b"x")', f3408)
def f3409():
    x = {1: 2}.keys()
    x *= bytearray(b"x")
    return x
t('{1: 2}.keys() *= bytearray(b"x")', f3409)
def f3410():
    x = {1: 2}.keys()
    x /= bytearray(b"x")
    return x
t('{1: 2}.keys() /= bytearray(b"x")', f3410)
def f3411():
    x = {1: 2}.keys()
    x //= bytearray(b"x")
    return x
t('{1: 2}.keys() //= bytearray(b"x")', f3411)
def f3412():
    x = {1: 2}.keys()
    x %= bytearray(b"x")
    return x
t('{1: 2}.keys() %= bytearray(b"x")', f3412)
def f3413():
    x = {1: 2}.keys()
    x **= bytearray(b"x")
    return x
t('{1: 2}.keys() **= bytearray(b"x")', f3413)
def f3414():
    x = {1: 2}.keys()
    x <<= bytearray(b"x")
    return x
t('{1: 2}.keys() <<= bytearray(b"x")', f3414)
def f3415():
    x = {1: 2}.keys()
    x >>= bytearray(b"x")
    return x
t('{1: 2}.keys() >>= bytearray(b"x")', f3415)
def f3416():
    x = {1: 2}.keys()
    x &= bytearray(b"x")
    return x
t('{1: 2}.keys() &= bytearray(b"x")', f3416)
def f3417():
    x = {1: 2}.keys()
    x |= bytearray(b"x")
    return x
t('{1: 2}.keys() |= bytearray(b"x")', f3417)
def f3418():
    x = {1: 2}.keys()
    x ^= bytearray(b"x")
    return x
t('{1: 2}.keys() ^= bytearray(b"x")', f3418)
def f3419():
    x = {1: 2}.keys()
    x @= bytearray(b"x")
    return x
t('{1: 2}.keys() @= bytearray(b"x")', f3419)
def f3420():
    x = {1: 2}.keys()
    x += [1]
    return x
t('{1: 2}.keys() += [1]', f3420)
def f3421():
    x = {1: 2}.keys()
    x -= [1]
    return x
t('{1: 2}.keys() -= [1]', f3421)
def f3422():
    x = {1: 2}.keys()
    x *= [1]
    return x
t('{1: 2}.keys() *= [1]', f3422)
def f3423():
    x = {1: 2}.keys()
    x /= [1]
    return x
t('{1: 2}.keys() /= [1]', f3423)
def f3424():
    x = {1: 2}.keys()
    x //= [1]
    return x
t('{1: 2}.keys() //= [1]', f3424)
def f3425():
    x = {1: 2}.keys()
    x %= [1]
    return x
t('{1: 2}.keys() %= [1]', f3425)
def f3426():
    x = {1: 2}.keys()
    x **= [1]
    return x
t('{1: 2}.keys() **= [1]', f3426)
def f3427():
    x = {1: 2}.keys()
    x <<= [1]
    return x
t('{1: 2}.keys() <<= [1]', f3427)
def f3428():
    x = {1: 2}.keys()
    x >>= [1]
    return x
t('{1: 2}.keys() >>= [1]', f3428)
def f3429():
    x = {1: 2}.keys()
    x &= [1]
    return x
t('{1: 2}.keys() &= [1]', f3429)
def f3430():
    x = {1: 2}.keys()
    x |= [1]
    return x
t('{1: 2}.keys() |= [1]', f3430)
def f3431():
    x = {1: 2}.keys()
    x ^= [1]
    return x
t('{1: 2}.keys() ^= [1]', f3431)
def f3432():
    x = {1: 2}.keys()
    x @= [1]
    return x
t('{1: 2}.keys() @= [1]', f3432)
def f3433():
    x = {1: 2}.keys()
    x += (1,)
    return x
t('{1: 2}.keys() += (1,)', f3433)
def f3434():
    x = {1: 2}.keys()
    x -= (1,)
    return x
t('{1: 2}.keys() -= (1,)', f3434)
def f3435():
    x = {1: 2}.keys()
    x *= (1,)
    return x
t('{1: 2}.keys() *= (1,)', f3435)
def f3436():
    x = {1: 2}.keys()
    x /= (1,)
    return x
t('{1: 2}.keys() /= (1,)', f3436)
def f3437():
    x = {1: 2}.keys()
    x //= (1,)
    return x
t('{1: 2}.keys() //= (1,)', f3437)
def f3438():
    x = {1: 2}.keys()
    x %= (1,)
    return x
t('{1: 2}.keys() %= (1,)', f3438)
def f3439():
    x = {1: 2}.keys()
    x **= (1,)
    return x
t('{1: 2}.keys() **= (1,)', f3439)
def f3440():
    x = {1: 2}.keys()
    x <<= (1,)
    return x
t('{1: 2}.keys() <<= (1,)', f3440)
def f3441():
    x = {1: 2}.keys()
    x >>= (1,)
    return x
t('{1: 2}.keys() >>= (1,)', f3441)
def f3442():
    x = {1: 2}.keys()
    x &= (1,)
    return x
t('{1: 2}.keys() &= (1,)', f3442)
def f3443():
    x = {1: 2}.keys()
    x |= (1,)
    return x
t('{1: 2}.keys() |= (1,)', f3443)
def f3444():
    x = {1: 2}.keys()
    x ^= (1,)
    return x
t('{1: 2}.keys() ^= (1,)', f3444)
def f3445():
    x = {1: 2}.keys()
    x @= (1,)
    return x
t('{1: 2}.keys() @= (1,)', f3445)
def f3446():
    x = {1: 2}.keys()
    x += {1: 2}
    return x
t('{1: 2}.keys() += {1: 2}', f3446)
def f3447():
    x = {1: 2}.keys()
    x -= {1: 2}
    return x
t('{1: 2}.keys() -= {1: 2}', f3447)
def f3448():
    x = {1: 2}.keys()
    x *= {1: 2}
    return x
t('{1: 2}.keys() *= {1: 2}', f3448)
def f3449():
    x = {1: 2}.keys()
    x /= {1: 2}
    return x
t('{1: 2}.keys() /= {1: 2}', f3449)
def f3450():
    x = {1: 2}.keys()
    x //= {1: 2}
    return x
t('{1: 2}.keys() //= {1: 2}', f3450)
def f3451():
    x = {1: 2}.keys()
    x %= {1: 2}
    return x
t('{1: 2}.keys() %= {1: 2}', f3451)
def f3452():
    x = {1: 2}.keys()
    x **= {1: 2}
    return x
t('{1: 2}.keys() **= {1: 2}', f3452)
def f3453():
    x = {1: 2}.keys()
    x <<= {1: 2}
    return x
t('{1: 2}.keys() <<= {1: 2}', f3453)
def f3454():
    x = {1: 2}.keys()
    x >>= {1: 2}
    return x
t('{1: 2}.keys() >>= {1: 2}', f3454)
def f3455():
    x = {1: 2}.keys()
    x &= {1: 2}
    return x
t('{1: 2}.keys() &= {1: 2}', f3455)
def f3456():
    x = {1: 2}.keys()
    x |= {1: 2}
    return x
t('{1: 2}.keys() |= {1: 2}', f3456)
def f3457():
    x = {1: 2}.keys()
    x ^= {1: 2}
    return x
t('{1: 2}.keys() ^= {1: 2}', f3457)
def f3458():
    x = {1: 2}.keys()
    x @= {1: 2}
    return x
t('{1: 2}.keys() @= {1: 2}', f3458)
def f3459():
    x = {1: 2}.keys()
    x += {1}
    return x
t('{1: 2}.keys() += {1}', f3459)
def f3460():
    x = {1: 2}.keys()
    x -= {1}
    return x
t('{1: 2}.keys() -= {1}', f3460)
def f3461():
    x = {1: 2}.keys()
    x *= {1}
    return x
t('{1: 2}.keys() *= {1}', f3461)
def f3462():
    x = {1: 2}.keys()
    x /= {1}
    return x
t('{1: 2}.keys() /= {1}', f3462)
def f3463():
    x = {1: 2}.keys()
    x //= {1}
    return x
t('{1: 2}.keys() //= {1}', f3463)
def f3464():
    x = {1: 2}.keys()
    x %= {1}
    return x
t('{1: 2}.keys() %= {1}', f3464)
def f3465():
    x = {1: 2}.keys()
    x **= {1}
    return x
t('{1: 2}.keys() **= {1}', f3465)
def f3466():
    x = {1: 2}.keys()
    x <<= {1}
    return x
t('{1: 2}.keys() <<= {1}', f3466)
def f3467():
    x = {1: 2}.keys()
    x >>= {1}
    return x
t('{1: 2}.keys() >>= {1}', f3467)
def f3468():
    x = {1: 2}.keys()
    x &= {1}
    return x
t('{1: 2}.keys() &= {1}', f3468)
def f3469():
    x = {1: 2}.keys()
    x |= {1}
    return x
t('{1: 2}.keys() |= {1}', f3469)
def f3470():
    x = {1: 2}.keys()
    x ^= {1}
    return x
t('{1: 2}.keys() ^= {1}', f3470)
def f3471():
    x = {1: 2}.keys()
    x @= {1}
    return x
t('{1: 2}.keys() @= {1}', f3471)
def f3472():
    x = {1: 2}.keys()
    x += frozenset({2})
    return x
t('{1: 2}.keys() += frozenset({2})', f3472)
def f3473():
    x = {1: 2}.keys()
    x -= frozenset({2})
    return x
t('{1: 2}.keys() -= frozenset({2})', f3473)
def f3474():
    x = {1: 2}.keys()
    x *= frozenset({2})
    return x
t('{1: 2}.keys() *= frozenset({2})', f3474)
def f3475():
    x = {1: 2}.keys()
    x /= frozenset({2})
    return x
t('{1: 2}.keys() /= frozenset({2})', f3475)
def f3476():
    x = {1: 2}.keys()
    x //= frozenset({2})
    return x
t('{1: 2}.keys() //= frozenset({2})', f3476)
def f3477():
    x = {1: 2}.keys()
    x %= frozenset({2})
    return x
t('{1: 2}.keys() %= frozenset({2})', f3477)
def f3478():
    x = {1: 2}.keys()
    x **= frozenset({2})
    return x
t('{1: 2}.keys() **= frozenset({2})', f3478)
def f3479():
    x = {1: 2}.keys()
    x <<= frozenset({2})
    return x
t('{1: 2}.keys() <<= frozenset({2})', f3479)
def f3480():
    x = {1: 2}.keys()
    x >>= frozenset({2})
    return x
t('{1: 2}.keys() >>= frozenset({2})', f3480)
def f3481():
    x = {1: 2}.keys()
    x &= frozenset({2})
    return x
t('{1: 2}.keys() &= frozenset({2})', f3481)
def f3482():
    x = {1: 2}.keys()
    x |= frozenset({2})
    return x
t('{1: 2}.keys() |= frozenset({2})', f3482)
def f3483():
    x = {1: 2}.keys()
    x ^= frozenset({2})
    return x
t('{1: 2}.keys() ^= frozenset({2})', f3483)
def f3484():
    x = {1: 2}.keys()
    x @= frozenset({2})
    return x
t('{1: 2}.keys() @= frozenset({2})', f3484)
def f3485():
    x = {1: 2}.keys()
    x += None
    return x
t('{1: 2}.keys() += None', f3485)
def f3486():
    x = {1: 2}.keys()
    x -= None
    return x
t('{1: 2}.keys() -= None', f3486)
def f3487():
    x = {1: 2}.keys()
    x *= None
    return x
t('{1: 2}.keys() *= None', f3487)
def f3488():
    x = {1: 2}.keys()
    x /= None
    return x
t('{1: 2}.keys() /= None', f3488)
def f3489():
    x = {1: 2}.keys()
    x //= None
    return x
t('{1: 2}.keys() //= None', f3489)
def f3490():
    x = {1: 2}.keys()
    x %= None
    return x
t('{1: 2}.keys() %= None', f3490)
def f3491():
    x = {1: 2}.keys()
    x **= None
    return x
t('{1: 2}.keys() **= None', f3491)
def f3492():
    x = {1: 2}.keys()
    x <<= None
    return x
t('{1: 2}.keys() <<= None', f3492)
def f3493():
    x = {1: 2}.keys()
    x >>= None
    return x
t('{1: 2}.keys() >>= None', f3493)
def f3494():
    x = {1: 2}.keys()
    x &= None
    return x
t('{1: 2}.keys() &= None', f3494)
def f3495():
    x = {1: 2}.keys()
    x |= None
    return x
t('{1: 2}.keys() |= None', f3495)
def f3496():
    x = {1: 2}.keys()
    x ^= None
    return x
t('{1: 2}.keys() ^= None', f3496)
def f3497():
    x = {1: 2}.keys()
    x @= None
    return x
t('{1: 2}.keys() @= None', f3497)
def f3498():
    x = {1: 2}.keys()
    x += range(2)
    return x
t('{1: 2}.keys() += range(2)', f3498)
def f3499():
    x = {1: 2}.keys()
    x -= range(2)
    return x
t('{1: 2}.keys() -= range(2)', f3499)
def f3500():
    x = {1: 2}.keys()
    x *= range(2)
    return x
t('{1: 2}.keys() *= range(2)', f3500)
def f3501():
    x = {1: 2}.keys()
    x /= range(2)
    return x
t('{1: 2}.keys() /= range(2)', f3501)
def f3502():
    x = {1: 2}.keys()
    x //= range(2)
    return x
t('{1: 2}.keys() //= range(2)', f3502)
def f3503():
    x = {1: 2}.keys()
    x %= range(2)
    return x
t('{1: 2}.keys() %= range(2)', f3503)
def f3504():
    x = {1: 2}.keys()
    x **= range(2)
    return x
t('{1: 2}.keys() **= range(2)', f3504)
def f3505():
    x = {1: 2}.keys()
    x <<= range(2)
    return x
t('{1: 2}.keys() <<= range(2)', f3505)
def f3506():
    x = {1: 2}.keys()
    x >>= range(2)
    return x
t('{1: 2}.keys() >>= range(2)', f3506)
def f3507():
    x = {1: 2}.keys()
    x &= range(2)
    return x
t('{1: 2}.keys() &= range(2)', f3507)
def f3508():
    x = {1: 2}.keys()
    x |= range(2)
    return x
t('{1: 2}.keys() |= range(2)', f3508)
def f3509():
    x = {1: 2}.keys()
    x ^= range(2)
    return x
t('{1: 2}.keys() ^= range(2)', f3509)
def f3510():
    x = {1: 2}.keys()
    x @= range(2)
    return x
t('{1: 2}.keys() @= range(2)', f3510)
def f3511():
    x = {1: 2}.keys()
    x += {1: 2}.keys()
    return x
t('{1: 2}.keys() += {1: 2}.keys()', f3511)
def f3512():
    x = {1: 2}.keys()
    x -= {1: 2}.keys()
    return x
t('{1: 2}.keys() -= {1: 2}.keys()', f3512)
def f3513():
    x = {1: 2}.keys()
    x *= {1: 2}.keys()
    return x
t('{1: 2}.keys() *= {1: 2}.keys()', f3513)
def f3514():
    x = {1: 2}.keys()
    x /= {1: 2}.keys()
    return x
t('{1: 2}.keys() /= {1: 2}.keys()', f3514)
def f3515():
    x = {1: 2}.keys()
    x //= {1: 2}.keys()
    return x
t('{1: 2}.keys() //= {1: 2}.keys()', f3515)
def f3516():
    x = {1: 2}.keys()
    x %= {1: 2}.keys()
    return x
t('{1: 2}.keys() %= {1: 2}.keys()', f3516)
def f3517():
    x = {1: 2}.keys()
    x **= {1: 2}.keys()
    return x
t('{1: 2}.keys() **= {1: 2}.keys()', f3517)
def f3518():
    x = {1: 2}.keys()
    x <<= {1: 2}.keys()
    return x
t('{1: 2}.keys() <<= {1: 2}.keys()', f3518)
def f3519():
    x = {1: 2}.keys()
    x >>= {1: 2}.keys()
    return x
t('{1: 2}.keys() >>= {1: 2}.keys()', f3519)
def f3520():
    x = {1: 2}.keys()
    x &= {1: 2}.keys()
    return x
t('{1: 2}.keys() &= {1: 2}.keys()', f3520)
def f3521():
    x = {1: 2}.keys()
    x |= {1: 2}.keys()
    return x
t('{1: 2}.keys() |= {1: 2}.keys()', f3521)
def f3522():
    x = {1: 2}.keys()
    x ^= {1: 2}.keys()
    return x
t('{1: 2}.keys() ^= {1: 2}.keys()', f3522)
def f3523():
    x = {1: 2}.keys()
    x @= {1: 2}.keys()
    return x
t('{1: 2}.keys() @= {1: 2}.keys()', f3523)
def f3524():
    x = {1: 2}.keys()
    x += -3
    return x
t('{1: 2}.keys() += -3', f3524)
def f3525():
    x = {1: 2}.keys()
    x -= -3
    return x
t('{1: 2}.keys() -= -3', f3525)
def f3526():
    x = {1: 2}.keys()
    x *= -3
    return x
t('{1: 2}.keys() *= -3', f3526)
def f3527():
    x = {1: 2}.keys()
    x /= -3
    return x
t('{1: 2}.keys() /= -3', f3527)
def f3528():
    x = {1: 2}.keys()
    x //= -3
    return x
t('{1: 2}.keys() //= -3', f3528)
def f3529():
    x = {1: 2}.keys()
    x %= -3
    return x
t('{1: 2}.keys() %= -3', f3529)
def f3530():
    x = {1: 2}.keys()
    x **= -3
    return x
t('{1: 2}.keys() **= -3', f3530)
def f3531():
    x = {1: 2}.keys()
    x <<= -3
    return x
t('{1: 2}.keys() <<= -3', f3531)
def f3532():
    x = {1: 2}.keys()
    x >>= -3
    return x
t('{1: 2}.keys() >>= -3', f3532)
def f3533():
    x = {1: 2}.keys()
    x &= -3
    return x
t('{1: 2}.keys() &= -3', f3533)
def f3534():
    x = {1: 2}.keys()
    x |= -3
    return x
t('{1: 2}.keys() |= -3', f3534)
def f3535():
    x = {1: 2}.keys()
    x ^= -3
    return x
t('{1: 2}.keys() ^= -3', f3535)
def f3536():
    x = {1: 2}.keys()
    x @= -3
    return x
t('{1: 2}.keys() @= -3', f3536)
def f3537():
    x = {1: 2}.keys()
    x += 0
    return x
t('{1: 2}.keys() += 0', f3537)
def f3538():
    x = {1: 2}.keys()
    x -= 0
    return x
t('{1: 2}.keys() -= 0', f3538)
def f3539():
    x = {1: 2}.keys()
    x *= 0
    return x
t('{1: 2}.keys() *= 0', f3539)
def f3540():
    x = {1: 2}.keys()
    x /= 0
    return x
t('{1: 2}.keys() /= 0', f3540)
def f3541():
    x = {1: 2}.keys()
    x //= 0
    return x
t('{1: 2}.keys() //= 0', f3541)
def f3542():
    x = {1: 2}.keys()
    x %= 0
    return x
t('{1: 2}.keys() %= 0', f3542)
def f3543():
    x = {1: 2}.keys()
    x **= 0
    return x
t('{1: 2}.keys() **= 0', f3543)
def f3544():
    x = {1: 2}.keys()
    x <<= 0
    return x
t('{1: 2}.keys() <<= 0', f3544)
def f3545():
    x = {1: 2}.keys()
    x >>= 0
    return x
t('{1: 2}.keys() >>= 0', f3545)
def f3546():
    x = {1: 2}.keys()
    x &= 0
    return x
t('{1: 2}.keys() &= 0', f3546)
def f3547():
    x = {1: 2}.keys()
    x |= 0
    return x
t('{1: 2}.keys() |= 0', f3547)
def f3548():
    x = {1: 2}.keys()
    x ^= 0
    return x
t('{1: 2}.keys() ^= 0', f3548)
def f3549():
    x = {1: 2}.keys()
    x @= 0
    return x
t('{1: 2}.keys() @= 0', f3549)
def f3550():
    x = {1: 2}.keys()
    x += 10**20
    return x
t('{1: 2}.keys() += 10**20', f3550)
def f3551():
    x = {1: 2}.keys()
    x -= 10**20
    return x
t('{1: 2}.keys() -= 10**20', f3551)
def f3552():
    x = {1: 2}.keys()
    x /= 10**20
    return x
t('{1: 2}.keys() /= 10**20', f3552)
def f3553():
    x = {1: 2}.keys()
    x //= 10**20
    return x
t('{1: 2}.keys() //= 10**20', f3553)
def f3554():
    x = {1: 2}.keys()
    x %= 10**20
    return x
t('{1: 2}.keys() %= 10**20', f3554)
def f3555():
    x = {1: 2}.keys()
    x >>= 10**20
    return x
t('{1: 2}.keys() >>= 10**20', f3555)
def f3556():
    x = {1: 2}.keys()
    x &= 10**20
    return x
t('{1: 2}.keys() &= 10**20', f3556)
def f3557():
    x = {1: 2}.keys()
    x |= 10**20
    return x
t('{1: 2}.keys() |= 10**20', f3557)
def f3558():
    x = {1: 2}.keys()
    x ^= 10**20
    return x
t('{1: 2}.keys() ^= 10**20', f3558)
def f3559():
    x = {1: 2}.keys()
    x @= 10**20
    return x
t('{1: 2}.keys() @= 10**20', f3559)
def f3560():
    x = {1: 2}.keys()
    x += []
    return x
t('{1: 2}.keys() += []', f3560)
def f3561():
    x = {1: 2}.keys()
    x -= []
    return x
t('{1: 2}.keys() -= []', f3561)
def f3562():
    x = {1: 2}.keys()
    x *= []
    return x
t('{1: 2}.keys() *= []', f3562)
def f3563():
    x = {1: 2}.keys()
    x /= []
    return x
t('{1: 2}.keys() /= []', f3563)
def f3564():
    x = {1: 2}.keys()
    x //= []
    return x
t('{1: 2}.keys() //= []', f3564)
def f3565():
    x = {1: 2}.keys()
    x %= []
    return x
t('{1: 2}.keys() %= []', f3565)
def f3566():
    x = {1: 2}.keys()
    x **= []
    return x
t('{1: 2}.keys() **= []', f3566)
def f3567():
    x = {1: 2}.keys()
    x <<= []
    return x
t('{1: 2}.keys() <<= []', f3567)
def f3568():
    x = {1: 2}.keys()
    x >>= []
    return x
t('{1: 2}.keys() >>= []', f3568)
def f3569():
    x = {1: 2}.keys()
    x &= []
    return x
t('{1: 2}.keys() &= []', f3569)
def f3570():
    x = {1: 2}.keys()
    x |= []
    return x
t('{1: 2}.keys() |= []', f3570)
def f3571():
    x = {1: 2}.keys()
    x ^= []
    return x
t('{1: 2}.keys() ^= []', f3571)
def f3572():
    x = {1: 2}.keys()
    x @= []
    return x
t('{1: 2}.keys() @= []', f3572)
def f3573():
    x = {1: 2}.keys()
    x += {}
    return x
t('{1: 2}.keys() += {}', f3573)
def f3574():
    x = {1: 2}.keys()
    x -= {}
    return x
t('{1: 2}.keys() -= {}', f3574)
def f3575():
    x = {1: 2}.keys()
    x *= {}
    return x
t('{1: 2}.keys() *= {}', f3575)
def f3576():
    x = {1: 2}.keys()
    x /= {}
    return x
t('{1: 2}.keys() /= {}', f3576)
def f3577():
    x = {1: 2}.keys()
    x //= {}
    return x
t('{1: 2}.keys() //= {}', f3577)
def f3578():
    x = {1: 2}.keys()
    x %= {}
    return x
t('{1: 2}.keys() %= {}', f3578)
def f3579():
    x = {1: 2}.keys()
    x **= {}
    return x
t('{1: 2}.keys() **= {}', f3579)
def f3580():
    x = {1: 2}.keys()
    x <<= {}
    return x
t('{1: 2}.keys() <<= {}', f3580)
def f3581():
    x = {1: 2}.keys()
    x >>= {}
    return x
t('{1: 2}.keys() >>= {}', f3581)
def f3582():
    x = {1: 2}.keys()
    x &= {}
    return x
t('{1: 2}.keys() &= {}', f3582)
def f3583():
    x = {1: 2}.keys()
    x |= {}
    return x
t('{1: 2}.keys() |= {}', f3583)
def f3584():
    x = {1: 2}.keys()
    x ^= {}
    return x
t('{1: 2}.keys() ^= {}', f3584)
def f3585():
    x = {1: 2}.keys()
    x @= {}
    return x
t('{1: 2}.keys() @= {}', f3585)
def f3586():
    x = {1: 2}.keys()
    x += "é"
    return x
t('{1: 2}.keys() += "é"', f3586)
def f3587():
    x = {1: 2}.keys()
    x -= "é"
    return x
t('{1: 2}.keys() -= "é"', f3587)
def f3588():
    x = {1: 2}.keys()
    x *= "é"
    return x
t('{1: 2}.keys() *= "é"', f3588)
def f3589():
    x = {1: 2}.keys()
    x /= "é"
    return x
t('{1: 2}.keys() /= "é"', f3589)
def f3590():
    x = {1: 2}.keys()
    x //= "é"
    return x
t('{1: 2}.keys() //= "é"', f3590)
def f3591():
    x = {1: 2}.keys()
    x %= "é"
    return x
t('{1: 2}.keys() %= "é"', f3591)
def f3592():
    x = {1: 2}.keys()
    x **= "é"
    return x
t('{1: 2}.keys() **= "é"', f3592)
def f3593():
    x = {1: 2}.keys()
    x <<= "é"
    return x
t('{1: 2}.keys() <<= "é"', f3593)
def f3594():
    x = {1: 2}.keys()
    x >>= "é"
    return x
t('{1: 2}.keys() >>= "é"', f3594)
def f3595():
    x = {1: 2}.keys()
    x &= "é"
    return x
t('{1: 2}.keys() &= "é"', f3595)
def f3596():
    x = {1: 2}.keys()
    x |= "é"
    return x
t('{1: 2}.keys() |= "é"', f3596)
def f3597():
    x = {1: 2}.keys()
    x ^= "é"
    return x
t('{1: 2}.keys() ^= "é"', f3597)
def f3598():
    x = {1: 2}.keys()
    x @= "é"
    return x
t('{1: 2}.keys() @= "é"', f3598)
def f3599():
    x = -3
    x += 1
    return x
t('-3 += 1', f3599)
def f3600():
    x = -3
    x -= 1
    return x
t('-3 -= 1', f3600)
def f3601():
    x = -3
    x *= 1
    return x
t('-3 *= 1', f3601)
def f3602():
    x = -3
    x /= 1
    return x
t('-3 /= 1', f3602)
def f3603():
    x = -3
    x //= 1
    return x
t('-3 //= 1', f3603)
def f3604():
    x = -3
    x %= 1
    return x
t('-3 %= 1', f3604)
def f3605():
    x = -3
    x **= 1
    return x
t('-3 **= 1', f3605)
def f3606():
    x = -3
    x <<= 1
    return x
t('-3 <<= 1', f3606)
def f3607():
    x = -3
    x >>= 1
    return x
t('-3 >>= 1', f3607)
def f3608():
    x = -3
    x &= 1
    return x
t('-3 &= 1', f3608)
def f3609():
    x = -3
    x |= 1
    return x
t('-3 |= 1', f3609)
def f3610():
    x = -3
    x ^= 1
    return x
t('-3 ^= 1', f3610)
def f3611():
    x = -3
    x @= 1
    return x
t('-3 @= 1', f3611)
def f3612():
    x = -3
    x += 2.5
    return x
t('-3 += 2.5', f3612)
def f3613():
    x = -3
    x -= 2.5
    return x
t('-3 -= 2.5', f3613)
def f3614():
    x = -3
    x *= 2.5
    return x
t('-3 *= 2.5', f3614)
def f3615():
    x = -3
    x /= 2.5
    return x
t('-3 /= 2.5', f3615)
def f3616():
    x = -3
    x //= 2.5
    return x
t('-3 //= 2.5', f3616)
def f3617():
    x = -3
    x %= 2.5
    return x
t('-3 %= 2.5', f3617)
def f3618():
    x = -3
    x **= 2.5
    return x
def f3619():
    x = -3
    x <<= 2.5
    return x
t('-3 <<= 2.5', f3619)
def f3620():
    x = -3
    x >>= 2.5
    return x
t('-3 >>= 2.5', f3620)
def f3621():
    x = -3
    x &= 2.5
    return x
t('-3 &= 2.5', f3621)
def f3622():
    x = -3
    x |= 2.5
    return x
t('-3 |= 2.5', f3622)
def f3623():
    x = -3
    x ^= 2.5
    return x
t('-3 ^= 2.5', f3623)
def f3624():
    x = -3
    x @= 2.5
    return x
t('-3 @= 2.5', f3624)
def f3625():
    x = -3
    x += True
    return x
t('-3 += True', f3625)
def f3626():
    x = -3
    x -= True
    return x
t('-3 -= True', f3626)
def f3627():
    x = -3
    x *= True
    return x
t('-3 *= True', f3627)
def f3628():
    x = -3
    x /= True
    return x
t('-3 /= True', f3628)
def f3629():
    x = -3
    x //= True
    return x
t('-3 //= True', f3629)
def f3630():
    x = -3
    x %= True
    return x
t('-3 %= True', f3630)
def f3631():
    x = -3
    x **= True
    return x
t('-3 **= True', f3631)
def f3632():
    x = -3
    x <<= True
    return x
t('-3 <<= True', f3632)
def f3633():
    x = -3
    x >>= True
    return x
t('-3 >>= True', f3633)
def f3634():
    x = -3
    x &= True
    return x
t('-3 &= True', f3634)
def f3635():
    x = -3
    x |= True
    return x
t('-3 |= True', f3635)
def f3636():
    x = -3
    x ^= True
    return x
t('-3 ^= True', f3636)
def f3637():
    x = -3
    x @= True
    return x
t('-3 @= True', f3637)
def f3638():
    x = -3
    x += "ab"
    return x
t('-3 += "ab"', f3638)
def f3639():
    x = -3
    x -= "ab"
    return x
t('-3 -= "ab"', f3639)
def f3640():
    x = -3
    x *= "ab"
    return x
t('-3 *= "ab"', f3640)
def f3641():
    x = -3
    x /= "ab"
    return x
t('-3 /= "ab"', f3641)
def f3642():
    x = -3
    x //= "ab"
    return x
t('-3 //= "ab"', f3642)
def f3643():
    x = -3
    x %= "ab"
    return x
t('-3 %= "ab"', f3643)
def f3644():
    x = -3
    x **= "ab"
    return x
t('-3 **= "ab"', f3644)
def f3645():
    x = -3
    x <<= "ab"
    return x
t('-3 <<= "ab"', f3645)
def f3646():
    x = -3
    x >>= "ab"
    return x
t('-3 >>= "ab"', f3646)
def f3647():
    x = -3
    x &= "ab"
    return x
t('-3 &= "ab"', f3647)
def f3648():
    x = -3
    x |= "ab"
    return x
t('-3 |= "ab"', f3648)
def f3649():
    x = -3
    x ^= "ab"
    return x
t('-3 ^= "ab"', f3649)
def f3650():
    x = -3
    x @= "ab"
    return x
t('-3 @= "ab"', f3650)
def f3651():
    x = -3
    x += b"ab"
    return x
t('-3 += b"ab"', f3651)
def f3652():
    x = -3
    x -= b"ab"
    return x
t('-3 -= b"ab"', f3652)
def f3653():
    x = -3
    x *= b"ab"
    return x
t('-3 *= b"ab"', f3653)
def f3654():
    x = -3
    x /= b"ab"
    return x
t('-3 /= b"ab"', f3654)
def f3655():
    x = -3
    x //= b"ab"
    return x
t('-3 //= b"ab"', f3655)
def f3656():
    x = -3
    x %= b"ab"
    return x
t('-3 %= b"ab"', f3656)
def f3657():
    x = -3
    x **= b"ab"
    return x
t('-3 **= b"ab"', f3657)
def f3658():
    x = -3
    x <<= b"ab"
    return x
t('-3 <<= b"ab"', f3658)
def f3659():
    x = -3
    x >>= b"ab"
    return x
t('-3 >>= b"ab"', f3659)
def f3660():
    x = -3
    x &= b"ab"
    return x
t('-3 &= b"ab"', f3660)
def f3661():
    x = -3
    x |= b"ab"
    return x
t('-3 |= b"ab"', f3661)
def f3662():
    x = -3
    x ^= b"ab"
    return x
t('-3 ^= b"ab"', f3662)
def f3663():
    x = -3
    x @= b"ab"
    return x
t('-3 @= b"ab"', f3663)
def f3664():
    x = -3
    x += bytearray(b"x")
    return x
t('-3 += bytearray(b"x")', f3664)
def f3665():
    x = -3
    x -= bytearray(b"x")
    return x
t('-3 -= bytearray(b"x")', f3665)
def f3666():
    x = -3
    x *= bytearray(b"x")
    return x
t('-3 *= bytearray(b"x")', f3666)
def f3667():
    x = -3
    x /= bytearray(b"x")
    return x
t('-3 /= bytearray(b"x")', f3667)
def f3668():
    x = -3
    x //= bytearray(b"x")
    return x
t('-3 //= bytearray(b"x")', f3668)
def f3669():
    x = -3
    x %= bytearray(b"x")
    return x
t('-3 %= bytearray(b"x")', f3669)
def f3670():
    x = -3
    x **= bytearray(b"x")
    return x
t('-3 **= bytearray(b"x")', f3670)
def f3671():
    x = -3
    x <<= bytearray(b"x")
    return x
t('-3 <<= bytearray(b"x")', f3671)
def f3672():
    x = -3
    x >>= bytearray(b"x")
    return x
t('-3 >>= bytearray(b"x")', f3672)
def f3673():
    x = -3
    x &= bytearray(b"x")
    return x
t('-3 &= bytearray(b"x")', f3673)
def f3674():
    x = -3
    x |= bytearray(b"x")
    return x
t('-3 |= bytearray(b"x")', f3674)
def f3675():
    x = -3
    x ^= bytearray(b"x")
    return x
t('-3 ^= bytearray(b"x")', f3675)
def f3676():
    x = -3
    x @= bytearray(b"x")
    return x
t('-3 @= bytearray(b"x")', f3676)
def f3677():
    x = -3
    x += [1]
    return x
t('-3 += [1]', f3677)
def f3678():
    x = -3
    x -= [1]
    return x
t('-3 -= [1]', f3678)
def f3679():
    x = -3
    x *= [1]
    return x
t('-3 *= [1]', f3679)
def f3680():
    x = -3
    x /= [1]
    return x
t('-3 /= [1]', f3680)
def f3681():
    x = -3
    x //= [1]
    return x
t('-3 //= [1]', f3681)
def f3682():
    x = -3
    x %= [1]
    return x
t('-3 %= [1]', f3682)
def f3683():
    x = -3
    x **= [1]
    return x
t('-3 **= [1]', f3683)
def f3684():
    x = -3
    x <<= [1]
    return x
t('-3 <<= [1]', f3684)
def f3685():
    x = -3
    x >>= [1]
    return x
t('-3 >>= [1]', f3685)
def f3686():
    x = -3
    x &= [1]
    return x
t('-3 &= [1]', f3686)
def f3687():
    x = -3
    x |= [1]
    return x
t('-3 |= [1]', f3687)
def f3688():
    x = -3
    x ^= [1]
    return x
t('-3 ^= [1]', f3688)
def f3689():
    x = -3
    x @= [1]
    return x
t('-3 @= [1]', f3689)
def f3690():
    x = -3
    x += (1,)
    return x
t('-3 += (1,)', f3690)
def f3691():
    x = -3
    x -= (1,)
    return x
t('-3 -= (1,)', f3691)
def f3692():
    x = -3
    x *= (1,)
    return x
t('-3 *= (1,)', f3692)
def f3693():
    x = -3
    x /= (1,)
    return x
t('-3 /= (1,)', f3693)
def f3694():
    x = -3
    x //= (1,)
    return x
t('-3 //= (1,)', f3694)
def f3695():
    x = -3
    x %= (1,)
    return x
t('-3 %= (1,)', f3695)
def f3696():
    x = -3
    x **= (1,)
    return x
t('-3 **= (1,)', f3696)
def f3697():
    x = -3
    x <<= (1,)
    return x
t('-3 <<= (1,)', f3697)
def f3698():
    x = -3
    x >>= (1,)
    return x
t('-3 >>= (1,)', f3698)
def f3699():
    x = -3
    x &= (1,)
    return x
t('-3 &= (1,)', f3699)
def f3700():
    x = -3
    x |= (1,)
    return x
t('-3 |= (1,)', f3700)
def f3701():
    x = -3
    x ^= (1,)
    return x
t('-3 ^= (1,)', f3701)
def f3702():
    x = -3
    x @= (1,)
    return x
t('-3 @= (1,)', f3702)
def f3703():
    x = -3
    x += {1: 2}
    return x
t('-3 += {1: 2}', f3703)
def f3704():
    x = -3
    x -= {1: 2}
    return x
t('-3 -= {1: 2}', f3704)
def f3705():
    x = -3
    x *= {1: 2}
    return x
t('-3 *= {1: 2}', f3705)
def f3706():
    x = -3
    x /= {1: 2}
    return x
t('-3 /= {1: 2}', f3706)
def f3707():
    x = -3
    x //= {1: 2}
    return x
t('-3 //= {1: 2}', f3707)
def f3708():
    x = -3
    x %= {1: 2}
    return x
t('-3 %= {1: 2}', f3708)
def f3709():
    x = -3
    x **= {1: 2}
    return x
t('-3 **= {1: 2}', f3709)
def f3710():
    x = -3
    x <<= {1: 2}
    return x
t('-3 <<= {1: 2}', f3710)
def f3711():
    x = -3
    x >>= {1: 2}
    return x
t('-3 >>= {1: 2}', f3711)
def f3712():
    x = -3
    x &= {1: 2}
    return x
t('-3 &= {1: 2}', f3712)
def f3713():
    x = -3
    x |= {1: 2}
    return x
t('-3 |= {1: 2}', f3713)
def f3714():
    x = -3
    x ^= {1: 2}
    return x
t('-3 ^= {1: 2}', f3714)
def f3715():
    x = -3
    x @= {1: 2}
    return x
t('-3 @= {1: 2}', f3715)
def f3716():
    x = -3
    x += {1}
    return x
t('-3 += {1}', f3716)
def f3717():
    x = -3
    x -= {1}
    return x
t('-3 -= {1}', f3717)
def f3718():
    x = -3
    x *= {1}
    return x
t('-3 *= {1}', f3718)
def f3719():
    x = -3
    x /= {1}
    return x
t('-3 /= {1}', f3719)
def f3720():
    x = -3
    x //= {1}
    return x
t('-3 //= {1}', f3720)
def f3721():
    x = -3
    x %= {1}
    return x
t('-3 %= {1}', f3721)
def f3722():
    x = -3
    x **= {1}
    return x
t('-3 **= {1}', f3722)
def f3723():
    x = -3
    x <<= {1}
    return x
t('-3 <<= {1}', f3723)
def f3724():
    x = -3
    x >>= {1}
    return x
t('-3 >>= {1}', f3724)
def f3725():
    x = -3
    x &= {1}
    return x
t('-3 &= {1}', f3725)
def f3726():
    x = -3
    x |= {1}
    return x
t('-3 |= {1}', f3726)
def f3727():
    x = -3
    x ^= {1}
    return x
t('-3 ^= {1}', f3727)
def f3728():
    x = -3
    x @= {1}
    return x
t('-3 @= {1}', f3728)
def f3729():
    x = -3
    x += frozenset({2})
    return x
t('-3 += frozenset({2})', f3729)
def f3730():
    x = -3
    x -= frozenset({2})
    return x
t('-3 -= frozenset({2})', f3730)
def f3731():
    x = -3
    x *= frozenset({2})
    return x
t('-3 *= frozenset({2})', f3731)
def f3732():
    x = -3
    x /= frozenset({2})
    return x
t('-3 /= frozenset({2})', f3732)
def f3733():
    x = -3
    x //= frozenset({2})
    return x
t('-3 //= frozenset({2})', f3733)
def f3734():
    x = -3
    x %= frozenset({2})
    return x
t('-3 %= frozenset({2})', f3734)
def f3735():
    x = -3
    x **= frozenset({2})
    return x
t('-3 **= frozenset({2})', f3735)
def f3736():
    x = -3
    x <<= frozenset({2})
    return x
t('-3 <<= frozenset({2})', f3736)
def f3737():
    x = -3
    x >>= frozenset({2})
    return x
t('-3 >>= frozenset({2})', f3737)
def f3738():
    x = -3
    x &= frozenset({2})
    return x
t('-3 &= frozenset({2})', f3738)
def f3739():
    x = -3
    x |= frozenset({2})
    return x
t('-3 |= frozenset({2})', f3739)
def f3740():
    x = -3
    x ^= frozenset({2})
    return x
t('-3 ^= frozenset({2})', f3740)
def f3741():
    x = -3
    x @= frozenset({2})
    return x
t('-3 @= frozenset({2})', f3741)
def f3742():
    x = -3
    x += None
    return x
t('-3 += None', f3742)
def f3743():
    x = -3
    x -= None
    return x
t('-3 -= None', f3743)
def f3744():
    x = -3
    x *= None
    return x
t('-3 *= None', f3744)
def f3745():
    x = -3
    x /= None
    return x
t('-3 /= None', f3745)
def f3746():
    x = -3
    x //= None
    return x
t('-3 //= None', f3746)
def f3747():
    x = -3
    x %= None
    return x
t('-3 %= None', f3747)
def f3748():
    x = -3
    x **= None
    return x
t('-3 **= None', f3748)
def f3749():
    x = -3
    x <<= None
    return x
t('-3 <<= None', f3749)
def f3750():
    x = -3
    x >>= None
    return x
t('-3 >>= None', f3750)
def f3751():
    x = -3
    x &= None
    return x
t('-3 &= None', f3751)
def f3752():
    x = -3
    x |= None
    return x
t('-3 |= None', f3752)
def f3753():
    x = -3
    x ^= None
    return x
t('-3 ^= None', f3753)
def f3754():
    x = -3
    x @= None
    return x
t('-3 @= None', f3754)
def f3755():
    x = -3
    x += range(2)
    return x
t('-3 += range(2)', f3755)
def f3756():
    x = -3
    x -= range(2)
    return x
t('-3 -= range(2)', f3756)
def f3757():
    x = -3
    x *= range(2)
    return x
t('-3 *= range(2)', f3757)
def f3758():
    x = -3
    x /= range(2)
    return x
t('-3 /= range(2)', f3758)
def f3759():
    x = -3
    x //= range(2)
    return x
t('-3 //= range(2)', f3759)
def f3760():
    x = -3
    x %= range(2)
    return x
t('-3 %= range(2)', f3760)
def f3761():
    x = -3
    x **= range(2)
    return x
t('-3 **= range(2)', f3761)
def f3762():
    x = -3
    x <<= range(2)
    return x
t('-3 <<= range(2)', f3762)
def f3763():
    x = -3
    x >>= range(2)
    return x
t('-3 >>= range(2)', f3763)
def f3764():
    x = -3
    x &= range(2)
    return x
t('-3 &= range(2)', f3764)
def f3765():
    x = -3
    x |= range(2)
    return x
t('-3 |= range(2)', f3765)
def f3766():
    x = -3
    x ^= range(2)
    return x
t('-3 ^= range(2)', f3766)
def f3767():
    x = -3
    x @= range(2)
    return x
t('-3 @= range(2)', f3767)
def f3768():
    x = -3
    x += {1: 2}.keys()
    return x
t('-3 += {1: 2}.keys()', f3768)
def f3769():
    x = -3
    x -= {1: 2}.keys()
    return x
t('-3 -= {1: 2}.keys()', f3769)
def f3770():
    x = -3
    x *= {1: 2}.keys()
    return x
t('-3 *= {1: 2}.keys()', f3770)
def f3771():
    x = -3
    x /= {1: 2}.keys()
    return x
t('-3 /= {1: 2}.keys()', f3771)
def f3772():
    x = -3
    x //= {1: 2}.keys()
    return x
t('-3 //= {1: 2}.keys()', f3772)
def f3773():
    x = -3
    x %= {1: 2}.keys()
    return x
t('-3 %= {1: 2}.keys()', f3773)
def f3774():
    x = -3
    x **= {1: 2}.keys()
    return x
t('-3 **= {1: 2}.keys()', f3774)
def f3775():
    x = -3
    x <<= {1: 2}.keys()
    return x
t('-3 <<= {1: 2}.keys()', f3775)
def f3776():
    x = -3
    x >>= {1: 2}.keys()
    return x
t('-3 >>= {1: 2}.keys()', f3776)
def f3777():
    x = -3
    x &= {1: 2}.keys()
    return x
t('-3 &= {1: 2}.keys()', f3777)
def f3778():
    x = -3
    x |= {1: 2}.keys()
    return x
t('-3 |= {1: 2}.keys()', f3778)
def f3779():
    x = -3
    x ^= {1: 2}.keys()
    return x
t('-3 ^= {1: 2}.keys()', f3779)
def f3780():
    x = -3
    x @= {1: 2}.keys()
    return x
t('-3 @= {1: 2}.keys()', f3780)
def f3781():
    x = -3
    x += -3
    return x
t('-3 += -3', f3781)
def f3782():
    x = -3
    x -= -3
    return x
t('-3 -= -3', f3782)
def f3783():
    x = -3
    x *= -3
    return x
t('-3 *= -3', f3783)
def f3784():
    x = -3
    x /= -3
    return x
t('-3 /= -3', f3784)
def f3785():
    x = -3
    x //= -3
    return x
t('-3 //= -3', f3785)
def f3786():
    x = -3
    x %= -3
    return x
t('-3 %= -3', f3786)
def f3787():
    x = -3
    x **= -3
    return x
t('-3 **= -3', f3787)
def f3788():
    x = -3
    x <<= -3
    return x
t('-3 <<= -3', f3788)
def f3789():
    x = -3
    x >>= -3
    return x
t('-3 >>= -3', f3789)
def f3790():
    x = -3
    x &= -3
    return x
t('-3 &= -3', f3790)
def f3791():
    x = -3
    x |= -3
    return x
t('-3 |= -3', f3791)
def f3792():
    x = -3
    x ^= -3
    return x
t('-3 ^= -3', f3792)
def f3793():
    x = -3
    x @= -3
    return x
t('-3 @= -3', f3793)
def f3794():
    x = -3
    x += 0
    return x
t('-3 += 0', f3794)
def f3795():
    x = -3
    x -= 0
    return x
t('-3 -= 0', f3795)
def f3796():
    x = -3
    x *= 0
    return x
t('-3 *= 0', f3796)
def f3797():
    x = -3
    x /= 0
    return x
t('-3 /= 0', f3797)
def f3798():
    x = -3
    x //= 0
    return x
t('-3 //= 0', f3798)
def f3799():
    x = -3
    x %= 0
    return x
t('-3 %= 0', f3799)
def f3800():
    x = -3
    x **= 0
    return x
t('-3 **= 0', f3800)
def f3801():
    x = -3
    x <<= 0
    return x
t('-3 <<= 0', f3801)
def f3802():
    x = -3
    x >>= 0
    return x
t('-3 >>= 0', f3802)
def f3803():
    x = -3
    x &= 0
    return x
t('-3 &= 0', f3803)
def f3804():
    x = -3
    x |= 0
    return x
t('-3 |= 0', f3804)
def f3805():
    x = -3
    x ^= 0
    return x
t('-3 ^= 0', f3805)
def f3806():
    x = -3
    x @= 0
    return x
t('-3 @= 0', f3806)
def f3807():
    x = -3
    x += 10**20
    return x
t('-3 += 10**20', f3807)
def f3808():
    x = -3
    x -= 10**20
    return x
t('-3 -= 10**20', f3808)
def f3809():
    x = -3
    x /= 10**20
    return x
t('-3 /= 10**20', f3809)
def f3810():
    x = -3
    x //= 10**20
    return x
t('-3 //= 10**20', f3810)
def f3811():
    x = -3
    x %= 10**20
    return x
t('-3 %= 10**20', f3811)
def f3812():
    x = -3
    x >>= 10**20
    return x
t('-3 >>= 10**20', f3812)
def f3813():
    x = -3
    x &= 10**20
    return x
t('-3 &= 10**20', f3813)
def f3814():
    x = -3
    x |= 10**20
    return x
t('-3 |= 10**20', f3814)
def f3815():
    x = -3
    x ^= 10**20
    return x
t('-3 ^= 10**20', f3815)
def f3816():
    x = -3
    x @= 10**20
    return x
t('-3 @= 10**20', f3816)
def f3817():
    x = -3
    x += []
    return x
t('-3 += []', f3817)
def f3818():
    x = -3
    x -= []
    return x
t('-3 -= []', f3818)
def f3819():
    x = -3
    x *= []
    return x
t('-3 *= []', f3819)
def f3820():
    x = -3
    x /= []
    return x
t('-3 /= []', f3820)
def f3821():
    x = -3
    x //= []
    return x
t('-3 //= []', f3821)
def f3822():
    x = -3
    x %= []
    return x
t('-3 %= []', f3822)
def f3823():
    x = -3
    x **= []
    return x
t('-3 **= []', f3823)
def f3824():
    x = -3
    x <<= []
    return x
t('-3 <<= []', f3824)
def f3825():
    x = -3
    x >>= []
    return x
t('-3 >>= []', f3825)
def f3826():
    x = -3
    x &= []
    return x
t('-3 &= []', f3826)
def f3827():
    x = -3
    x |= []
    return x
t('-3 |= []', f3827)
def f3828():
    x = -3
    x ^= []
    return x
t('-3 ^= []', f3828)
def f3829():
    x = -3
    x @= []
    return x
t('-3 @= []', f3829)
def f3830():
    x = -3
    x += {}
    return x
t('-3 += {}', f3830)
def f3831():
    x = -3
    x -= {}
    return x
t('-3 -= {}', f3831)
def f3832():
    x = -3
    x *= {}
    return x
t('-3 *= {}', f3832)
def f3833():
    x = -3
    x /= {}
    return x
t('-3 /= {}', f3833)
def f3834():
    x = -3
    x //= {}
    return x
t('-3 //= {}', f3834)
def f3835():
    x = -3
    x %= {}
    return x
t('-3 %= {}', f3835)
def f3836():
    x = -3
    x **= {}
    return x
t('-3 **= {}', f3836)
def f3837():
    x = -3
    x <<= {}
    return x
t('-3 <<= {}', f3837)
def f3838():
    x = -3
    x >>= {}
    return x
t('-3 >>= {}', f3838)
def f3839():
    x = -3
    x &= {}
    return x
t('-3 &= {}', f3839)
def f3840():
    x = -3
    x |= {}
    return x
t('-3 |= {}', f3840)
def f3841():
    x = -3
    x ^= {}
    return x
t('-3 ^= {}', f3841)
def f3842():
    x = -3
    x @= {}
    return x
t('-3 @= {}', f3842)
def f3843():
    x = -3
    x += "é"
    return x
t('-3 += "é"', f3843)
def f3844():
    x = -3
    x -= "é"
    return x
t('-3 -= "é"', f3844)
def f3845():
    x = -3
    x *= "é"
    return x
t('-3 *= "é"', f3845)
def f3846():
    x = -3
    x /= "é"
    return x
t('-3 /= "é"', f3846)
def f3847():
    x = -3
    x //= "é"
    return x
t('-3 //= "é"', f3847)
def f3848():
    x = -3
    x %= "é"
    return x
t('-3 %= "é"', f3848)
def f3849():
    x = -3
    x **= "é"
    return x
t('-3 **= "é"', f3849)
def f3850():
    x = -3
    x <<= "é"
    return x
t('-3 <<= "é"', f3850)
def f3851():
    x = -3
    x >>= "é"
    return x
t('-3 >>= "é"', f3851)
def f3852():
    x = -3
    x &= "é"
    return x
t('-3 &= "é"', f3852)
def f3853():
    x = -3
    x |= "é"
    return x
t('-3 |= "é"', f3853)
def f3854():
    x = -3
    x ^= "é"
    return x
t('-3 ^= "é"', f3854)
def f3855():
    x = -3
    x @= "é"
    return x
t('-3 @= "é"', f3855)
def f3856():
    x = 0
    x += 1
    return x
t('0 += 1', f3856)
def f3857():
    x = 0
    x -= 1
    return x
t('0 -= 1', f3857)
def f3858():
    x = 0
    x *= 1
    return x
t('0 *= 1', f3858)
def f3859():
    x = 0
    x /= 1
    return x
t('0 /= 1', f3859)
def f3860():
    x = 0
    x //= 1
    return x
t('0 //= 1', f3860)
def f3861():
    x = 0
    x %= 1
    return x
t('0 %= 1', f3861)
def f3862():
    x = 0
    x **= 1
    return x
t('0 **= 1', f3862)
def f3863():
    x = 0
    x <<= 1
    return x
t('0 <<= 1', f3863)
def f3864():
    x = 0
    x >>= 1
    return x
t('0 >>= 1', f3864)
def f3865():
    x = 0
    x &= 1
    return x
t('0 &= 1', f3865)
def f3866():
    x = 0
    x |= 1
    return x
t('0 |= 1', f3866)
def f3867():
    x = 0
    x ^= 1
    return x
t('0 ^= 1', f3867)
def f3868():
    x = 0
    x @= 1
    return x
t('0 @= 1', f3868)
def f3869():
    x = 0
    x += 2.5
    return x
t('0 += 2.5', f3869)
def f3870():
    x = 0
    x -= 2.5
    return x
t('0 -= 2.5', f3870)
def f3871():
    x = 0
    x *= 2.5
    return x
t('0 *= 2.5', f3871)
def f3872():
    x = 0
    x /= 2.5
    return x
t('0 /= 2.5', f3872)
def f3873():
    x = 0
    x //= 2.5
    return x
t('0 //= 2.5', f3873)
def f3874():
    x = 0
    x %= 2.5
    return x
t('0 %= 2.5', f3874)
def f3875():
    x = 0
    x **= 2.5
    return x
t('0 **= 2.5', f3875)
def f3876():
    x = 0
    x <<= 2.5
    return x
t('0 <<= 2.5', f3876)
def f3877():
    x = 0
    x >>= 2.5
    return x
t('0 >>= 2.5', f3877)
def f3878():
    x = 0
    x &= 2.5
    return x
t('0 &= 2.5', f3878)
def f3879():
    x = 0
    x |= 2.5
    return x
t('0 |= 2.5', f3879)
def f3880():
    x = 0
    x ^= 2.5
    return x
t('0 ^= 2.5', f3880)
def f3881():
    x = 0
    x @= 2.5
    return x
t('0 @= 2.5', f3881)
def f3882():
    x = 0
    x += True
    return x
t('0 += True', f3882)
def f3883():
    x = 0
    x -= True
    return x
t('0 -= True', f3883)
def f3884():
    x = 0
    x *= True
    return x
t('0 *= True', f3884)
def f3885():
    x = 0
    x /= True
    return x
t('0 /= True', f3885)
def f3886():
    x = 0
    x //= True
    return x
t('0 //= True', f3886)
def f3887():
    x = 0
    x %= True
    return x
t('0 %= True', f3887)
def f3888():
    x = 0
    x **= True
    return x
t('0 **= True', f3888)
def f3889():
    x = 0
    x <<= True
    return x
t('0 <<= True', f3889)
def f3890():
    x = 0
    x >>= True
    return x
t('0 >>= True', f3890)
def f3891():
    x = 0
    x &= True
    return x
t('0 &= True', f3891)
def f3892():
    x = 0
    x |= True
    return x
t('0 |= True', f3892)
def f3893():
    x = 0
    x ^= True
    return x
t('0 ^= True', f3893)
def f3894():
    x = 0
    x @= True
    return x
t('0 @= True', f3894)
def f3895():
    x = 0
    x += "ab"
    return x
t('0 += "ab"', f3895)
def f3896():
    x = 0
    x -= "ab"
    return x
t('0 -= "ab"', f3896)
def f3897():
    x = 0
    x *= "ab"
    return x
t('0 *= "ab"', f3897)
def f3898():
    x = 0
    x /= "ab"
    return x
t('0 /= "ab"', f3898)
def f3899():
    x = 0
    x //= "ab"
    return x
t('0 //= "ab"', f3899)
def f3900():
    x = 0
    x %= "ab"
    return x
t('0 %= "ab"', f3900)
def f3901():
    x = 0
    x **= "ab"
    return x
t('0 **= "ab"', f3901)
def f3902():
    x = 0
    x <<= "ab"
    return x
t('0 <<= "ab"', f3902)
def f3903():
    x = 0
    x >>= "ab"
    return x
t('0 >>= "ab"', f3903)
def f3904():
    x = 0
    x &= "ab"
    return x
t('0 &= "ab"', f3904)
def f3905():
    x = 0
    x |= "ab"
    return x
t('0 |= "ab"', f3905)
def f3906():
    x = 0
    x ^= "ab"
    return x
t('0 ^= "ab"', f3906)
def f3907():
    x = 0
    x @= "ab"
    return x
t('0 @= "ab"', f3907)
def f3908():
    x = 0
    x += b"ab"
    return x
t('0 += b"ab"', f3908)
def f3909():
    x = 0
    x -= b"ab"
    return x
t('0 -= b"ab"', f3909)
def f3910():
    x = 0
    x *= b"ab"
    return x
t('0 *= b"ab"', f3910)
def f3911():
    x = 0
    x /= b"ab"
    return x
t('0 /= b"ab"', f3911)
def f3912():
    x = 0
    x //= b"ab"
    return x
t('0 //= b"ab"', f3912)
def f3913():
    x = 0
    x %= b"ab"
    return x
t('0 %= b"ab"', f3913)
def f3914():
    x = 0
    x **= b"ab"
    return x
t('0 **= b"ab"', f3914)
def f3915():
    x = 0
    x <<= b"ab"
    return x
t('0 <<= b"ab"', f3915)
def f3916():
    x = 0
    x >>= b"ab"
    return x
t('0 >>= b"ab"', f3916)
def f3917():
    x = 0
    x &= b"ab"
    return x
t('0 &= b"ab"', f3917)
def f3918():
    x = 0
    x |= b"ab"
    return x
t('0 |= b"ab"', f3918)
def f3919():
    x = 0
    x ^= b"ab"
    return x
t('0 ^= b"ab"', f3919)
def f3920():
    x = 0
    x @= b"ab"
    return x
t('0 @= b"ab"', f3920)
def f3921():
    x = 0
    x += bytearray(b"x")
    return x
t('0 += bytearray(b"x")', f3921)
def f3922():
    x = 0
    x -= bytearray(b"x")
    return x
t('0 -= bytearray(b"x")', f3922)
def f3923():
    x = 0
    x *= bytearray(b"x")
    return x
t('0 *= bytearray(b"x")', f3923)
def f3924():
    x = 0
    x /= bytearray(b"x")
    return x
t('0 /= bytearray(b"x")', f3924)
def f3925():
    x = 0
    x //= bytearray(b"x")
    return x
t('0 //= bytearray(b"x")', f3925)
def f3926():
    x = 0
    x %= bytearray(b"x")
    return x
t('0 %= bytearray(b"x")', f3926)
def f3927():
    x = 0
    x **= bytearray(b"x")
    return x
t('0 **= bytearray(b"x")', f3927)
def f3928():
    x = 0
    x <<= bytearray(b"x")
    return x
t('0 <<= bytearray(b"x")', f3928)
def f3929():
    x = 0
    x >>= bytearray(b"x")
    return x
t('0 >>= bytearray(b"x")', f3929)
def f3930():
    x = 0
    x &= bytearray(b"x")
    return x
t('0 &= bytearray(b"x")', f3930)
def f3931():
    x = 0
    x |= bytearray(b"x")
    return x
t('0 |= bytearray(b"x")', f3931)
def f3932():
    x = 0
    x ^= bytearray(b"x")
    return x
t('0 ^= bytearray(b"x")', f3932)
def f3933():
    x = 0
    x @= bytearray(b"x")
    return x
t('0 @= bytearray(b"x")', f3933)
def f3934():
    x = 0
    x += [1]
    return x
t('0 += [1]', f3934)
def f3935():
    x = 0
    x -= [1]
    return x
t('0 -= [1]', f3935)
def f3936():
    x = 0
    x *= [1]
    return x
t('0 *= [1]', f3936)
def f3937():
    x = 0
    x /= [1]
    return x
t('0 /= [1]', f3937)
def f3938():
    x = 0
    x //= [1]
    return x
t('0 //= [1]', f3938)
def f3939():
    x = 0
    x %= [1]
    return x
t('0 %= [1]', f3939)
def f3940():
    x = 0
    x **= [1]
    return x
t('0 **= [1]', f3940)
def f3941():
    x = 0
    x <<= [1]
    return x
t('0 <<= [1]', f3941)
def f3942():
    x = 0
    x >>= [1]
    return x
t('0 >>= [1]', f3942)
def f3943():
    x = 0
    x &= [1]
    return x
t('0 &= [1]', f3943)
def f3944():
    x = 0
    x |= [1]
    return x
t('0 |= [1]', f3944)
def f3945():
    x = 0
    x ^= [1]
    return x
t('0 ^= [1]', f3945)
def f3946():
    x = 0
    x @= [1]
    return x
t('0 @= [1]', f3946)
def f3947():
    x = 0
    x += (1,)
    return x
t('0 += (1,)', f3947)
def f3948():
    x = 0
    x -= (1,)
    return x
t('0 -= (1,)', f3948)
def f3949():
    x = 0
    x *= (1,)
    return x
t('0 *= (1,)', f3949)
def f3950():
    x = 0
    x /= (1,)
    return x
t('0 /= (1,)', f3950)
def f3951():
    x = 0
    x //= (1,)
    return x
t('0 //= (1,)', f3951)
def f3952():
    x = 0
    x %= (1,)
    return x
t('0 %= (1,)', f3952)
def f3953():
    x = 0
    x **= (1,)
    return x
t('0 **= (1,)', f3953)
def f3954():
    x = 0
    x <<= (1,)
    return x
t('0 <<= (1,)', f3954)
def f3955():
    x = 0
    x >>= (1,)
    return x
t('0 >>= (1,)', f3955)
def f3956():
    x = 0
    x &= (1,)
    return x
t('0 &= (1,)', f3956)
def f3957():
    x = 0
    x |= (1,)
    return x
t('0 |= (1,)', f3957)
def f3958():
    x = 0
    x ^= (1,)
    return x
t('0 ^= (1,)', f3958)
def f3959():
    x = 0
    x @= (1,)
    return x
t('0 @= (1,)', f3959)
def f3960():
    x = 0
    x += {1: 2}
    return x
t('0 += {1: 2}', f3960)
def f3961():
    x = 0
    x -= {1: 2}
    return x
t('0 -= {1: 2}', f3961)
def f3962():
    x = 0
    x *= {1: 2}
    return x
t('0 *= {1: 2}', f3962)
def f3963():
    x = 0
    x /= {1: 2}
    return x
t('0 /= {1: 2}', f3963)
def f3964():
    x = 0
    x //= {1: 2}
    return x
t('0 //= {1: 2}', f3964)
def f3965():
    x = 0
    x %= {1: 2}
    return x
t('0 %= {1: 2}', f3965)
def f3966():
    x = 0
    x **= {1: 2}
    return x
t('0 **= {1: 2}', f3966)
def f3967():
    x = 0
    x <<= {1: 2}
    return x
t('0 <<= {1: 2}', f3967)
def f3968():
    x = 0
    x >>= {1: 2}
    return x
t('0 >>= {1: 2}', f3968)
def f3969():
    x = 0
    x &= {1: 2}
    return x
t('0 &= {1: 2}', f3969)
def f3970():
    x = 0
    x |= {1: 2}
    return x
t('0 |= {1: 2}', f3970)
def f3971():
    x = 0
    x ^= {1: 2}
    return x
t('0 ^= {1: 2}', f3971)
def f3972():
    x = 0
    x @= {1: 2}
    return x
t('0 @= {1: 2}', f3972)
def f3973():
    x = 0
    x += {1}
    return x
t('0 += {1}', f3973)
def f3974():
    x = 0
    x -= {1}
    return x
t('0 -= {1}', f3974)
def f3975():
    x = 0
    x *= {1}
    return x
t('0 *= {1}', f3975)
def f3976():
    x = 0
    x /= {1}
    return x
t('0 /= {1}', f3976)
def f3977():
    x = 0
    x //= {1}
    return x
t('0 //= {1}', f3977)
def f3978():
    x = 0
    x %= {1}
    return x
t('0 %= {1}', f3978)
def f3979():
    x = 0
    x **= {1}
    return x
t('0 **= {1}', f3979)
def f3980():
    x = 0
    x <<= {1}
    return x
t('0 <<= {1}', f3980)
def f3981():
    x = 0
    x >>= {1}
    return x
t('0 >>= {1}', f3981)
def f3982():
    x = 0
    x &= {1}
    return x
t('0 &= {1}', f3982)
def f3983():
    x = 0
    x |= {1}
    return x
t('0 |= {1}', f3983)
def f3984():
    x = 0
    x ^= {1}
    return x
t('0 ^= {1}', f3984)
def f3985():
    x = 0
    x @= {1}
    return x
t('0 @= {1}', f3985)
def f3986():
    x = 0
    x += frozenset({2})
    return x
t('0 += frozenset({2})', f3986)
def f3987():
    x = 0
    x -= frozenset({2})
    return x
t('0 -= frozenset({2})', f3987)
def f3988():
    x = 0
    x *= frozenset({2})
    return x
t('0 *= frozenset({2})', f3988)
def f3989():
    x = 0
    x /= frozenset({2})
    return x
t('0 /= frozenset({2})', f3989)
def f3990():
    x = 0
    x //= frozenset({2})
    return x
t('0 //= frozenset({2})', f3990)
def f3991():
    x = 0
    x %= frozenset({2})
    return x
t('0 %= frozenset({2})', f3991)
def f3992():
    x = 0
    x **= frozenset({2})
    return x
t('0 **= frozenset({2})', f3992)
def f3993():
    x = 0
    x <<= frozenset({2})
    return x
t('0 <<= frozenset({2})', f3993)
def f3994():
    x = 0
    x >>= frozenset({2})
    return x
t('0 >>= frozenset({2})', f3994)
def f3995():
    x = 0
    x &= frozenset({2})
    return x
t('0 &= frozenset({2})', f3995)
def f3996():
    x = 0
    x |= frozenset({2})
    return x
t('0 |= frozenset({2})', f3996)
def f3997():
    x = 0
    x ^= frozenset({2})
    return x
t('0 ^= frozenset({2})', f3997)
def f3998():
    x = 0
    x @= frozenset({2})
    return x
t('0 @= frozenset({2})', f3998)
def f3999():
    x = 0
    x += None
    return x
t('0 += None', f3999)
def f4000():
    x = 0
    x -= None
    return x
t('0 -= None', f4000)
def f4001():
    x = 0
    x *= None
    return x
t('0 *= None', f4001)
def f4002():
    x = 0
    x /= None
    return x
t('0 /= None', f4002)
def f4003():
    x = 0
    x //= None
    return x
t('0 //= None', f4003)
def f4004():
    x = 0
    x %= None
    return x
t('0 %= None', f4004)
def f4005():
    x = 0
    x **= None
    return x
t('0 **= None', f4005)
def f4006():
    x = 0
    x <<= None
    return x
t('0 <<= None', f4006)
def f4007():
    x = 0
    x >>= None
    return x
t('0 >>= None', f4007)
def f4008():
    x = 0
    x &= None
    return x
t('0 &= None', f4008)
def f4009():
    x = 0
    x |= None
    return x
t('0 |= None', f4009)
def f4010():
    x = 0
    x ^= None
    return x
t('0 ^= None', f4010)
def f4011():
    x = 0
    x @= None
    return x
t('0 @= None', f4011)
def f4012():
    x = 0
    x += range(2)
    return x
t('0 += range(2)', f4012)
def f4013():
    x = 0
    x -= range(2)
    return x
t('0 -= range(2)', f4013)
def f4014():
    x = 0
    x *= range(2)
    return x
t('0 *= range(2)', f4014)
def f4015():
    x = 0
    x /= range(2)
    return x
t('0 /= range(2)', f4015)
def f4016():
    x = 0
    x //= range(2)
    return x
t('0 //= range(2)', f4016)
def f4017():
    x = 0
    x %= range(2)
    return x
t('0 %= range(2)', f4017)
def f4018():
    x = 0
    x **= range(2)
    return x
t('0 **= range(2)', f4018)
def f4019():
    x = 0
    x <<= range(2)
    return x
t('0 <<= range(2)', f4019)
def f4020():
    x = 0
    x >>= range(2)
    return x
t('0 >>= range(2)', f4020)
def f4021():
    x = 0
    x &= range(2)
    return x
t('0 &= range(2)', f4021)
def f4022():
    x = 0
    x |= range(2)
    return x
t('0 |= range(2)', f4022)
def f4023():
    x = 0
    x ^= range(2)
    return x
t('0 ^= range(2)', f4023)
def f4024():
    x = 0
    x @= range(2)
    return x
t('0 @= range(2)', f4024)
def f4025():
    x = 0
    x += {1: 2}.keys()
    return x
t('0 += {1: 2}.keys()', f4025)
def f4026():
    x = 0
    x -= {1: 2}.keys()
    return x
t('0 -= {1: 2}.keys()', f4026)
def f4027():
    x = 0
    x *= {1: 2}.keys()
    return x
t('0 *= {1: 2}.keys()', f4027)
def f4028():
    x = 0
    x /= {1: 2}.keys()
    return x
t('0 /= {1: 2}.keys()', f4028)
def f4029():
    x = 0
    x //= {1: 2}.keys()
    return x
t('0 //= {1: 2}.keys()', f4029)
def f4030():
    x = 0
    x %= {1: 2}.keys()
    return x
t('0 %= {1: 2}.keys()', f4030)
def f4031():
    x = 0
    x **= {1: 2}.keys()
    return x
t('0 **= {1: 2}.keys()', f4031)
def f4032():
    x = 0
    x <<= {1: 2}.keys()
    return x
t('0 <<= {1: 2}.keys()', f4032)
def f4033():
    x = 0
    x >>= {1: 2}.keys()
    return x
t('0 >>= {1: 2}.keys()', f4033)
def f4034():
    x = 0
    x &= {1: 2}.keys()
    return x
t('0 &= {1: 2}.keys()', f4034)
def f4035():
    x = 0
    x |= {1: 2}.keys()
    return x
t('0 |= {1: 2}.keys()', f4035)
def f4036():
    x = 0
    x ^= {1: 2}.keys()
    return x
t('0 ^= {1: 2}.keys()', f4036)
def f4037():
    x = 0
    x @= {1: 2}.keys()
    return x
t('0 @= {1: 2}.keys()', f4037)
def f4038():
    x = 0
    x += -3
    return x
t('0 += -3', f4038)
def f4039():
    x = 0
    x -= -3
    return x
t('0 -= -3', f4039)
def f4040():
    x = 0
    x *= -3
    return x
t('0 *= -3', f4040)
def f4041():
    x = 0
    x /= -3
    return x
t('0 /= -3', f4041)
def f4042():
    x = 0
    x //= -3
    return x
t('0 //= -3', f4042)
def f4043():
    x = 0
    x %= -3
    return x
t('0 %= -3', f4043)
def f4044():
    x = 0
    x **= -3
    return x
t('0 **= -3', f4044)
def f4045():
    x = 0
    x <<= -3
    return x
t('0 <<= -3', f4045)
def f4046():
    x = 0
    x >>= -3
    return x
t('0 >>= -3', f4046)
def f4047():
    x = 0
    x &= -3
    return x
t('0 &= -3', f4047)
def f4048():
    x = 0
    x |= -3
    return x
t('0 |= -3', f4048)
def f4049():
    x = 0
    x ^= -3
    return x
t('0 ^= -3', f4049)
def f4050():
    x = 0
    x @= -3
    return x
t('0 @= -3', f4050)
def f4051():
    x = 0
    x += 0
    return x
t('0 += 0', f4051)
def f4052():
    x = 0
    x -= 0
    return x
t('0 -= 0', f4052)
def f4053():
    x = 0
    x *= 0
    return x
t('0 *= 0', f4053)
def f4054():
    x = 0
    x /= 0
    return x
t('0 /= 0', f4054)
def f4055():
    x = 0
    x //= 0
    return x
t('0 //= 0', f4055)
def f4056():
    x = 0
    x %= 0
    return x
t('0 %= 0', f4056)
def f4057():
    x = 0
    x **= 0
    return x
t('0 **= 0', f4057)
def f4058():
    x = 0
    x <<= 0
    return x
t('0 <<= 0', f4058)
def f4059():
    x = 0
    x >>= 0
    return x
t('0 >>= 0', f4059)
def f4060():
    x = 0
    x &= 0
    return x
t('0 &= 0', f4060)
def f4061():
    x = 0
    x |= 0
    return x
t('0 |= 0', f4061)
def f4062():
    x = 0
    x ^= 0
    return x
t('0 ^= 0', f4062)
def f4063():
    x = 0
    x @= 0
    return x
t('0 @= 0', f4063)
def f4064():
    x = 0
    x += 10**20
    return x
t('0 += 10**20', f4064)
def f4065():
    x = 0
    x -= 10**20
    return x
t('0 -= 10**20', f4065)
def f4066():
    x = 0
    x /= 10**20
    return x
t('0 /= 10**20', f4066)
def f4067():
    x = 0
    x //= 10**20
    return x
t('0 //= 10**20', f4067)
def f4068():
    x = 0
    x %= 10**20
    return x
t('0 %= 10**20', f4068)
def f4069():
    x = 0
    x >>= 10**20
    return x
t('0 >>= 10**20', f4069)
def f4070():
    x = 0
    x &= 10**20
    return x
t('0 &= 10**20', f4070)
def f4071():
    x = 0
    x |= 10**20
    return x
t('0 |= 10**20', f4071)
def f4072():
    x = 0
    x ^= 10**20
    return x
t('0 ^= 10**20', f4072)
def f4073():
    x = 0
    x @= 10**20
    return x
t('0 @= 10**20', f4073)
def f4074():
    x = 0
    x += []
    return x
t('0 += []', f4074)
def f4075():
    x = 0
    x -= []
    return x
t('0 -= []', f4075)
def f4076():
    x = 0
    x *= []
    return x
t('0 *= []', f4076)
def f4077():
    x = 0
    x /= []
    return x
t('0 /= []', f4077)
def f4078():
    x = 0
    x //= []
    return x
t('0 //= []', f4078)
def f4079():
    x = 0
    x %= []
    return x
t('0 %= []', f4079)
def f4080():
    x = 0
    x **= []
    return x
t('0 **= []', f4080)
def f4081():
    x = 0
    x <<= []
    return x
t('0 <<= []', f4081)
def f4082():
    x = 0
    x >>= []
    return x
t('0 >>= []', f4082)
def f4083():
    x = 0
    x &= []
    return x
t('0 &= []', f4083)
def f4084():
    x = 0
    x |= []
    return x
t('0 |= []', f4084)
def f4085():
    x = 0
    x ^= []
    return x
t('0 ^= []', f4085)
def f4086():
    x = 0
    x @= []
    return x
t('0 @= []', f4086)
def f4087():
    x = 0
    x += {}
    return x
t('0 += {}', f4087)
def f4088():
    x = 0
    x -= {}
    return x
t('0 -= {}', f4088)
def f4089():
    x = 0
    x *= {}
    return x
t('0 *= {}', f4089)
def f4090():
    x = 0
    x /= {}
    return x
t('0 /= {}', f4090)
def f4091():
    x = 0
    x //= {}
    return x
t('0 //= {}', f4091)
def f4092():
    x = 0
    x %= {}
    return x
t('0 %= {}', f4092)
def f4093():
    x = 0
    x **= {}
    return x
t('0 **= {}', f4093)
def f4094():
    x = 0
    x <<= {}
    return x
t('0 <<= {}', f4094)
def f4095():
    x = 0
    x >>= {}
    return x
t('0 >>= {}', f4095)
def f4096():
    x = 0
    x &= {}
    return x
t('0 &= {}', f4096)
def f4097():
    x = 0
    x |= {}
    return x
t('0 |= {}', f4097)
def f4098():
    x = 0
    x ^= {}
    return x
t('0 ^= {}', f4098)
def f4099():
    x = 0
    x @= {}
    return x
t('0 @= {}', f4099)
def f4100():
    x = 0
    x += "é"
    return x
t('0 += "é"', f4100)
def f4101():
    x = 0
    x -= "é"
    return x
t('0 -= "é"', f4101)
def f4102():
    x = 0
    x *= "é"
    return x
t('0 *= "é"', f4102)
def f4103():
    x = 0
    x /= "é"
    return x
t('0 /= "é"', f4103)
def f4104():
    x = 0
    x //= "é"
    return x
t('0 //= "é"', f4104)
def f4105():
    x = 0
    x %= "é"
    return x
t('0 %= "é"', f4105)
def f4106():
    x = 0
    x **= "é"
    return x
t('0 **= "é"', f4106)
def f4107():
    x = 0
    x <<= "é"
    return x
t('0 <<= "é"', f4107)
def f4108():
    x = 0
    x >>= "é"
    return x
t('0 >>= "é"', f4108)
def f4109():
    x = 0
    x &= "é"
    return x
t('0 &= "é"', f4109)
def f4110():
    x = 0
    x |= "é"
    return x
t('0 |= "é"', f4110)
def f4111():
    x = 0
    x ^= "é"
    return x
t('0 ^= "é"', f4111)
def f4112():
    x = 0
    x @= "é"
    return x
t('0 @= "é"', f4112)
def f4113():
    x = 10**20
    x += 1
    return x
t('10**20 += 1', f4113)
def f4114():
    x = 10**20
    x -= 1
    return x
t('10**20 -= 1', f4114)
def f4115():
    x = 10**20
    x /= 1
    return x
t('10**20 /= 1', f4115)
def f4116():
    x = 10**20
    x //= 1
    return x
t('10**20 //= 1', f4116)
def f4117():
    x = 10**20
    x %= 1
    return x
t('10**20 %= 1', f4117)
def f4118():
    x = 10**20
    x **= 1
    return x
t('10**20 **= 1', f4118)
def f4119():
    x = 10**20
    x <<= 1
    return x
t('10**20 <<= 1', f4119)
def f4120():
    x = 10**20
    x >>= 1
    return x
t('10**20 >>= 1', f4120)
def f4121():
    x = 10**20
    x &= 1
    return x
t('10**20 &= 1', f4121)
def f4122():
    x = 10**20
    x |= 1
    return x
t('10**20 |= 1', f4122)
def f4123():
    x = 10**20
    x ^= 1
    return x
t('10**20 ^= 1', f4123)
def f4124():
    x = 10**20
    x @= 1
    return x
t('10**20 @= 1', f4124)
def f4125():
    x = 10**20
    x += 2.5
    return x
t('10**20 += 2.5', f4125)
def f4126():
    x = 10**20
    x -= 2.5
    return x
t('10**20 -= 2.5', f4126)
def f4127():
    x = 10**20
    x /= 2.5
    return x
t('10**20 /= 2.5', f4127)
def f4128():
    x = 10**20
    x //= 2.5
    return x
t('10**20 //= 2.5', f4128)
def f4129():
    x = 10**20
    x %= 2.5
    return x
t('10**20 %= 2.5', f4129)
def f4130():
    x = 10**20
    x **= 2.5
    return x
t('10**20 **= 2.5', f4130)
def f4131():
    x = 10**20
    x <<= 2.5
    return x
t('10**20 <<= 2.5', f4131)
def f4132():
    x = 10**20
    x >>= 2.5
    return x
t('10**20 >>= 2.5', f4132)
def f4133():
    x = 10**20
    x &= 2.5
    return x
t('10**20 &= 2.5', f4133)
def f4134():
    x = 10**20
    x |= 2.5
    return x
t('10**20 |= 2.5', f4134)
def f4135():
    x = 10**20
    x ^= 2.5
    return x
t('10**20 ^= 2.5', f4135)
def f4136():
    x = 10**20
    x @= 2.5
    return x
t('10**20 @= 2.5', f4136)
def f4137():
    x = 10**20
    x += True
    return x
t('10**20 += True', f4137)
def f4138():
    x = 10**20
    x -= True
    return x
t('10**20 -= True', f4138)
def f4139():
    x = 10**20
    x /= True
    return x
t('10**20 /= True', f4139)
def f4140():
    x = 10**20
    x //= True
    return x
t('10**20 //= True', f4140)
def f4141():
    x = 10**20
    x %= True
    return x
t('10**20 %= True', f4141)
def f4142():
    x = 10**20
    x **= True
    return x
t('10**20 **= True', f4142)
def f4143():
    x = 10**20
    x <<= True
    return x
t('10**20 <<= True', f4143)
def f4144():
    x = 10**20
    x >>= True
    return x
t('10**20 >>= True', f4144)
def f4145():
    x = 10**20
    x &= True
    return x
t('10**20 &= True', f4145)
def f4146():
    x = 10**20
    x |= True
    return x
t('10**20 |= True', f4146)
def f4147():
    x = 10**20
    x ^= True
    return x
t('10**20 ^= True', f4147)
def f4148():
    x = 10**20
    x @= True
    return x
t('10**20 @= True', f4148)
def f4149():
    x = 10**20
    x += "ab"
    return x
t('10**20 += "ab"', f4149)
def f4150():
    x = 10**20
    x -= "ab"
    return x
t('10**20 -= "ab"', f4150)
def f4151():
    x = 10**20
    x /= "ab"
    return x
t('10**20 /= "ab"', f4151)
def f4152():
    x = 10**20
    x //= "ab"
    return x
t('10**20 //= "ab"', f4152)
def f4153():
    x = 10**20
    x %= "ab"
    return x
t('10**20 %= "ab"', f4153)
def f4154():
    x = 10**20
    x **= "ab"
    return x
t('10**20 **= "ab"', f4154)
def f4155():
    x = 10**20
    x <<= "ab"
    return x
t('10**20 <<= "ab"', f4155)
def f4156():
    x = 10**20
    x >>= "ab"
    return x
t('10**20 >>= "ab"', f4156)
def f4157():
    x = 10**20
    x &= "ab"
    return x
t('10**20 &= "ab"', f4157)
def f4158():
    x = 10**20
    x |= "ab"
    return x
t('10**20 |= "ab"', f4158)
def f4159():
    x = 10**20
    x ^= "ab"
    return x
t('10**20 ^= "ab"', f4159)
def f4160():
    x = 10**20
    x @= "ab"
    return x
t('10**20 @= "ab"', f4160)
def f4161():
    x = 10**20
    x += b"ab"
    return x
t('10**20 += b"ab"', f4161)
def f4162():
    x = 10**20
    x -= b"ab"
    return x
t('10**20 -= b"ab"', f4162)
def f4163():
    x = 10**20
    x /= b"ab"
    return x
t('10**20 /= b"ab"', f4163)
def f4164():
    x = 10**20
    x //= b"ab"
    return x
t('10**20 //= b"ab"', f4164)
def f4165():
    x = 10**20
    x %= b"ab"
    return x
t('10**20 %= b"ab"', f4165)
def f4166():
    x = 10**20
    x **= b"ab"
    return x
t('10**20 **= b"ab"', f4166)
def f4167():
    x = 10**20
    x <<= b"ab"
    return x
t('10**20 <<= b"ab"', f4167)
def f4168():
    x = 10**20
    x >>= b"ab"
    return x
t('10**20 >>= b"ab"', f4168)
def f4169():
    x = 10**20
    x &= b"ab"
    return x
t('10**20 &= b"ab"', f4169)
def f4170():
    x = 10**20
    x |= b"ab"
    return x
t('10**20 |= b"ab"', f4170)
def f4171():
    x = 10**20
    x ^= b"ab"
    return x
t('10**20 ^= b"ab"', f4171)
def f4172():
    x = 10**20
    x @= b"ab"
    return x
t('10**20 @= b"ab"', f4172)
def f4173():
    x = 10**20
    x += bytearray(b"x")
    return x
t('10**20 += bytearray(b"x")', f4173)
def f4174():
    x = 10**20
    x -= bytearray(b"x")
    return x
t('10**20 -= bytearray(b"x")', f4174)
def f4175():
    x = 10**20
    x /= bytearray(b"x")
    return x
t('10**20 /= bytearray(b"x")', f4175)
def f4176():
    x = 10**20
    x //= bytearray(b"x")
    return x
t('10**20 //= bytearray(b"x")', f4176)
def f4177():
    x = 10**20
    x %= bytearray(b"x")
    return x
t('10**20 %= bytearray(b"x")', f4177)
def f4178():
    x = 10**20
    x **= bytearray(b"x")
    return x
t('10**20 **= bytearray(b"x")', f4178)
def f4179():
    x = 10**20
    x <<= bytearray(b"x")
    return x
t('10**20 <<= bytearray(b"x")', f4179)
def f4180():
    x = 10**20
    x >>= bytearray(b"x")
    return x
t('10**20 >>= bytearray(b"x")', f4180)
def f4181():
    x = 10**20
    x &= bytearray(b"x")
    return x
t('10**20 &= bytearray(b"x")', f4181)
def f4182():
    x = 10**20
    x |= bytearray(b"x")
    return x
t('10**20 |= bytearray(b"x")', f4182)
def f4183():
    x = 10**20
    x ^= bytearray(b"x")
    return x
t('10**20 ^= bytearray(b"x")', f4183)
def f4184():
    x = 10**20
    x @= bytearray(b"x")
    return x
t('10**20 @= bytearray(b"x")', f4184)
def f4185():
    x = 10**20
    x += [1]
    return x
t('10**20 += [1]', f4185)
def f4186():
    x = 10**20
    x -= [1]
    return x
t('10**20 -= [1]', f4186)
def f4187():
    x = 10**20
    x /= [1]
    return x
t('10**20 /= [1]', f4187)
def f4188():
    x = 10**20
    x //= [1]
    return x
t('10**20 //= [1]', f4188)
def f4189():
    x = 10**20
    x %= [1]
    return x
t('10**20 %= [1]', f4189)
def f4190():
    x = 10**20
    x **= [1]
    return x
t('10**20 **= [1]', f4190)
def f4191():
    x = 10**20
    x <<= [1]
    return x
t('10**20 <<= [1]', f4191)
def f4192():
    x = 10**20
    x >>= [1]
    return x
t('10**20 >>= [1]', f4192)
def f4193():
    x = 10**20
    x &= [1]
    return x
t('10**20 &= [1]', f4193)
def f4194():
    x = 10**20
    x |= [1]
    return x
t('10**20 |= [1]', f4194)
def f4195():
    x = 10**20
    x ^= [1]
    return x
t('10**20 ^= [1]', f4195)
def f4196():
    x = 10**20
    x @= [1]
    return x
t('10**20 @= [1]', f4196)
def f4197():
    x = 10**20
    x += (1,)
    return x
t('10**20 += (1,)', f4197)
def f4198():
    x = 10**20
    x -= (1,)
    return x
t('10**20 -= (1,)', f4198)
def f4199():
    x = 10**20
    x /= (1,)
    return x
t('10**20 /= (1,)', f4199)
def f4200():
    x = 10**20
    x //= (1,)
    return x
t('10**20 //= (1,)', f4200)
def f4201():
    x = 10**20
    x %= (1,)
    return x
t('10**20 %= (1,)', f4201)
def f4202():
    x = 10**20
    x **= (1,)
    return x
t('10**20 **= (1,)', f4202)
def f4203():
    x = 10**20
    x <<= (1,)
    return x
t('10**20 <<= (1,)', f4203)
def f4204():
    x = 10**20
    x >>= (1,)
    return x
t('10**20 >>= (1,)', f4204)
def f4205():
    x = 10**20
    x &= (1,)
    return x
t('10**20 &= (1,)', f4205)
def f4206():
    x = 10**20
    x |= (1,)
    return x
t('10**20 |= (1,)', f4206)
def f4207():
    x = 10**20
    x ^= (1,)
    return x
t('10**20 ^= (1,)', f4207)
def f4208():
    x = 10**20
    x @= (1,)
    return x
t('10**20 @= (1,)', f4208)
def f4209():
    x = 10**20
    x += {1: 2}
    return x
t('10**20 += {1: 2}', f4209)
def f4210():
    x = 10**20
    x -= {1: 2}
    return x
t('10**20 -= {1: 2}', f4210)
def f4211():
    x = 10**20
    x /= {1: 2}
    return x
t('10**20 /= {1: 2}', f4211)
def f4212():
    x = 10**20
    x //= {1: 2}
    return x
t('10**20 //= {1: 2}', f4212)
def f4213():
    x = 10**20
    x %= {1: 2}
    return x
t('10**20 %= {1: 2}', f4213)
def f4214():
    x = 10**20
    x **= {1: 2}
    return x
t('10**20 **= {1: 2}', f4214)
def f4215():
    x = 10**20
    x <<= {1: 2}
    return x
t('10**20 <<= {1: 2}', f4215)
def f4216():
    x = 10**20
    x >>= {1: 2}
    return x
t('10**20 >>= {1: 2}', f4216)
def f4217():
    x = 10**20
    x &= {1: 2}
    return x
t('10**20 &= {1: 2}', f4217)
def f4218():
    x = 10**20
    x |= {1: 2}
    return x
t('10**20 |= {1: 2}', f4218)
def f4219():
    x = 10**20
    x ^= {1: 2}
    return x
t('10**20 ^= {1: 2}', f4219)
def f4220():
    x = 10**20
    x @= {1: 2}
    return x
t('10**20 @= {1: 2}', f4220)
def f4221():
    x = 10**20
    x += {1}
    return x
t('10**20 += {1}', f4221)
def f4222():
    x = 10**20
    x -= {1}
    return x
t('10**20 -= {1}', f4222)
def f4223():
    x = 10**20
    x /= {1}
    return x
t('10**20 /= {1}', f4223)
def f4224():
    x = 10**20
    x //= {1}
    return x
t('10**20 //= {1}', f4224)
def f4225():
    x = 10**20
    x %= {1}
    return x
t('10**20 %= {1}', f4225)
def f4226():
    x = 10**20
    x **= {1}
    return x
t('10**20 **= {1}', f4226)
def f4227():
    x = 10**20
    x <<= {1}
    return x
t('10**20 <<= {1}', f4227)
def f4228():
    x = 10**20
    x >>= {1}
    return x
t('10**20 >>= {1}', f4228)
def f4229():
    x = 10**20
    x &= {1}
    return x
t('10**20 &= {1}', f4229)
def f4230():
    x = 10**20
    x |= {1}
    return x
t('10**20 |= {1}', f4230)
def f4231():
    x = 10**20
    x ^= {1}
    return x
t('10**20 ^= {1}', f4231)
def f4232():
    x = 10**20
    x @= {1}
    return x
t('10**20 @= {1}', f4232)
def f4233():
    x = 10**20
    x += frozenset({2})
    return x
t('10**20 += frozenset({2})', f4233)
def f4234():
    x = 10**20
    x -= frozenset({2})
    return x
t('10**20 -= frozenset({2})', f4234)
def f4235():
    x = 10**20
    x /= frozenset({2})
    return x
t('10**20 /= frozenset({2})', f4235)
def f4236():
    x = 10**20
    x //= frozenset({2})
    return x
t('10**20 //= frozenset({2})', f4236)
def f4237():
    x = 10**20
    x %= frozenset({2})
    return x
t('10**20 %= frozenset({2})', f4237)
def f4238():
    x = 10**20
    x **= frozenset({2})
    return x
t('10**20 **= frozenset({2})', f4238)
def f4239():
    x = 10**20
    x <<= frozenset({2})
    return x
t('10**20 <<= frozenset({2})', f4239)
def f4240():
    x = 10**20
    x >>= frozenset({2})
    return x
t('10**20 >>= frozenset({2})', f4240)
def f4241():
    x = 10**20
    x &= frozenset({2})
    return x
t('10**20 &= frozenset({2})', f4241)
def f4242():
    x = 10**20
    x |= frozenset({2})
    return x
t('10**20 |= frozenset({2})', f4242)
def f4243():
    x = 10**20
    x ^= frozenset({2})
    return x
t('10**20 ^= frozenset({2})', f4243)
def f4244():
    x = 10**20
    x @= frozenset({2})
    return x
t('10**20 @= frozenset({2})', f4244)
def f4245():
    x = 10**20
    x += None
    return x
t('10**20 += None', f4245)
def f4246():
    x = 10**20
    x -= None
    return x
t('10**20 -= None', f4246)
def f4247():
    x = 10**20
    x /= None
    return x
t('10**20 /= None', f4247)
def f4248():
    x = 10**20
    x //= None
    return x
t('10**20 //= None', f4248)
def f4249():
    x = 10**20
    x %= None
    return x
t('10**20 %= None', f4249)
def f4250():
    x = 10**20
    x **= None
    return x
t('10**20 **= None', f4250)
def f4251():
    x = 10**20
    x <<= None
    return x
t('10**20 <<= None', f4251)
def f4252():
    x = 10**20
    x >>= None
    return x
t('10**20 >>= None', f4252)
def f4253():
    x = 10**20
    x &= None
    return x
t('10**20 &= None', f4253)
def f4254():
    x = 10**20
    x |= None
    return x
t('10**20 |= None', f4254)
def f4255():
    x = 10**20
    x ^= None
    return x
t('10**20 ^= None', f4255)
def f4256():
    x = 10**20
    x @= None
    return x
t('10**20 @= None', f4256)
def f4257():
    x = 10**20
    x += range(2)
    return x
t('10**20 += range(2)', f4257)
def f4258():
    x = 10**20
    x -= range(2)
    return x
t('10**20 -= range(2)', f4258)
def f4259():
    x = 10**20
    x /= range(2)
    return x
t('10**20 /= range(2)', f4259)
def f4260():
    x = 10**20
    x //= range(2)
    return x
t('10**20 //= range(2)', f4260)
def f4261():
    x = 10**20
    x %= range(2)
    return x
t('10**20 %= range(2)', f4261)
def f4262():
    x = 10**20
    x **= range(2)
    return x
t('10**20 **= range(2)', f4262)
def f4263():
    x = 10**20
    x <<= range(2)
    return x
t('10**20 <<= range(2)', f4263)
def f4264():
    x = 10**20
    x >>= range(2)
    return x
t('10**20 >>= range(2)', f4264)
def f4265():
    x = 10**20
    x &= range(2)
    return x
t('10**20 &= range(2)', f4265)
def f4266():
    x = 10**20
    x |= range(2)
    return x
t('10**20 |= range(2)', f4266)
def f4267():
    x = 10**20
    x ^= range(2)
    return x
t('10**20 ^= range(2)', f4267)
def f4268():
    x = 10**20
    x @= range(2)
    return x
t('10**20 @= range(2)', f4268)
def f4269():
    x = 10**20
    x += {1: 2}.keys()
    return x
t('10**20 += {1: 2}.keys()', f4269)
def f4270():
    x = 10**20
    x -= {1: 2}.keys()
    return x
t('10**20 -= {1: 2}.keys()', f4270)
def f4271():
    x = 10**20
    x /= {1: 2}.keys()
    return x
t('10**20 /= {1: 2}.keys()', f4271)
def f4272():
    x = 10**20
    x //= {1: 2}.keys()
    return x
t('10**20 //= {1: 2}.keys()', f4272)
def f4273():
    x = 10**20
    x %= {1: 2}.keys()
    return x
t('10**20 %= {1: 2}.keys()', f4273)
def f4274():
    x = 10**20
    x **= {1: 2}.keys()
    return x
t('10**20 **= {1: 2}.keys()', f4274)
def f4275():
    x = 10**20
    x <<= {1: 2}.keys()
    return x
t('10**20 <<= {1: 2}.keys()', f4275)
def f4276():
    x = 10**20
    x >>= {1: 2}.keys()
    return x
t('10**20 >>= {1: 2}.keys()', f4276)
def f4277():
    x = 10**20
    x &= {1: 2}.keys()
    return x
t('10**20 &= {1: 2}.keys()', f4277)
def f4278():
    x = 10**20
    x |= {1: 2}.keys()
    return x
t('10**20 |= {1: 2}.keys()', f4278)
def f4279():
    x = 10**20
    x ^= {1: 2}.keys()
    return x
t('10**20 ^= {1: 2}.keys()', f4279)
def f4280():
    x = 10**20
    x @= {1: 2}.keys()
    return x
t('10**20 @= {1: 2}.keys()', f4280)
def f4281():
    x = 10**20
    x += -3
    return x
t('10**20 += -3', f4281)
def f4282():
    x = 10**20
    x -= -3
    return x
t('10**20 -= -3', f4282)
def f4283():
    x = 10**20
    x /= -3
    return x
t('10**20 /= -3', f4283)
def f4284():
    x = 10**20
    x //= -3
    return x
t('10**20 //= -3', f4284)
def f4285():
    x = 10**20
    x %= -3
    return x
t('10**20 %= -3', f4285)
def f4286():
    x = 10**20
    x **= -3
    return x
t('10**20 **= -3', f4286)
def f4287():
    x = 10**20
    x <<= -3
    return x
t('10**20 <<= -3', f4287)
def f4288():
    x = 10**20
    x >>= -3
    return x
t('10**20 >>= -3', f4288)
def f4289():
    x = 10**20
    x &= -3
    return x
t('10**20 &= -3', f4289)
def f4290():
    x = 10**20
    x |= -3
    return x
t('10**20 |= -3', f4290)
def f4291():
    x = 10**20
    x ^= -3
    return x
t('10**20 ^= -3', f4291)
def f4292():
    x = 10**20
    x @= -3
    return x
t('10**20 @= -3', f4292)
def f4293():
    x = 10**20
    x += 0
    return x
t('10**20 += 0', f4293)
def f4294():
    x = 10**20
    x -= 0
    return x
t('10**20 -= 0', f4294)
def f4295():
    x = 10**20
    x /= 0
    return x
t('10**20 /= 0', f4295)
def f4296():
    x = 10**20
    x //= 0
    return x
t('10**20 //= 0', f4296)
def f4297():
    x = 10**20
    x %= 0
    return x
t('10**20 %= 0', f4297)
def f4298():
    x = 10**20
    x **= 0
    return x
t('10**20 **= 0', f4298)
def f4299():
    x = 10**20
    x <<= 0
    return x
t('10**20 <<= 0', f4299)
def f4300():
    x = 10**20
    x >>= 0
    return x
t('10**20 >>= 0', f4300)
def f4301():
    x = 10**20
    x &= 0
    return x
t('10**20 &= 0', f4301)
def f4302():
    x = 10**20
    x |= 0
    return x
t('10**20 |= 0', f4302)
def f4303():
    x = 10**20
    x ^= 0
    return x
t('10**20 ^= 0', f4303)
def f4304():
    x = 10**20
    x @= 0
    return x
t('10**20 @= 0', f4304)
def f4305():
    x = 10**20
    x += 10**20
    return x
t('10**20 += 10**20', f4305)
def f4306():
    x = 10**20
    x -= 10**20
    return x
t('10**20 -= 10**20', f4306)
def f4307():
    x = 10**20
    x /= 10**20
    return x
t('10**20 /= 10**20', f4307)
def f4308():
    x = 10**20
    x //= 10**20
    return x
t('10**20 //= 10**20', f4308)
def f4309():
    x = 10**20
    x %= 10**20
    return x
t('10**20 %= 10**20', f4309)
def f4310():
    x = 10**20
    x >>= 10**20
    return x
t('10**20 >>= 10**20', f4310)
def f4311():
    x = 10**20
    x &= 10**20
    return x
t('10**20 &= 10**20', f4311)
def f4312():
    x = 10**20
    x |= 10**20
    return x
t('10**20 |= 10**20', f4312)
def f4313():
    x = 10**20
    x ^= 10**20
    return x
t('10**20 ^= 10**20', f4313)
def f4314():
    x = 10**20
    x @= 10**20
    return x
t('10**20 @= 10**20', f4314)
def f4315():
    x = 10**20
    x += []
    return x
t('10**20 += []', f4315)
def f4316():
    x = 10**20
    x -= []
    return x
t('10**20 -= []', f4316)
def f4317():
    x = 10**20
    x /= []
    return x
t('10**20 /= []', f4317)
def f4318():
    x = 10**20
    x //= []
    return x
t('10**20 //= []', f4318)
def f4319():
    x = 10**20
    x %= []
    return x
t('10**20 %= []', f4319)
def f4320():
    x = 10**20
    x **= []
    return x
t('10**20 **= []', f4320)
def f4321():
    x = 10**20
    x <<= []
    return x
t('10**20 <<= []', f4321)
def f4322():
    x = 10**20
    x >>= []
    return x
t('10**20 >>= []', f4322)
def f4323():
    x = 10**20
    x &= []
    return x
t('10**20 &= []', f4323)
def f4324():
    x = 10**20
    x |= []
    return x
t('10**20 |= []', f4324)
def f4325():
    x = 10**20
    x ^= []
    return x
t('10**20 ^= []', f4325)
def f4326():
    x = 10**20
    x @= []
    return x
t('10**20 @= []', f4326)
def f4327():
    x = 10**20
    x += {}
    return x
t('10**20 += {}', f4327)
def f4328():
    x = 10**20
    x -= {}
    return x
t('10**20 -= {}', f4328)
def f4329():
    x = 10**20
    x /= {}
    return x
t('10**20 /= {}', f4329)
def f4330():
    x = 10**20
    x //= {}
    return x
t('10**20 //= {}', f4330)
def f4331():
    x = 10**20
    x %= {}
    return x
t('10**20 %= {}', f4331)
def f4332():
    x = 10**20
    x **= {}
    return x
t('10**20 **= {}', f4332)
def f4333():
    x = 10**20
    x <<= {}
    return x
t('10**20 <<= {}', f4333)
def f4334():
    x = 10**20
    x >>= {}
    return x
t('10**20 >>= {}', f4334)
def f4335():
    x = 10**20
    x &= {}
    return x
t('10**20 &= {}', f4335)
def f4336():
    x = 10**20
    x |= {}
    return x
t('10**20 |= {}', f4336)
def f4337():
    x = 10**20
    x ^= {}
    return x
t('10**20 ^= {}', f4337)
def f4338():
    x = 10**20
    x @= {}
    return x
t('10**20 @= {}', f4338)
def f4339():
    x = 10**20
    x += "é"
    return x
t('10**20 += "é"', f4339)
def f4340():
    x = 10**20
    x -= "é"
    return x
t('10**20 -= "é"', f4340)
def f4341():
    x = 10**20
    x /= "é"
    return x
t('10**20 /= "é"', f4341)
def f4342():
    x = 10**20
    x //= "é"
    return x
t('10**20 //= "é"', f4342)
def f4343():
    x = 10**20
    x %= "é"
    return x
t('10**20 %= "é"', f4343)
def f4344():
    x = 10**20
    x **= "é"
    return x
t('10**20 **= "é"', f4344)
def f4345():
    x = 10**20
    x <<= "é"
    return x
t('10**20 <<= "é"', f4345)
def f4346():
    x = 10**20
    x >>= "é"
    return x
t('10**20 >>= "é"', f4346)
def f4347():
    x = 10**20
    x &= "é"
    return x
t('10**20 &= "é"', f4347)
def f4348():
    x = 10**20
    x |= "é"
    return x
t('10**20 |= "é"', f4348)
def f4349():
    x = 10**20
    x ^= "é"
    return x
t('10**20 ^= "é"', f4349)
def f4350():
    x = 10**20
    x @= "é"
    return x
t('10**20 @= "é"', f4350)
def f4351():
    x = []
    x += 1
    return x
t('[] += 1', f4351)
def f4352():
    x = []
    x -= 1
    return x
t('[] -= 1', f4352)
def f4353():
    x = []
    x *= 1
    return x
t('[] *= 1', f4353)
def f4354():
    x = []
    x /= 1
    return x
t('[] /= 1', f4354)
def f4355():
    x = []
    x //= 1
    return x
t('[] //= 1', f4355)
def f4356():
    x = []
    x %= 1
    return x
t('[] %= 1', f4356)
def f4357():
    x = []
    x **= 1
    return x
t('[] **= 1', f4357)
def f4358():
    x = []
    x <<= 1
    return x
t('[] <<= 1', f4358)
def f4359():
    x = []
    x >>= 1
    return x
t('[] >>= 1', f4359)
def f4360():
    x = []
    x &= 1
    return x
t('[] &= 1', f4360)
def f4361():
    x = []
    x |= 1
    return x
t('[] |= 1', f4361)
def f4362():
    x = []
    x ^= 1
    return x
t('[] ^= 1', f4362)
def f4363():
    x = []
    x @= 1
    return x
t('[] @= 1', f4363)
def f4364():
    x = []
    x += 2.5
    return x
t('[] += 2.5', f4364)
def f4365():
    x = []
    x -= 2.5
    return x
t('[] -= 2.5', f4365)
def f4366():
    x = []
    x *= 2.5
    return x
t('[] *= 2.5', f4366)
def f4367():
    x = []
    x /= 2.5
    return x
t('[] /= 2.5', f4367)
def f4368():
    x = []
    x //= 2.5
    return x
t('[] //= 2.5', f4368)
def f4369():
    x = []
    x %= 2.5
    return x
t('[] %= 2.5', f4369)
def f4370():
    x = []
    x **= 2.5
    return x
t('[] **= 2.5', f4370)
def f4371():
    x = []
    x <<= 2.5
    return x
t('[] <<= 2.5', f4371)
def f4372():
    x = []
    x >>= 2.5
    return x
t('[] >>= 2.5', f4372)
def f4373():
    x = []
    x &= 2.5
    return x
t('[] &= 2.5', f4373)
def f4374():
    x = []
    x |= 2.5
    return x
t('[] |= 2.5', f4374)
def f4375():
    x = []
    x ^= 2.5
    return x
t('[] ^= 2.5', f4375)
def f4376():
    x = []
    x @= 2.5
    return x
t('[] @= 2.5', f4376)
def f4377():
    x = []
    x += True
    return x
t('[] += True', f4377)
def f4378():
    x = []
    x -= True
    return x
t('[] -= True', f4378)
def f4379():
    x = []
    x *= True
    return x
t('[] *= True', f4379)
def f4380():
    x = []
    x /= True
    return x
t('[] /= True', f4380)
def f4381():
    x = []
    x //= True
    return x
t('[] //= True', f4381)
def f4382():
    x = []
    x %= True
    return x
t('[] %= True', f4382)
def f4383():
    x = []
    x **= True
    return x
t('[] **= True', f4383)
def f4384():
    x = []
    x <<= True
    return x
t('[] <<= True', f4384)
def f4385():
    x = []
    x >>= True
    return x
t('[] >>= True', f4385)
def f4386():
    x = []
    x &= True
    return x
t('[] &= True', f4386)
def f4387():
    x = []
    x |= True
    return x
t('[] |= True', f4387)
def f4388():
    x = []
    x ^= True
    return x
t('[] ^= True', f4388)
def f4389():
    x = []
    x @= True
    return x
t('[] @= True', f4389)
def f4390():
    x = []
    x += "ab"
    return x
t('[] += "ab"', f4390)
def f4391():
    x = []
    x -= "ab"
    return x
t('[] -= "ab"', f4391)
def f4392():
    x = []
    x *= "ab"
    return x
t('[] *= "ab"', f4392)
def f4393():
    x = []
    x /= "ab"
    return x
t('[] /= "ab"', f4393)
def f4394():
    x = []
    x //= "ab"
    return x
t('[] //= "ab"', f4394)
def f4395():
    x = []
    x %= "ab"
    return x
t('[] %= "ab"', f4395)
def f4396():
    x = []
    x **= "ab"
    return x
t('[] **= "ab"', f4396)
def f4397():
    x = []
    x <<= "ab"
    return x
t('[] <<= "ab"', f4397)
def f4398():
    x = []
    x >>= "ab"
    return x
t('[] >>= "ab"', f4398)
def f4399():
    x = []
    x &= "ab"
    return x
t('[] &= "ab"', f4399)
def f4400():
    x = []
    x |= "ab"
    return x
t('[] |= "ab"', f4400)
def f4401():
    x = []
    x ^= "ab"
    return x
t('[] ^= "ab"', f4401)
def f4402():
    x = []
    x @= "ab"
    return x
t('[] @= "ab"', f4402)
def f4403():
    x = []
    x += b"ab"
    return x
t('[] += b"ab"', f4403)
def f4404():
    x = []
    x -= b"ab"
    return x
t('[] -= b"ab"', f4404)
def f4405():
    x = []
    x *= b"ab"
    return x
t('[] *= b"ab"', f4405)
def f4406():
    x = []
    x /= b"ab"
    return x
t('[] /= b"ab"', f4406)
def f4407():
    x = []
    x //= b"ab"
    return x
t('[] //= b"ab"', f4407)
def f4408():
    x = []
    x %= b"ab"
    return x
t('[] %= b"ab"', f4408)
def f4409():
    x = []
    x **= b"ab"
    return x
t('[] **= b"ab"', f4409)
def f4410():
    x = []
    x <<= b"ab"
    return x
t('[] <<= b"ab"', f4410)
def f4411():
    x = []
    x >>= b"ab"
    return x
t('[] >>= b"ab"', f4411)
def f4412():
    x = []
    x &= b"ab"
    return x
t('[] &= b"ab"', f4412)
def f4413():
    x = []
    x |= b"ab"
    return x
t('[] |= b"ab"', f4413)
def f4414():
    x = []
    x ^= b"ab"
    return x
t('[] ^= b"ab"', f4414)
def f4415():
    x = []
    x @= b"ab"
    return x
t('[] @= b"ab"', f4415)
def f4416():
    x = []
    x += bytearray(b"x")
    return x
t('[] += bytearray(b"x")', f4416)
def f4417():
    x = []
    x -= bytearray(b"x")
    return x
t('[] -= bytearray(b"x")', f4417)
def f4418():
    x = []
    x *= bytearray(b"x")
    return x
t('[] *= bytearray(b"x")', f4418)
def f4419():
    x = []
    x /= bytearray(b"x")
    return x
t('[] /= bytearray(b"x")', f4419)
def f4420():
    x = []
    x //= bytearray(b"x")
    return x
t('[] //= bytearray(b"x")', f4420)
def f4421():
    x = []
    x %= bytearray(b"x")
    return x
t('[] %= bytearray(b"x")', f4421)
def f4422():
    x = []
    x **= bytearray(b"x")
    return x
t('[] **= bytearray(b"x")', f4422)
def f4423():
    x = []
    x <<= bytearray(b"x")
    return x
t('[] <<= bytearray(b"x")', f4423)
def f4424():
    x = []
    x >>= bytearray(b"x")
    return x
t('[] >>= bytearray(b"x")', f4424)
def f4425():
    x = []
    x &= bytearray(b"x")
    return x
t('[] &= bytearray(b"x")', f4425)
def f4426():
    x = []
    x |= bytearray(b"x")
    return x
t('[] |= bytearray(b"x")', f4426)
def f4427():
    x = []
    x ^= bytearray(b"x")
    return x
t('[] ^= bytearray(b"x")', f4427)
def f4428():
    x = []
    x @= bytearray(b"x")
    return x
t('[] @= bytearray(b"x")', f4428)
def f4429():
    x = []
    x += [1]
    return x
t('[] += [1]', f4429)
def f4430():
    x = []
    x -= [1]
    return x
t('[] -= [1]', f4430)
def f4431():
    x = []
    x *= [1]
    return x
t('[] *= [1]', f4431)
def f4432():
    x = []
    x /= [1]
    return x
t('[] /= [1]', f4432)
def f4433():
    x = []
    x //= [1]
    return x
t('[] //= [1]', f4433)
def f4434():
    x = []
    x %= [1]
    return x
t('[] %= [1]', f4434)
def f4435():
    x = []
    x **= [1]
    return x
t('[] **= [1]', f4435)
def f4436():
    x = []
    x <<= [1]
    return x
t('[] <<= [1]', f4436)
def f4437():
    x = []
    x >>= [1]
    return x
t('[] >>= [1]', f4437)
def f4438():
    x = []
    x &= [1]
    return x
t('[] &= [1]', f4438)
def f4439():
    x = []
    x |= [1]
    return x
t('[] |= [1]', f4439)
def f4440():
    x = []
    x ^= [1]
    return x
t('[] ^= [1]', f4440)
def f4441():
    x = []
    x @= [1]
    return x
t('[] @= [1]', f4441)
def f4442():
    x = []
    x += (1,)
    return x
t('[] += (1,)', f4442)
def f4443():
    x = []
    x -= (1,)
    return x
t('[] -= (1,)', f4443)
def f4444():
    x = []
    x *= (1,)
    return x
t('[] *= (1,)', f4444)
def f4445():
    x = []
    x /= (1,)
    return x
t('[] /= (1,)', f4445)
def f4446():
    x = []
    x //= (1,)
    return x
t('[] //= (1,)', f4446)
def f4447():
    x = []
    x %= (1,)
    return x
t('[] %= (1,)', f4447)
def f4448():
    x = []
    x **= (1,)
    return x
t('[] **= (1,)', f4448)
def f4449():
    x = []
    x <<= (1,)
    return x
t('[] <<= (1,)', f4449)
def f4450():
    x = []
    x >>= (1,)
    return x
t('[] >>= (1,)', f4450)
def f4451():
    x = []
    x &= (1,)
    return x
t('[] &= (1,)', f4451)
def f4452():
    x = []
    x |= (1,)
    return x
t('[] |= (1,)', f4452)
def f4453():
    x = []
    x ^= (1,)
    return x
t('[] ^= (1,)', f4453)
def f4454():
    x = []
    x @= (1,)
    return x
t('[] @= (1,)', f4454)
def f4455():
    x = []
    x += {1: 2}
    return x
t('[] += {1: 2}', f4455)
def f4456():
    x = []
    x -= {1: 2}
    return x
t('[] -= {1: 2}', f4456)
def f4457():
    x = []
    x *= {1: 2}
    return x
t('[] *= {1: 2}', f4457)
def f4458():
    x = []
    x /= {1: 2}
    return x
t('[] /= {1: 2}', f4458)
def f4459():
    x = []
    x //= {1: 2}
    return x
t('[] //= {1: 2}', f4459)
def f4460():
    x = []
    x %= {1: 2}
    return x
t('[] %= {1: 2}', f4460)
def f4461():
    x = []
    x **= {1: 2}
    return x
t('[] **= {1: 2}', f4461)
def f4462():
    x = []
    x <<= {1: 2}
    return x
t('[] <<= {1: 2}', f4462)
def f4463():
    x = []
    x >>= {1: 2}
    return x
t('[] >>= {1: 2}', f4463)
def f4464():
    x = []
    x &= {1: 2}
    return x
t('[] &= {1: 2}', f4464)
def f4465():
    x = []
    x |= {1: 2}
    return x
t('[] |= {1: 2}', f4465)
def f4466():
    x = []
    x ^= {1: 2}
    return x
t('[] ^= {1: 2}', f4466)
def f4467():
    x = []
    x @= {1: 2}
    return x
t('[] @= {1: 2}', f4467)
def f4468():
    x = []
    x += {1}
    return x
t('[] += {1}', f4468)
def f4469():
    x = []
    x -= {1}
    return x
t('[] -= {1}', f4469)
def f4470():
    x = []
    x *= {1}
    return x
t('[] *= {1}', f4470)
def f4471():
    x = []
    x /= {1}
    return x
t('[] /= {1}', f4471)
def f4472():
    x = []
    x //= {1}
    return x
t('[] //= {1}', f4472)
def f4473():
    x = []
    x %= {1}
    return x
t('[] %= {1}', f4473)
def f4474():
    x = []
    x **= {1}
    return x
t('[] **= {1}', f4474)
def f4475():
    x = []
    x <<= {1}
    return x
t('[] <<= {1}', f4475)
def f4476():
    x = []
    x >>= {1}
    return x
t('[] >>= {1}', f4476)
def f4477():
    x = []
    x &= {1}
    return x
t('[] &= {1}', f4477)
def f4478():
    x = []
    x |= {1}
    return x
t('[] |= {1}', f4478)
def f4479():
    x = []
    x ^= {1}
    return x
t('[] ^= {1}', f4479)
def f4480():
    x = []
    x @= {1}
    return x
t('[] @= {1}', f4480)
def f4481():
    x = []
    x += frozenset({2})
    return x
t('[] += frozenset({2})', f4481)
def f4482():
    x = []
    x -= frozenset({2})
    return x
t('[] -= frozenset({2})', f4482)
def f4483():
    x = []
    x *= frozenset({2})
    return x
t('[] *= frozenset({2})', f4483)
def f4484():
    x = []
    x /= frozenset({2})
    return x
t('[] /= frozenset({2})', f4484)
def f4485():
    x = []
    x //= frozenset({2})
    return x
t('[] //= frozenset({2})', f4485)
def f4486():
    x = []
    x %= frozenset({2})
    return x
t('[] %= frozenset({2})', f4486)
def f4487():
    x = []
    x **= frozenset({2})
    return x
t('[] **= frozenset({2})', f4487)
def f4488():
    x = []
    x <<= frozenset({2})
    return x
t('[] <<= frozenset({2})', f4488)
def f4489():
    x = []
    x >>= frozenset({2})
    return x
t('[] >>= frozenset({2})', f4489)
def f4490():
    x = []
    x &= frozenset({2})
    return x
t('[] &= frozenset({2})', f4490)
def f4491():
    x = []
    x |= frozenset({2})
    return x
t('[] |= frozenset({2})', f4491)
def f4492():
    x = []
    x ^= frozenset({2})
    return x
t('[] ^= frozenset({2})', f4492)
def f4493():
    x = []
    x @= frozenset({2})
    return x
t('[] @= frozenset({2})', f4493)
def f4494():
    x = []
    x += None
    return x
t('[] += None', f4494)
def f4495():
    x = []
    x -= None
    return x
t('[] -= None', f4495)
def f4496():
    x = []
    x *= None
    return x
t('[] *= None', f4496)
def f4497():
    x = []
    x /= None
    return x
t('[] /= None', f4497)
def f4498():
    x = []
    x //= None
    return x
t('[] //= None', f4498)
def f4499():
    x = []
    x %= None
    return x
t('[] %= None', f4499)
def f4500():
    x = []
    x **= None
    return x
t('[] **= None', f4500)
def f4501():
    x = []
    x <<= None
    return x
t('[] <<= None', f4501)
def f4502():
    x = []
    x >>= None
    return x
t('[] >>= None', f4502)
def f4503():
    x = []
    x &= None
    return x
t('[] &= None', f4503)
def f4504():
    x = []
    x |= None
    return x
t('[] |= None', f4504)
def f4505():
    x = []
    x ^= None
    return x
t('[] ^= None', f4505)
def f4506():
    x = []
    x @= None
    return x
t('[] @= None', f4506)
def f4507():
    x = []
    x += range(2)
    return x
t('[] += range(2)', f4507)
def f4508():
    x = []
    x -= range(2)
    return x
t('[] -= range(2)', f4508)
def f4509():
    x = []
    x *= range(2)
    return x
t('[] *= range(2)', f4509)
def f4510():
    x = []
    x /= range(2)
    return x
t('[] /= range(2)', f4510)
def f4511():
    x = []
    x //= range(2)
    return x
t('[] //= range(2)', f4511)
def f4512():
    x = []
    x %= range(2)
    return x
t('[] %= range(2)', f4512)
def f4513():
    x = []
    x **= range(2)
    return x
t('[] **= range(2)', f4513)
def f4514():
    x = []
    x <<= range(2)
    return x
t('[] <<= range(2)', f4514)
def f4515():
    x = []
    x >>= range(2)
    return x
t('[] >>= range(2)', f4515)
def f4516():
    x = []
    x &= range(2)
    return x
t('[] &= range(2)', f4516)
def f4517():
    x = []
    x |= range(2)
    return x
t('[] |= range(2)', f4517)
def f4518():
    x = []
    x ^= range(2)
    return x
t('[] ^= range(2)', f4518)
def f4519():
    x = []
    x @= range(2)
    return x
t('[] @= range(2)', f4519)
def f4520():
    x = []
    x += {1: 2}.keys()
    return x
t('[] += {1: 2}.keys()', f4520)
def f4521():
    x = []
    x -= {1: 2}.keys()
    return x
t('[] -= {1: 2}.keys()', f4521)
def f4522():
    x = []
    x *= {1: 2}.keys()
    return x
t('[] *= {1: 2}.keys()', f4522)
def f4523():
    x = []
    x /= {1: 2}.keys()
    return x
t('[] /= {1: 2}.keys()', f4523)
def f4524():
    x = []
    x //= {1: 2}.keys()
    return x
t('[] //= {1: 2}.keys()', f4524)
def f4525():
    x = []
    x %= {1: 2}.keys()
    return x
t('[] %= {1: 2}.keys()', f4525)
def f4526():
    x = []
    x **= {1: 2}.keys()
    return x
t('[] **= {1: 2}.keys()', f4526)
def f4527():
    x = []
    x <<= {1: 2}.keys()
    return x
t('[] <<= {1: 2}.keys()', f4527)
def f4528():
    x = []
    x >>= {1: 2}.keys()
    return x
t('[] >>= {1: 2}.keys()', f4528)
def f4529():
    x = []
    x &= {1: 2}.keys()
    return x
t('[] &= {1: 2}.keys()', f4529)
def f4530():
    x = []
    x |= {1: 2}.keys()
    return x
t('[] |= {1: 2}.keys()', f4530)
def f4531():
    x = []
    x ^= {1: 2}.keys()
    return x
t('[] ^= {1: 2}.keys()', f4531)
def f4532():
    x = []
    x @= {1: 2}.keys()
    return x
t('[] @= {1: 2}.keys()', f4532)
def f4533():
    x = []
    x += -3
    return x
t('[] += -3', f4533)
def f4534():
    x = []
    x -= -3
    return x
t('[] -= -3', f4534)
def f4535():
    x = []
    x *= -3
    return x
t('[] *= -3', f4535)
def f4536():
    x = []
    x /= -3
    return x
t('[] /= -3', f4536)
def f4537():
    x = []
    x //= -3
    return x
t('[] //= -3', f4537)
def f4538():
    x = []
    x %= -3
    return x
t('[] %= -3', f4538)
def f4539():
    x = []
    x **= -3
    return x
t('[] **= -3', f4539)
def f4540():
    x = []
    x <<= -3
    return x
t('[] <<= -3', f4540)
def f4541():
    x = []
    x >>= -3
    return x
t('[] >>= -3', f4541)
def f4542():
    x = []
    x &= -3
    return x
t('[] &= -3', f4542)
def f4543():
    x = []
    x |= -3
    return x
t('[] |= -3', f4543)
def f4544():
    x = []
    x ^= -3
    return x
t('[] ^= -3', f4544)
def f4545():
    x = []
    x @= -3
    return x
t('[] @= -3', f4545)
def f4546():
    x = []
    x += 0
    return x
t('[] += 0', f4546)
def f4547():
    x = []
    x -= 0
    return x
t('[] -= 0', f4547)
def f4548():
    x = []
    x *= 0
    return x
t('[] *= 0', f4548)
def f4549():
    x = []
    x /= 0
    return x
t('[] /= 0', f4549)
def f4550():
    x = []
    x //= 0
    return x
t('[] //= 0', f4550)
def f4551():
    x = []
    x %= 0
    return x
t('[] %= 0', f4551)
def f4552():
    x = []
    x **= 0
    return x
t('[] **= 0', f4552)
def f4553():
    x = []
    x <<= 0
    return x
t('[] <<= 0', f4553)
def f4554():
    x = []
    x >>= 0
    return x
t('[] >>= 0', f4554)
def f4555():
    x = []
    x &= 0
    return x
t('[] &= 0', f4555)
def f4556():
    x = []
    x |= 0
    return x
t('[] |= 0', f4556)
def f4557():
    x = []
    x ^= 0
    return x
t('[] ^= 0', f4557)
def f4558():
    x = []
    x @= 0
    return x
t('[] @= 0', f4558)
def f4559():
    x = []
    x += 10**20
    return x
t('[] += 10**20', f4559)
def f4560():
    x = []
    x -= 10**20
    return x
t('[] -= 10**20', f4560)
def f4561():
    x = []
    x /= 10**20
    return x
t('[] /= 10**20', f4561)
def f4562():
    x = []
    x //= 10**20
    return x
t('[] //= 10**20', f4562)
def f4563():
    x = []
    x %= 10**20
    return x
t('[] %= 10**20', f4563)
def f4564():
    x = []
    x >>= 10**20
    return x
t('[] >>= 10**20', f4564)
def f4565():
    x = []
    x &= 10**20
    return x
t('[] &= 10**20', f4565)
def f4566():
    x = []
    x |= 10**20
    return x
t('[] |= 10**20', f4566)
def f4567():
    x = []
    x ^= 10**20
    return x
t('[] ^= 10**20', f4567)
def f4568():
    x = []
    x @= 10**20
    return x
t('[] @= 10**20', f4568)
def f4569():
    x = []
    x += []
    return x
t('[] += []', f4569)
def f4570():
    x = []
    x -= []
    return x
t('[] -= []', f4570)
def f4571():
    x = []
    x *= []
    return x
t('[] *= []', f4571)
def f4572():
    x = []
    x /= []
    return x
t('[] /= []', f4572)
def f4573():
    x = []
    x //= []
    return x
t('[] //= []', f4573)
def f4574():
    x = []
    x %= []
    return x
t('[] %= []', f4574)
def f4575():
    x = []
    x **= []
    return x
t('[] **= []', f4575)
def f4576():
    x = []
    x <<= []
    return x
t('[] <<= []', f4576)
def f4577():
    x = []
    x >>= []
    return x
t('[] >>= []', f4577)
def f4578():
    x = []
    x &= []
    return x
t('[] &= []', f4578)
def f4579():
    x = []
    x |= []
    return x
t('[] |= []', f4579)
def f4580():
    x = []
    x ^= []
    return x
t('[] ^= []', f4580)
def f4581():
    x = []
    x @= []
    return x
t('[] @= []', f4581)
def f4582():
    x = []
    x += {}
    return x
t('[] += {}', f4582)
def f4583():
    x = []
    x -= {}
    return x
t('[] -= {}', f4583)
def f4584():
    x = []
    x *= {}
    return x
t('[] *= {}', f4584)
def f4585():
    x = []
    x /= {}
    return x
t('[] /= {}', f4585)
def f4586():
    x = []
    x //= {}
    return x
t('[] //= {}', f4586)
def f4587():
    x = []
    x %= {}
    return x
t('[] %= {}', f4587)
def f4588():
    x = []
    x **= {}
    return x
t('[] **= {}', f4588)
def f4589():
    x = []
    x <<= {}
    return x
t('[] <<= {}', f4589)
def f4590():
    x = []
    x >>= {}
    return x
t('[] >>= {}', f4590)
def f4591():
    x = []
    x &= {}
    return x
t('[] &= {}', f4591)
def f4592():
    x = []
    x |= {}
    return x
t('[] |= {}', f4592)
def f4593():
    x = []
    x ^= {}
    return x
t('[] ^= {}', f4593)
def f4594():
    x = []
    x @= {}
    return x
t('[] @= {}', f4594)
def f4595():
    x = []
    x += "é"
    return x
t('[] += "é"', f4595)
def f4596():
    x = []
    x -= "é"
    return x
t('[] -= "é"', f4596)
def f4597():
    x = []
    x *= "é"
    return x
t('[] *= "é"', f4597)
def f4598():
    x = []
    x /= "é"
    return x
t('[] /= "é"', f4598)
def f4599():
    x = []
    x //= "é"
    return x
t('[] //= "é"', f4599)
def f4600():
    x = []
    x %= "é"
    return x
t('[] %= "é"', f4600)
def f4601():
    x = []
    x **= "é"
    return x
t('[] **= "é"', f4601)
def f4602():
    x = []
    x <<= "é"
    return x
t('[] <<= "é"', f4602)
def f4603():
    x = []
    x >>= "é"
    return x
t('[] >>= "é"', f4603)
def f4604():
    x = []
    x &= "é"
    return x
t('[] &= "é"', f4604)
def f4605():
    x = []
    x |= "é"
    return x
t('[] |= "é"', f4605)
def f4606():
    x = []
    x ^= "é"
    return x
t('[] ^= "é"', f4606)
def f4607():
    x = []
    x @= "é"
    return x
t('[] @= "é"', f4607)
def f4608():
    x = {}
    x += 1
    return x
t('{} += 1', f4608)
def f4609():
    x = {}
    x -= 1
    return x
t('{} -= 1', f4609)
def f4610():
    x = {}
    x *= 1
    return x
t('{} *= 1', f4610)
def f4611():
    x = {}
    x /= 1
    return x
t('{} /= 1', f4611)
def f4612():
    x = {}
    x //= 1
    return x
t('{} //= 1', f4612)
def f4613():
    x = {}
    x %= 1
    return x
t('{} %= 1', f4613)
def f4614():
    x = {}
    x **= 1
    return x
t('{} **= 1', f4614)
def f4615():
    x = {}
    x <<= 1
    return x
t('{} <<= 1', f4615)
def f4616():
    x = {}
    x >>= 1
    return x
t('{} >>= 1', f4616)
def f4617():
    x = {}
    x &= 1
    return x
t('{} &= 1', f4617)
def f4618():
    x = {}
    x |= 1
    return x
t('{} |= 1', f4618)
def f4619():
    x = {}
    x ^= 1
    return x
t('{} ^= 1', f4619)
def f4620():
    x = {}
    x @= 1
    return x
t('{} @= 1', f4620)
def f4621():
    x = {}
    x += 2.5
    return x
t('{} += 2.5', f4621)
def f4622():
    x = {}
    x -= 2.5
    return x
t('{} -= 2.5', f4622)
def f4623():
    x = {}
    x *= 2.5
    return x
t('{} *= 2.5', f4623)
def f4624():
    x = {}
    x /= 2.5
    return x
t('{} /= 2.5', f4624)
def f4625():
    x = {}
    x //= 2.5
    return x
t('{} //= 2.5', f4625)
def f4626():
    x = {}
    x %= 2.5
    return x
t('{} %= 2.5', f4626)
def f4627():
    x = {}
    x **= 2.5
    return x
t('{} **= 2.5', f4627)
def f4628():
    x = {}
    x <<= 2.5
    return x
t('{} <<= 2.5', f4628)
def f4629():
    x = {}
    x >>= 2.5
    return x
t('{} >>= 2.5', f4629)
def f4630():
    x = {}
    x &= 2.5
    return x
t('{} &= 2.5', f4630)
def f4631():
    x = {}
    x |= 2.5
    return x
t('{} |= 2.5', f4631)
def f4632():
    x = {}
    x ^= 2.5
    return x
t('{} ^= 2.5', f4632)
def f4633():
    x = {}
    x @= 2.5
    return x
t('{} @= 2.5', f4633)
def f4634():
    x = {}
    x += True
    return x
t('{} += True', f4634)
def f4635():
    x = {}
    x -= True
    return x
t('{} -= True', f4635)
def f4636():
    x = {}
    x *= True
    return x
t('{} *= True', f4636)
def f4637():
    x = {}
    x /= True
    return x
t('{} /= True', f4637)
def f4638():
    x = {}
    x //= True
    return x
t('{} //= True', f4638)
def f4639():
    x = {}
    x %= True
    return x
t('{} %= True', f4639)
def f4640():
    x = {}
    x **= True
    return x
t('{} **= True', f4640)
def f4641():
    x = {}
    x <<= True
    return x
t('{} <<= True', f4641)
def f4642():
    x = {}
    x >>= True
    return x
t('{} >>= True', f4642)
def f4643():
    x = {}
    x &= True
    return x
t('{} &= True', f4643)
def f4644():
    x = {}
    x |= True
    return x
t('{} |= True', f4644)
def f4645():
    x = {}
    x ^= True
    return x
t('{} ^= True', f4645)
def f4646():
    x = {}
    x @= True
    return x
t('{} @= True', f4646)
def f4647():
    x = {}
    x += "ab"
    return x
t('{} += "ab"', f4647)
def f4648():
    x = {}
    x -= "ab"
    return x
t('{} -= "ab"', f4648)
def f4649():
    x = {}
    x *= "ab"
    return x
t('{} *= "ab"', f4649)
def f4650():
    x = {}
    x /= "ab"
    return x
t('{} /= "ab"', f4650)
def f4651():
    x = {}
    x //= "ab"
    return x
t('{} //= "ab"', f4651)
def f4652():
    x = {}
    x %= "ab"
    return x
t('{} %= "ab"', f4652)
def f4653():
    x = {}
    x **= "ab"
    return x
t('{} **= "ab"', f4653)
def f4654():
    x = {}
    x <<= "ab"
    return x
t('{} <<= "ab"', f4654)
def f4655():
    x = {}
    x >>= "ab"
    return x
t('{} >>= "ab"', f4655)
def f4656():
    x = {}
    x &= "ab"
    return x
t('{} &= "ab"', f4656)
def f4657():
    x = {}
    x |= "ab"
    return x
t('{} |= "ab"', f4657)
def f4658():
    x = {}
    x ^= "ab"
    return x
t('{} ^= "ab"', f4658)
def f4659():
    x = {}
    x @= "ab"
    return x
t('{} @= "ab"', f4659)
def f4660():
    x = {}
    x += b"ab"
    return x
t('{} += b"ab"', f4660)
def f4661():
    x = {}
    x -= b"ab"
    return x
t('{} -= b"ab"', f4661)
def f4662():
    x = {}
    x *= b"ab"
    return x
t('{} *= b"ab"', f4662)
def f4663():
    x = {}
    x /= b"ab"
    return x
t('{} /= b"ab"', f4663)
def f4664():
    x = {}
    x //= b"ab"
    return x
t('{} //= b"ab"', f4664)
def f4665():
    x = {}
    x %= b"ab"
    return x
t('{} %= b"ab"', f4665)
def f4666():
    x = {}
    x **= b"ab"
    return x
t('{} **= b"ab"', f4666)
def f4667():
    x = {}
    x <<= b"ab"
    return x
t('{} <<= b"ab"', f4667)
def f4668():
    x = {}
    x >>= b"ab"
    return x
t('{} >>= b"ab"', f4668)
def f4669():
    x = {}
    x &= b"ab"
    return x
t('{} &= b"ab"', f4669)
def f4670():
    x = {}
    x |= b"ab"
    return x
t('{} |= b"ab"', f4670)
def f4671():
    x = {}
    x ^= b"ab"
    return x
t('{} ^= b"ab"', f4671)
def f4672():
    x = {}
    x @= b"ab"
    return x
t('{} @= b"ab"', f4672)
def f4673():
    x = {}
    x += bytearray(b"x")
    return x
t('{} += bytearray(b"x")', f4673)
def f4674():
    x = {}
    x -= bytearray(b"x")
    return x
t('{} -= bytearray(b"x")', f4674)
def f4675():
    x = {}
    x *= bytearray(b"x")
    return x
t('{} *= bytearray(b"x")', f4675)
def f4676():
    x = {}
    x /= bytearray(b"x")
    return x
t('{} /= bytearray(b"x")', f4676)
def f4677():
    x = {}
    x //= bytearray(b"x")
    return x
t('{} //= bytearray(b"x")', f4677)
def f4678():
    x = {}
    x %= bytearray(b"x")
    return x
t('{} %= bytearray(b"x")', f4678)
def f4679():
    x = {}
    x **= bytearray(b"x")
    return x
t('{} **= bytearray(b"x")', f4679)
def f4680():
    x = {}
    x <<= bytearray(b"x")
    return x
t('{} <<= bytearray(b"x")', f4680)
def f4681():
    x = {}
    x >>= bytearray(b"x")
    return x
t('{} >>= bytearray(b"x")', f4681)
def f4682():
    x = {}
    x &= bytearray(b"x")
    return x
t('{} &= bytearray(b"x")', f4682)
def f4683():
    x = {}
    x |= bytearray(b"x")
    return x
t('{} |= bytearray(b"x")', f4683)
def f4684():
    x = {}
    x ^= bytearray(b"x")
    return x
t('{} ^= bytearray(b"x")', f4684)
def f4685():
    x = {}
    x @= bytearray(b"x")
    return x
t('{} @= bytearray(b"x")', f4685)
def f4686():
    x = {}
    x += [1]
    return x
t('{} += [1]', f4686)
def f4687():
    x = {}
    x -= [1]
    return x
t('{} -= [1]', f4687)
def f4688():
    x = {}
    x *= [1]
    return x
t('{} *= [1]', f4688)
def f4689():
    x = {}
    x /= [1]
    return x
t('{} /= [1]', f4689)
def f4690():
    x = {}
    x //= [1]
    return x
t('{} //= [1]', f4690)
def f4691():
    x = {}
    x %= [1]
    return x
t('{} %= [1]', f4691)
def f4692():
    x = {}
    x **= [1]
    return x
t('{} **= [1]', f4692)
def f4693():
    x = {}
    x <<= [1]
    return x
t('{} <<= [1]', f4693)
def f4694():
    x = {}
    x >>= [1]
    return x
t('{} >>= [1]', f4694)
def f4695():
    x = {}
    x &= [1]
    return x
t('{} &= [1]', f4695)
def f4696():
    x = {}
    x |= [1]
    return x
t('{} |= [1]', f4696)
def f4697():
    x = {}
    x ^= [1]
    return x
t('{} ^= [1]', f4697)
def f4698():
    x = {}
    x @= [1]
    return x
t('{} @= [1]', f4698)
def f4699():
    x = {}
    x += (1,)
    return x
t('{} += (1,)', f4699)
def f4700():
    x = {}
    x -= (1,)
    return x
t('{} -= (1,)', f4700)
def f4701():
    x = {}
    x *= (1,)
    return x
t('{} *= (1,)', f4701)
def f4702():
    x = {}
    x /= (1,)
    return x
t('{} /= (1,)', f4702)
def f4703():
    x = {}
    x //= (1,)
    return x
t('{} //= (1,)', f4703)
def f4704():
    x = {}
    x %= (1,)
    return x
t('{} %= (1,)', f4704)
def f4705():
    x = {}
    x **= (1,)
    return x
t('{} **= (1,)', f4705)
def f4706():
    x = {}
    x <<= (1,)
    return x
t('{} <<= (1,)', f4706)
def f4707():
    x = {}
    x >>= (1,)
    return x
t('{} >>= (1,)', f4707)
def f4708():
    x = {}
    x &= (1,)
    return x
t('{} &= (1,)', f4708)
def f4709():
    x = {}
    x |= (1,)
    return x
t('{} |= (1,)', f4709)
def f4710():
    x = {}
    x ^= (1,)
    return x
t('{} ^= (1,)', f4710)
def f4711():
    x = {}
    x @= (1,)
    return x
t('{} @= (1,)', f4711)
def f4712():
    x = {}
    x += {1: 2}
    return x
t('{} += {1: 2}', f4712)
def f4713():
    x = {}
    x -= {1: 2}
    return x
t('{} -= {1: 2}', f4713)
def f4714():
    x = {}
    x *= {1: 2}
    return x
t('{} *= {1: 2}', f4714)
def f4715():
    x = {}
    x /= {1: 2}
    return x
t('{} /= {1: 2}', f4715)
def f4716():
    x = {}
    x //= {1: 2}
    return x
t('{} //= {1: 2}', f4716)
def f4717():
    x = {}
    x %= {1: 2}
    return x
t('{} %= {1: 2}', f4717)
def f4718():
    x = {}
    x **= {1: 2}
    return x
t('{} **= {1: 2}', f4718)
def f4719():
    x = {}
    x <<= {1: 2}
    return x
t('{} <<= {1: 2}', f4719)
def f4720():
    x = {}
    x >>= {1: 2}
    return x
t('{} >>= {1: 2}', f4720)
def f4721():
    x = {}
    x &= {1: 2}
    return x
t('{} &= {1: 2}', f4721)
def f4722():
    x = {}
    x |= {1: 2}
    return x
t('{} |= {1: 2}', f4722)
def f4723():
    x = {}
    x ^= {1: 2}
    return x
t('{} ^= {1: 2}', f4723)
def f4724():
    x = {}
    x @= {1: 2}
    return x
t('{} @= {1: 2}', f4724)
def f4725():
    x = {}
    x += {1}
    return x
t('{} += {1}', f4725)
def f4726():
    x = {}
    x -= {1}
    return x
t('{} -= {1}', f4726)
def f4727():
    x = {}
    x *= {1}
    return x
t('{} *= {1}', f4727)
def f4728():
    x = {}
    x /= {1}
    return x
t('{} /= {1}', f4728)
def f4729():
    x = {}
    x //= {1}
    return x
t('{} //= {1}', f4729)
def f4730():
    x = {}
    x %= {1}
    return x
t('{} %= {1}', f4730)
def f4731():
    x = {}
    x **= {1}
    return x
t('{} **= {1}', f4731)
def f4732():
    x = {}
    x <<= {1}
    return x
t('{} <<= {1}', f4732)
def f4733():
    x = {}
    x >>= {1}
    return x
t('{} >>= {1}', f4733)
def f4734():
    x = {}
    x &= {1}
    return x
t('{} &= {1}', f4734)
def f4735():
    x = {}
    x |= {1}
    return x
t('{} |= {1}', f4735)
def f4736():
    x = {}
    x ^= {1}
    return x
t('{} ^= {1}', f4736)
def f4737():
    x = {}
    x @= {1}
    return x
t('{} @= {1}', f4737)
def f4738():
    x = {}
    x += frozenset({2})
    return x
t('{} += frozenset({2})', f4738)
def f4739():
    x = {}
    x -= frozenset({2})
    return x
t('{} -= frozenset({2})', f4739)
def f4740():
    x = {}
    x *= frozenset({2})
    return x
t('{} *= frozenset({2})', f4740)
def f4741():
    x = {}
    x /= frozenset({2})
    return x
t('{} /= frozenset({2})', f4741)
def f4742():
    x = {}
    x //= frozenset({2})
    return x
t('{} //= frozenset({2})', f4742)
def f4743():
    x = {}
    x %= frozenset({2})
    return x
t('{} %= frozenset({2})', f4743)
def f4744():
    x = {}
    x **= frozenset({2})
    return x
t('{} **= frozenset({2})', f4744)
def f4745():
    x = {}
    x <<= frozenset({2})
    return x
t('{} <<= frozenset({2})', f4745)
def f4746():
    x = {}
    x >>= frozenset({2})
    return x
t('{} >>= frozenset({2})', f4746)
def f4747():
    x = {}
    x &= frozenset({2})
    return x
t('{} &= frozenset({2})', f4747)
def f4748():
    x = {}
    x |= frozenset({2})
    return x
t('{} |= frozenset({2})', f4748)
def f4749():
    x = {}
    x ^= frozenset({2})
    return x
t('{} ^= frozenset({2})', f4749)
def f4750():
    x = {}
    x @= frozenset({2})
    return x
t('{} @= frozenset({2})', f4750)
def f4751():
    x = {}
    x += None
    return x
t('{} += None', f4751)
def f4752():
    x = {}
    x -= None
    return x
t('{} -= None', f4752)
def f4753():
    x = {}
    x *= None
    return x
t('{} *= None', f4753)
def f4754():
    x = {}
    x /= None
    return x
t('{} /= None', f4754)
def f4755():
    x = {}
    x //= None
    return x
t('{} //= None', f4755)
def f4756():
    x = {}
    x %= None
    return x
t('{} %= None', f4756)
def f4757():
    x = {}
    x **= None
    return x
t('{} **= None', f4757)
def f4758():
    x = {}
    x <<= None
    return x
t('{} <<= None', f4758)
def f4759():
    x = {}
    x >>= None
    return x
t('{} >>= None', f4759)
def f4760():
    x = {}
    x &= None
    return x
t('{} &= None', f4760)
def f4761():
    x = {}
    x |= None
    return x
t('{} |= None', f4761)
def f4762():
    x = {}
    x ^= None
    return x
t('{} ^= None', f4762)
def f4763():
    x = {}
    x @= None
    return x
t('{} @= None', f4763)
def f4764():
    x = {}
    x += range(2)
    return x
t('{} += range(2)', f4764)
def f4765():
    x = {}
    x -= range(2)
    return x
t('{} -= range(2)', f4765)
def f4766():
    x = {}
    x *= range(2)
    return x
t('{} *= range(2)', f4766)
def f4767():
    x = {}
    x /= range(2)
    return x
t('{} /= range(2)', f4767)
def f4768():
    x = {}
    x //= range(2)
    return x
t('{} //= range(2)', f4768)
def f4769():
    x = {}
    x %= range(2)
    return x
t('{} %= range(2)', f4769)
def f4770():
    x = {}
    x **= range(2)
    return x
t('{} **= range(2)', f4770)
def f4771():
    x = {}
    x <<= range(2)
    return x
t('{} <<= range(2)', f4771)
def f4772():
    x = {}
    x >>= range(2)
    return x
t('{} >>= range(2)', f4772)
def f4773():
    x = {}
    x &= range(2)
    return x
t('{} &= range(2)', f4773)
def f4774():
    x = {}
    x |= range(2)
    return x
t('{} |= range(2)', f4774)
def f4775():
    x = {}
    x ^= range(2)
    return x
t('{} ^= range(2)', f4775)
def f4776():
    x = {}
    x @= range(2)
    return x
t('{} @= range(2)', f4776)
def f4777():
    x = {}
    x += {1: 2}.keys()
    return x
t('{} += {1: 2}.keys()', f4777)
def f4778():
    x = {}
    x -= {1: 2}.keys()
    return x
t('{} -= {1: 2}.keys()', f4778)
def f4779():
    x = {}
    x *= {1: 2}.keys()
    return x
t('{} *= {1: 2}.keys()', f4779)
def f4780():
    x = {}
    x /= {1: 2}.keys()
    return x
t('{} /= {1: 2}.keys()', f4780)
def f4781():
    x = {}
    x //= {1: 2}.keys()
    return x
t('{} //= {1: 2}.keys()', f4781)
def f4782():
    x = {}
    x %= {1: 2}.keys()
    return x
t('{} %= {1: 2}.keys()', f4782)
def f4783():
    x = {}
    x **= {1: 2}.keys()
    return x
t('{} **= {1: 2}.keys()', f4783)
def f4784():
    x = {}
    x <<= {1: 2}.keys()
    return x
t('{} <<= {1: 2}.keys()', f4784)
def f4785():
    x = {}
    x >>= {1: 2}.keys()
    return x
t('{} >>= {1: 2}.keys()', f4785)
def f4786():
    x = {}
    x &= {1: 2}.keys()
    return x
t('{} &= {1: 2}.keys()', f4786)
def f4787():
    x = {}
    x |= {1: 2}.keys()
    return x
t('{} |= {1: 2}.keys()', f4787)
def f4788():
    x = {}
    x ^= {1: 2}.keys()
    return x
t('{} ^= {1: 2}.keys()', f4788)
def f4789():
    x = {}
    x @= {1: 2}.keys()
    return x
t('{} @= {1: 2}.keys()', f4789)
def f4790():
    x = {}
    x += -3
    return x
t('{} += -3', f4790)
def f4791():
    x = {}
    x -= -3
    return x
t('{} -= -3', f4791)
def f4792():
    x = {}
    x *= -3
    return x
t('{} *= -3', f4792)
def f4793():
    x = {}
    x /= -3
    return x
t('{} /= -3', f4793)
def f4794():
    x = {}
    x //= -3
    return x
t('{} //= -3', f4794)
def f4795():
    x = {}
    x %= -3
    return x
t('{} %= -3', f4795)
def f4796():
    x = {}
    x **= -3
    return x
t('{} **= -3', f4796)
def f4797():
    x = {}
    x <<= -3
    return x
t('{} <<= -3', f4797)
def f4798():
    x = {}
    x >>= -3
    return x
t('{} >>= -3', f4798)
def f4799():
    x = {}
    x &= -3
    return x
t('{} &= -3', f4799)
def f4800():
    x = {}
    x |= -3
    return x
t('{} |= -3', f4800)
def f4801():
    x = {}
    x ^= -3
    return x
t('{} ^= -3', f4801)
def f4802():
    x = {}
    x @= -3
    return x
t('{} @= -3', f4802)
def f4803():
    x = {}
    x += 0
    return x
t('{} += 0', f4803)
def f4804():
    x = {}
    x -= 0
    return x
t('{} -= 0', f4804)
def f4805():
    x = {}
    x *= 0
    return x
t('{} *= 0', f4805)
def f4806():
    x = {}
    x /= 0
    return x
t('{} /= 0', f4806)
def f4807():
    x = {}
    x //= 0
    return x
t('{} //= 0', f4807)
def f4808():
    x = {}
    x %= 0
    return x
t('{} %= 0', f4808)
def f4809():
    x = {}
    x **= 0
    return x
t('{} **= 0', f4809)
def f4810():
    x = {}
    x <<= 0
    return x
t('{} <<= 0', f4810)
def f4811():
    x = {}
    x >>= 0
    return x
t('{} >>= 0', f4811)
def f4812():
    x = {}
    x &= 0
    return x
t('{} &= 0', f4812)
def f4813():
    x = {}
    x |= 0
    return x
t('{} |= 0', f4813)
def f4814():
    x = {}
    x ^= 0
    return x
t('{} ^= 0', f4814)
def f4815():
    x = {}
    x @= 0
    return x
t('{} @= 0', f4815)
def f4816():
    x = {}
    x += 10**20
    return x
t('{} += 10**20', f4816)
def f4817():
    x = {}
    x -= 10**20
    return x
t('{} -= 10**20', f4817)
def f4818():
    x = {}
    x /= 10**20
    return x
t('{} /= 10**20', f4818)
def f4819():
    x = {}
    x //= 10**20
    return x
t('{} //= 10**20', f4819)
def f4820():
    x = {}
    x %= 10**20
    return x
t('{} %= 10**20', f4820)
def f4821():
    x = {}
    x >>= 10**20
    return x
t('{} >>= 10**20', f4821)
def f4822():
    x = {}
    x &= 10**20
    return x
t('{} &= 10**20', f4822)
def f4823():
    x = {}
    x |= 10**20
    return x
t('{} |= 10**20', f4823)
def f4824():
    x = {}
    x ^= 10**20
    return x
t('{} ^= 10**20', f4824)
def f4825():
    x = {}
    x @= 10**20
    return x
t('{} @= 10**20', f4825)
def f4826():
    x = {}
    x += []
    return x
t('{} += []', f4826)
def f4827():
    x = {}
    x -= []
    return x
t('{} -= []', f4827)
def f4828():
    x = {}
    x *= []
    return x
t('{} *= []', f4828)
def f4829():
    x = {}
    x /= []
    return x
t('{} /= []', f4829)
def f4830():
    x = {}
    x //= []
    return x
t('{} //= []', f4830)
def f4831():
    x = {}
    x %= []
    return x
t('{} %= []', f4831)
def f4832():
    x = {}
    x **= []
    return x
t('{} **= []', f4832)
def f4833():
    x = {}
    x <<= []
    return x
t('{} <<= []', f4833)
def f4834():
    x = {}
    x >>= []
    return x
t('{} >>= []', f4834)
def f4835():
    x = {}
    x &= []
    return x
t('{} &= []', f4835)
def f4836():
    x = {}
    x |= []
    return x
t('{} |= []', f4836)
def f4837():
    x = {}
    x ^= []
    return x
t('{} ^= []', f4837)
def f4838():
    x = {}
    x @= []
    return x
t('{} @= []', f4838)
def f4839():
    x = {}
    x += {}
    return x
t('{} += {}', f4839)
def f4840():
    x = {}
    x -= {}
    return x
t('{} -= {}', f4840)
def f4841():
    x = {}
    x *= {}
    return x
t('{} *= {}', f4841)
def f4842():
    x = {}
    x /= {}
    return x
t('{} /= {}', f4842)
def f4843():
    x = {}
    x //= {}
    return x
t('{} //= {}', f4843)
def f4844():
    x = {}
    x %= {}
    return x
t('{} %= {}', f4844)
def f4845():
    x = {}
    x **= {}
    return x
t('{} **= {}', f4845)
def f4846():
    x = {}
    x <<= {}
    return x
t('{} <<= {}', f4846)
def f4847():
    x = {}
    x >>= {}
    return x
t('{} >>= {}', f4847)
def f4848():
    x = {}
    x &= {}
    return x
t('{} &= {}', f4848)
def f4849():
    x = {}
    x |= {}
    return x
t('{} |= {}', f4849)
def f4850():
    x = {}
    x ^= {}
    return x
t('{} ^= {}', f4850)
def f4851():
    x = {}
    x @= {}
    return x
t('{} @= {}', f4851)
def f4852():
    x = {}
    x += "é"
    return x
t('{} += "é"', f4852)
def f4853():
    x = {}
    x -= "é"
    return x
t('{} -= "é"', f4853)
def f4854():
    x = {}
    x *= "é"
    return x
t('{} *= "é"', f4854)
def f4855():
    x = {}
    x /= "é"
    return x
t('{} /= "é"', f4855)
def f4856():
    x = {}
    x //= "é"
    return x
t('{} //= "é"', f4856)
def f4857():
    x = {}
    x %= "é"
    return x
t('{} %= "é"', f4857)
def f4858():
    x = {}
    x **= "é"
    return x
t('{} **= "é"', f4858)
def f4859():
    x = {}
    x <<= "é"
    return x
t('{} <<= "é"', f4859)
def f4860():
    x = {}
    x >>= "é"
    return x
t('{} >>= "é"', f4860)
def f4861():
    x = {}
    x &= "é"
    return x
t('{} &= "é"', f4861)
def f4862():
    x = {}
    x |= "é"
    return x
t('{} |= "é"', f4862)
def f4863():
    x = {}
    x ^= "é"
    return x
t('{} ^= "é"', f4863)
def f4864():
    x = {}
    x @= "é"
    return x
t('{} @= "é"', f4864)
def f4865():
    x = "é"
    x += 1
    return x
t('"é" += 1', f4865)
def f4866():
    x = "é"
    x -= 1
    return x
t('"é" -= 1', f4866)
def f4867():
    x = "é"
    x *= 1
    return x
t('"é" *= 1', f4867)
def f4868():
    x = "é"
    x /= 1
    return x
t('"é" /= 1', f4868)
def f4869():
    x = "é"
    x //= 1
    return x
t('"é" //= 1', f4869)
def f4870():
    x = "é"
    x %= 1
    return x
t('"é" %= 1', f4870)
def f4871():
    x = "é"
    x **= 1
    return x
t('"é" **= 1', f4871)
def f4872():
    x = "é"
    x <<= 1
    return x
t('"é" <<= 1', f4872)
def f4873():
    x = "é"
    x >>= 1
    return x
t('"é" >>= 1', f4873)
def f4874():
    x = "é"
    x &= 1
    return x
t('"é" &= 1', f4874)
def f4875():
    x = "é"
    x |= 1
    return x
t('"é" |= 1', f4875)
def f4876():
    x = "é"
    x ^= 1
    return x
t('"é" ^= 1', f4876)
def f4877():
    x = "é"
    x @= 1
    return x
t('"é" @= 1', f4877)
def f4878():
    x = "é"
    x += 2.5
    return x
t('"é" += 2.5', f4878)
def f4879():
    x = "é"
    x -= 2.5
    return x
t('"é" -= 2.5', f4879)
def f4880():
    x = "é"
    x *= 2.5
    return x
t('"é" *= 2.5', f4880)
def f4881():
    x = "é"
    x /= 2.5
    return x
t('"é" /= 2.5', f4881)
def f4882():
    x = "é"
    x //= 2.5
    return x
t('"é" //= 2.5', f4882)
def f4883():
    x = "é"
    x %= 2.5
    return x
t('"é" %= 2.5', f4883)
def f4884():
    x = "é"
    x **= 2.5
    return x
t('"é" **= 2.5', f4884)
def f4885():
    x = "é"
    x <<= 2.5
    return x
t('"é" <<= 2.5', f4885)
def f4886():
    x = "é"
    x >>= 2.5
    return x
t('"é" >>= 2.5', f4886)
def f4887():
    x = "é"
    x &= 2.5
    return x
t('"é" &= 2.5', f4887)
def f4888():
    x = "é"
    x |= 2.5
    return x
t('"é" |= 2.5', f4888)
def f4889():
    x = "é"
    x ^= 2.5
    return x
t('"é" ^= 2.5', f4889)
def f4890():
    x = "é"
    x @= 2.5
    return x
t('"é" @= 2.5', f4890)
def f4891():
    x = "é"
    x += True
    return x
t('"é" += True', f4891)
def f4892():
    x = "é"
    x -= True
    return x
t('"é" -= True', f4892)
def f4893():
    x = "é"
    x *= True
    return x
t('"é" *= True', f4893)
def f4894():
    x = "é"
    x /= True
    return x
t('"é" /= True', f4894)
def f4895():
    x = "é"
    x //= True
    return x
t('"é" //= True', f4895)
def f4896():
    x = "é"
    x %= True
    return x
t('"é" %= True', f4896)
def f4897():
    x = "é"
    x **= True
    return x
t('"é" **= True', f4897)
def f4898():
    x = "é"
    x <<= True
    return x
t('"é" <<= True', f4898)
def f4899():
    x = "é"
    x >>= True
    return x
t('"é" >>= True', f4899)
def f4900():
    x = "é"
    x &= True
    return x
t('"é" &= True', f4900)
def f4901():
    x = "é"
    x |= True
    return x
t('"é" |= True', f4901)
def f4902():
    x = "é"
    x ^= True
    return x
t('"é" ^= True', f4902)
def f4903():
    x = "é"
    x @= True
    return x
t('"é" @= True', f4903)
def f4904():
    x = "é"
    x += "ab"
    return x
t('"é" += "ab"', f4904)
def f4905():
    x = "é"
    x -= "ab"
    return x
t('"é" -= "ab"', f4905)
def f4906():
    x = "é"
    x *= "ab"
    return x
t('"é" *= "ab"', f4906)
def f4907():
    x = "é"
    x /= "ab"
    return x
t('"é" /= "ab"', f4907)
def f4908():
    x = "é"
    x //= "ab"
    return x
t('"é" //= "ab"', f4908)
def f4909():
    x = "é"
    x %= "ab"
    return x
t('"é" %= "ab"', f4909)
def f4910():
    x = "é"
    x **= "ab"
    return x
t('"é" **= "ab"', f4910)
def f4911():
    x = "é"
    x <<= "ab"
    return x
t('"é" <<= "ab"', f4911)
def f4912():
    x = "é"
    x >>= "ab"
    return x
t('"é" >>= "ab"', f4912)
def f4913():
    x = "é"
    x &= "ab"
    return x
t('"é" &= "ab"', f4913)
def f4914():
    x = "é"
    x |= "ab"
    return x
t('"é" |= "ab"', f4914)
def f4915():
    x = "é"
    x ^= "ab"
    return x
t('"é" ^= "ab"', f4915)
def f4916():
    x = "é"
    x @= "ab"
    return x
t('"é" @= "ab"', f4916)
def f4917():
    x = "é"
    x += b"ab"
    return x
t('"é" += b"ab"', f4917)
def f4918():
    x = "é"
    x -= b"ab"
    return x
t('"é" -= b"ab"', f4918)
def f4919():
    x = "é"
    x *= b"ab"
    return x
t('"é" *= b"ab"', f4919)
def f4920():
    x = "é"
    x /= b"ab"
    return x
t('"é" /= b"ab"', f4920)
def f4921():
    x = "é"
    x //= b"ab"
    return x
t('"é" //= b"ab"', f4921)
def f4922():
    x = "é"
    x %= b"ab"
    return x
t('"é" %= b"ab"', f4922)
def f4923():
    x = "é"
    x **= b"ab"
    return x
t('"é" **= b"ab"', f4923)
def f4924():
    x = "é"
    x <<= b"ab"
    return x
t('"é" <<= b"ab"', f4924)
def f4925():
    x = "é"
    x >>= b"ab"
    return x
t('"é" >>= b"ab"', f4925)
def f4926():
    x = "é"
    x &= b"ab"
    return x
t('"é" &= b"ab"', f4926)
def f4927():
    x = "é"
    x |= b"ab"
    return x
t('"é" |= b"ab"', f4927)
def f4928():
    x = "é"
    x ^= b"ab"
    return x
t('"é" ^= b"ab"', f4928)
def f4929():
    x = "é"
    x @= b"ab"
    return x
t('"é" @= b"ab"', f4929)
def f4930():
    x = "é"
    x += bytearray(b"x")
    return x
t('"é" += bytearray(b"x")', f4930)
def f4931():
    x = "é"
    x -= bytearray(b"x")
    return x
t('"é" -= bytearray(b"x")', f4931)
def f4932():
    x = "é"
    x *= bytearray(b"x")
    return x
t('"é" *= bytearray(b"x")', f4932)
def f4933():
    x = "é"
    x /= bytearray(b"x")
    return x
t('"é" /= bytearray(b"x")', f4933)
def f4934():
    x = "é"
    x //= bytearray(b"x")
    return x
t('"é" //= bytearray(b"x")', f4934)
def f4935():
    x = "é"
    x %= bytearray(b"x")
    return x
t('"é" %= bytearray(b"x")', f4935)
def f4936():
    x = "é"
    x **= bytearray(b"x")
    return x
t('"é" **= bytearray(b"x")', f4936)
def f4937():
    x = "é"
    x <<= bytearray(b"x")
    return x
t('"é" <<= bytearray(b"x")', f4937)
def f4938():
    x = "é"
    x >>= bytearray(b"x")
    return x
t('"é" >>= bytearray(b"x")', f4938)
def f4939():
    x = "é"
    x &= bytearray(b"x")
    return x
t('"é" &= bytearray(b"x")', f4939)
def f4940():
    x = "é"
    x |= bytearray(b"x")
    return x
t('"é" |= bytearray(b"x")', f4940)
def f4941():
    x = "é"
    x ^= bytearray(b"x")
    return x
t('"é" ^= bytearray(b"x")', f4941)
def f4942():
    x = "é"
    x @= bytearray(b"x")
    return x
t('"é" @= bytearray(b"x")', f4942)
def f4943():
    x = "é"
    x += [1]
    return x
t('"é" += [1]', f4943)
def f4944():
    x = "é"
    x -= [1]
    return x
t('"é" -= [1]', f4944)
def f4945():
    x = "é"
    x *= [1]
    return x
t('"é" *= [1]', f4945)
def f4946():
    x = "é"
    x /= [1]
    return x
t('"é" /= [1]', f4946)
def f4947():
    x = "é"
    x //= [1]
    return x
t('"é" //= [1]', f4947)
def f4948():
    x = "é"
    x %= [1]
    return x
t('"é" %= [1]', f4948)
def f4949():
    x = "é"
    x **= [1]
    return x
t('"é" **= [1]', f4949)
def f4950():
    x = "é"
    x <<= [1]
    return x
t('"é" <<= [1]', f4950)
def f4951():
    x = "é"
    x >>= [1]
    return x
t('"é" >>= [1]', f4951)
def f4952():
    x = "é"
    x &= [1]
    return x
t('"é" &= [1]', f4952)
def f4953():
    x = "é"
    x |= [1]
    return x
t('"é" |= [1]', f4953)
def f4954():
    x = "é"
    x ^= [1]
    return x
t('"é" ^= [1]', f4954)
def f4955():
    x = "é"
    x @= [1]
    return x
t('"é" @= [1]', f4955)
def f4956():
    x = "é"
    x += (1,)
    return x
t('"é" += (1,)', f4956)
def f4957():
    x = "é"
    x -= (1,)
    return x
t('"é" -= (1,)', f4957)
def f4958():
    x = "é"
    x *= (1,)
    return x
t('"é" *= (1,)', f4958)
def f4959():
    x = "é"
    x /= (1,)
    return x
t('"é" /= (1,)', f4959)
def f4960():
    x = "é"
    x //= (1,)
    return x
t('"é" //= (1,)', f4960)
def f4961():
    x = "é"
    x %= (1,)
    return x
t('"é" %= (1,)', f4961)
def f4962():
    x = "é"
    x **= (1,)
    return x
t('"é" **= (1,)', f4962)
def f4963():
    x = "é"
    x <<= (1,)
    return x
t('"é" <<= (1,)', f4963)
def f4964():
    x = "é"
    x >>= (1,)
    return x
t('"é" >>= (1,)', f4964)
def f4965():
    x = "é"
    x &= (1,)
    return x
t('"é" &= (1,)', f4965)
def f4966():
    x = "é"
    x |= (1,)
    return x
t('"é" |= (1,)', f4966)
def f4967():
    x = "é"
    x ^= (1,)
    return x
t('"é" ^= (1,)', f4967)
def f4968():
    x = "é"
    x @= (1,)
    return x
t('"é" @= (1,)', f4968)
def f4969():
    x = "é"
    x += {1: 2}
    return x
t('"é" += {1: 2}', f4969)
def f4970():
    x = "é"
    x -= {1: 2}
    return x
t('"é" -= {1: 2}', f4970)
def f4971():
    x = "é"
    x *= {1: 2}
    return x
t('"é" *= {1: 2}', f4971)
def f4972():
    x = "é"
    x /= {1: 2}
    return x
t('"é" /= {1: 2}', f4972)
def f4973():
    x = "é"
    x //= {1: 2}
    return x
t('"é" //= {1: 2}', f4973)
def f4974():
    x = "é"
    x %= {1: 2}
    return x
t('"é" %= {1: 2}', f4974)
def f4975():
    x = "é"
    x **= {1: 2}
    return x
t('"é" **= {1: 2}', f4975)
def f4976():
    x = "é"
    x <<= {1: 2}
    return x
t('"é" <<= {1: 2}', f4976)
def f4977():
    x = "é"
    x >>= {1: 2}
    return x
t('"é" >>= {1: 2}', f4977)
def f4978():
    x = "é"
    x &= {1: 2}
    return x
t('"é" &= {1: 2}', f4978)
def f4979():
    x = "é"
    x |= {1: 2}
    return x
t('"é" |= {1: 2}', f4979)
def f4980():
    x = "é"
    x ^= {1: 2}
    return x
t('"é" ^= {1: 2}', f4980)
def f4981():
    x = "é"
    x @= {1: 2}
    return x
t('"é" @= {1: 2}', f4981)
def f4982():
    x = "é"
    x += {1}
    return x
t('"é" += {1}', f4982)
def f4983():
    x = "é"
    x -= {1}
    return x
t('"é" -= {1}', f4983)
def f4984():
    x = "é"
    x *= {1}
    return x
t('"é" *= {1}', f4984)
def f4985():
    x = "é"
    x /= {1}
    return x
t('"é" /= {1}', f4985)
def f4986():
    x = "é"
    x //= {1}
    return x
t('"é" //= {1}', f4986)
def f4987():
    x = "é"
    x %= {1}
    return x
t('"é" %= {1}', f4987)
def f4988():
    x = "é"
    x **= {1}
    return x
t('"é" **= {1}', f4988)
def f4989():
    x = "é"
    x <<= {1}
    return x
t('"é" <<= {1}', f4989)
def f4990():
    x = "é"
    x >>= {1}
    return x
t('"é" >>= {1}', f4990)
def f4991():
    x = "é"
    x &= {1}
    return x
t('"é" &= {1}', f4991)
def f4992():
    x = "é"
    x |= {1}
    return x
t('"é" |= {1}', f4992)
def f4993():
    x = "é"
    x ^= {1}
    return x
t('"é" ^= {1}', f4993)
def f4994():
    x = "é"
    x @= {1}
    return x
t('"é" @= {1}', f4994)
def f4995():
    x = "é"
    x += frozenset({2})
    return x
t('"é" += frozenset({2})', f4995)
def f4996():
    x = "é"
    x -= frozenset({2})
    return x
t('"é" -= frozenset({2})', f4996)
def f4997():
    x = "é"
    x *= frozenset({2})
    return x
t('"é" *= frozenset({2})', f4997)
def f4998():
    x = "é"
    x /= frozenset({2})
    return x
t('"é" /= frozenset({2})', f4998)
def f4999():
    x = "é"
    x //= frozenset({2})
    return x
t('"é" //= frozenset({2})', f4999)
def f5000():
    x = "é"
    x %= frozenset({2})
    return x
t('"é" %= frozenset({2})', f5000)
def f5001():
    x = "é"
    x **= frozenset({2})
    return x
t('"é" **= frozenset({2})', f5001)
def f5002():
    x = "é"
    x <<= frozenset({2})
    return x
t('"é" <<= frozenset({2})', f5002)
def f5003():
    x = "é"
    x >>= frozenset({2})
    return x
t('"é" >>= frozenset({2})', f5003)
def f5004():
    x = "é"
    x &= frozenset({2})
    return x
t('"é" &= frozenset({2})', f5004)
def f5005():
    x = "é"
    x |= frozenset({2})
    return x
t('"é" |= frozenset({2})', f5005)
def f5006():
    x = "é"
    x ^= frozenset({2})
    return x
t('"é" ^= frozenset({2})', f5006)
def f5007():
    x = "é"
    x @= frozenset({2})
    return x
t('"é" @= frozenset({2})', f5007)
def f5008():
    x = "é"
    x += None
    return x
t('"é" += None', f5008)
def f5009():
    x = "é"
    x -= None
    return x
t('"é" -= None', f5009)
def f5010():
    x = "é"
    x *= None
    return x
t('"é" *= None', f5010)
def f5011():
    x = "é"
    x /= None
    return x
t('"é" /= None', f5011)
def f5012():
    x = "é"
    x //= None
    return x
t('"é" //= None', f5012)
def f5013():
    x = "é"
    x %= None
    return x
t('"é" %= None', f5013)
def f5014():
    x = "é"
    x **= None
    return x
t('"é" **= None', f5014)
def f5015():
    x = "é"
    x <<= None
    return x
t('"é" <<= None', f5015)
def f5016():
    x = "é"
    x >>= None
    return x
t('"é" >>= None', f5016)
def f5017():
    x = "é"
    x &= None
    return x
t('"é" &= None', f5017)
def f5018():
    x = "é"
    x |= None
    return x
t('"é" |= None', f5018)
def f5019():
    x = "é"
    x ^= None
    return x
t('"é" ^= None', f5019)
def f5020():
    x = "é"
    x @= None
    return x
t('"é" @= None', f5020)
def f5021():
    x = "é"
    x += range(2)
    return x
t('"é" += range(2)', f5021)
def f5022():
    x = "é"
    x -= range(2)
    return x
t('"é" -= range(2)', f5022)
def f5023():
    x = "é"
    x *= range(2)
    return x
t('"é" *= range(2)', f5023)
def f5024():
    x = "é"
    x /= range(2)
    return x
t('"é" /= range(2)', f5024)
def f5025():
    x = "é"
    x //= range(2)
    return x
t('"é" //= range(2)', f5025)
def f5026():
    x = "é"
    x %= range(2)
    return x
t('"é" %= range(2)', f5026)
def f5027():
    x = "é"
    x **= range(2)
    return x
t('"é" **= range(2)', f5027)
def f5028():
    x = "é"
    x <<= range(2)
    return x
t('"é" <<= range(2)', f5028)
def f5029():
    x = "é"
    x >>= range(2)
    return x
t('"é" >>= range(2)', f5029)
def f5030():
    x = "é"
    x &= range(2)
    return x
t('"é" &= range(2)', f5030)
def f5031():
    x = "é"
    x |= range(2)
    return x
t('"é" |= range(2)', f5031)
def f5032():
    x = "é"
    x ^= range(2)
    return x
t('"é" ^= range(2)', f5032)
def f5033():
    x = "é"
    x @= range(2)
    return x
t('"é" @= range(2)', f5033)
def f5034():
    x = "é"
    x += {1: 2}.keys()
    return x
t('"é" += {1: 2}.keys()', f5034)
def f5035():
    x = "é"
    x -= {1: 2}.keys()
    return x
t('"é" -= {1: 2}.keys()', f5035)
def f5036():
    x = "é"
    x *= {1: 2}.keys()
    return x
t('"é" *= {1: 2}.keys()', f5036)
def f5037():
    x = "é"
    x /= {1: 2}.keys()
    return x
t('"é" /= {1: 2}.keys()', f5037)
def f5038():
    x = "é"
    x //= {1: 2}.keys()
    return x
t('"é" //= {1: 2}.keys()', f5038)
def f5039():
    x = "é"
    x %= {1: 2}.keys()
    return x
t('"é" %= {1: 2}.keys()', f5039)
def f5040():
    x = "é"
    x **= {1: 2}.keys()
    return x
t('"é" **= {1: 2}.keys()', f5040)
def f5041():
    x = "é"
    x <<= {1: 2}.keys()
    return x
t('"é" <<= {1: 2}.keys()', f5041)
def f5042():
    x = "é"
    x >>= {1: 2}.keys()
    return x
t('"é" >>= {1: 2}.keys()', f5042)
def f5043():
    x = "é"
    x &= {1: 2}.keys()
    return x
t('"é" &= {1: 2}.keys()', f5043)
def f5044():
    x = "é"
    x |= {1: 2}.keys()
    return x
t('"é" |= {1: 2}.keys()', f5044)
def f5045():
    x = "é"
    x ^= {1: 2}.keys()
    return x
t('"é" ^= {1: 2}.keys()', f5045)
def f5046():
    x = "é"
    x @= {1: 2}.keys()
    return x
t('"é" @= {1: 2}.keys()', f5046)
def f5047():
    x = "é"
    x += -3
    return x
t('"é" += -3', f5047)
def f5048():
    x = "é"
    x -= -3
    return x
t('"é" -= -3', f5048)
def f5049():
    x = "é"
    x *= -3
    return x
t('"é" *= -3', f5049)
def f5050():
    x = "é"
    x /= -3
    return x
t('"é" /= -3', f5050)
def f5051():
    x = "é"
    x //= -3
    return x
t('"é" //= -3', f5051)
def f5052():
    x = "é"
    x %= -3
    return x
t('"é" %= -3', f5052)
def f5053():
    x = "é"
    x **= -3
    return x
t('"é" **= -3', f5053)
def f5054():
    x = "é"
    x <<= -3
    return x
t('"é" <<= -3', f5054)
def f5055():
    x = "é"
    x >>= -3
    return x
t('"é" >>= -3', f5055)
def f5056():
    x = "é"
    x &= -3
    return x
t('"é" &= -3', f5056)
def f5057():
    x = "é"
    x |= -3
    return x
t('"é" |= -3', f5057)
def f5058():
    x = "é"
    x ^= -3
    return x
t('"é" ^= -3', f5058)
def f5059():
    x = "é"
    x @= -3
    return x
t('"é" @= -3', f5059)
def f5060():
    x = "é"
    x += 0
    return x
t('"é" += 0', f5060)
def f5061():
    x = "é"
    x -= 0
    return x
t('"é" -= 0', f5061)
def f5062():
    x = "é"
    x *= 0
    return x
t('"é" *= 0', f5062)
def f5063():
    x = "é"
    x /= 0
    return x
t('"é" /= 0', f5063)
def f5064():
    x = "é"
    x //= 0
    return x
t('"é" //= 0', f5064)
def f5065():
    x = "é"
    x %= 0
    return x
t('"é" %= 0', f5065)
def f5066():
    x = "é"
    x **= 0
    return x
t('"é" **= 0', f5066)
def f5067():
    x = "é"
    x <<= 0
    return x
t('"é" <<= 0', f5067)
def f5068():
    x = "é"
    x >>= 0
    return x
t('"é" >>= 0', f5068)
def f5069():
    x = "é"
    x &= 0
    return x
t('"é" &= 0', f5069)
def f5070():
    x = "é"
    x |= 0
    return x
t('"é" |= 0', f5070)
def f5071():
    x = "é"
    x ^= 0
    return x
t('"é" ^= 0', f5071)
def f5072():
    x = "é"
    x @= 0
    return x
t('"é" @= 0', f5072)
def f5073():
    x = "é"
    x += 10**20
    return x
t('"é" += 10**20', f5073)
def f5074():
    x = "é"
    x -= 10**20
    return x
t('"é" -= 10**20', f5074)
def f5075():
    x = "é"
    x /= 10**20
    return x
t('"é" /= 10**20', f5075)
def f5076():
    x = "é"
    x //= 10**20
    return x
t('"é" //= 10**20', f5076)
def f5077():
    x = "é"
    x %= 10**20
    return x
t('"é" %= 10**20', f5077)
def f5078():
    x = "é"
    x >>= 10**20
    return x
t('"é" >>= 10**20', f5078)
def f5079():
    x = "é"
    x &= 10**20
    return x
t('"é" &= 10**20', f5079)
def f5080():
    x = "é"
    x |= 10**20
    return x
t('"é" |= 10**20', f5080)
def f5081():
    x = "é"
    x ^= 10**20
    return x
t('"é" ^= 10**20', f5081)
def f5082():
    x = "é"
    x @= 10**20
    return x
t('"é" @= 10**20', f5082)
def f5083():
    x = "é"
    x += []
    return x
t('"é" += []', f5083)
def f5084():
    x = "é"
    x -= []
    return x
t('"é" -= []', f5084)
def f5085():
    x = "é"
    x *= []
    return x
t('"é" *= []', f5085)
def f5086():
    x = "é"
    x /= []
    return x
t('"é" /= []', f5086)
def f5087():
    x = "é"
    x //= []
    return x
t('"é" //= []', f5087)
def f5088():
    x = "é"
    x %= []
    return x
t('"é" %= []', f5088)
def f5089():
    x = "é"
    x **= []
    return x
t('"é" **= []', f5089)
def f5090():
    x = "é"
    x <<= []
    return x
t('"é" <<= []', f5090)
def f5091():
    x = "é"
    x >>= []
    return x
t('"é" >>= []', f5091)
def f5092():
    x = "é"
    x &= []
    return x
t('"é" &= []', f5092)
def f5093():
    x = "é"
    x |= []
    return x
t('"é" |= []', f5093)
def f5094():
    x = "é"
    x ^= []
    return x
t('"é" ^= []', f5094)
def f5095():
    x = "é"
    x @= []
    return x
t('"é" @= []', f5095)
def f5096():
    x = "é"
    x += {}
    return x
t('"é" += {}', f5096)
def f5097():
    x = "é"
    x -= {}
    return x
t('"é" -= {}', f5097)
def f5098():
    x = "é"
    x *= {}
    return x
t('"é" *= {}', f5098)
def f5099():
    x = "é"
    x /= {}
    return x
t('"é" /= {}', f5099)
def f5100():
    x = "é"
    x //= {}
    return x
t('"é" //= {}', f5100)
def f5101():
    x = "é"
    x %= {}
    return x
t('"é" %= {}', f5101)
def f5102():
    x = "é"
    x **= {}
    return x
t('"é" **= {}', f5102)
def f5103():
    x = "é"
    x <<= {}
    return x
t('"é" <<= {}', f5103)
def f5104():
    x = "é"
    x >>= {}
    return x
t('"é" >>= {}', f5104)
def f5105():
    x = "é"
    x &= {}
    return x
t('"é" &= {}', f5105)
def f5106():
    x = "é"
    x |= {}
    return x
t('"é" |= {}', f5106)
def f5107():
    x = "é"
    x ^= {}
    return x
t('"é" ^= {}', f5107)
def f5108():
    x = "é"
    x @= {}
    return x
t('"é" @= {}', f5108)
def f5109():
    x = "é"
    x += "é"
    return x
t('"é" += "é"', f5109)
def f5110():
    x = "é"
    x -= "é"
    return x
t('"é" -= "é"', f5110)
def f5111():
    x = "é"
    x *= "é"
    return x
t('"é" *= "é"', f5111)
def f5112():
    x = "é"
    x /= "é"
    return x
t('"é" /= "é"', f5112)
def f5113():
    x = "é"
    x //= "é"
    return x
t('"é" //= "é"', f5113)
def f5114():
    x = "é"
    x %= "é"
    return x
t('"é" %= "é"', f5114)
def f5115():
    x = "é"
    x **= "é"
    return x
t('"é" **= "é"', f5115)
def f5116():
    x = "é"
    x <<= "é"
    return x
t('"é" <<= "é"', f5116)
def f5117():
    x = "é"
    x >>= "é"
    return x
t('"é" >>= "é"', f5117)
def f5118():
    x = "é"
    x &= "é"
    return x
t('"é" &= "é"', f5118)
def f5119():
    x = "é"
    x |= "é"
    return x
t('"é" |= "é"', f5119)
def f5120():
    x = "é"
    x ^= "é"
    return x
t('"é" ^= "é"', f5120)
def f5121():
    x = "é"
    x @= "é"
    return x
t('"é" @= "é"', f5121)
t('-1', lambda: -1)
t('+1', lambda: +1)
t('~1', lambda: ~1)
t('not 1', lambda: not 1)
t('abs(1)', lambda: abs(1))
t('len(1)', lambda: len(1))
t('bool(1)', lambda: bool(1))
t('int(1)', lambda: int(1))
t('float(1)', lambda: float(1))
t('str(1)', lambda: str(1))
t('list(1)', lambda: list(1))
t('type(iter(1)).__name__', lambda: type(iter(1)).__name__)
t('type(reversed(1)).__name__', lambda: type(reversed(1)).__name__)
t('sorted(1)', lambda: sorted(1))
t('min(1)', lambda: min(1))
t('sum(1)', lambda: sum(1))
t('tuple(1)', lambda: tuple(1))
t('set(1)', lambda: set(1))
t('repr(1)', lambda: repr(1))
t('ascii(1)', lambda: ascii(1))
t('-2.5', lambda: -2.5)
t('+2.5', lambda: +2.5)
t('~2.5', lambda: ~2.5)
t('not 2.5', lambda: not 2.5)
t('abs(2.5)', lambda: abs(2.5))
t('len(2.5)', lambda: len(2.5))
t('bool(2.5)', lambda: bool(2.5))
t('int(2.5)', lambda: int(2.5))
t('float(2.5)', lambda: float(2.5))
t('str(2.5)', lambda: str(2.5))
t('list(2.5)', lambda: list(2.5))
t('type(iter(2.5)).__name__', lambda: type(iter(2.5)).__name__)
t('type(reversed(2.5)).__name__', lambda: type(reversed(2.5)).__name__)
t('sorted(2.5)', lambda: sorted(2.5))
t('min(2.5)', lambda: min(2.5))
t('sum(2.5)', lambda: sum(2.5))
t('tuple(2.5)', lambda: tuple(2.5))
t('set(2.5)', lambda: set(2.5))
t('repr(2.5)', lambda: repr(2.5))
t('ascii(2.5)', lambda: ascii(2.5))
t('-True', lambda: -True)
t('+True', lambda: +True)
t('~True', lambda: ~True)
t('not True', lambda: not True)
t('abs(True)', lambda: abs(True))
t('len(True)', lambda: len(True))
t('bool(True)', lambda: bool(True))
t('int(True)', lambda: int(True))
t('float(True)', lambda: float(True))
t('str(True)', lambda: str(True))
t('list(True)', lambda: list(True))
t('type(iter(True)).__name__', lambda: type(iter(True)).__name__)
t('type(reversed(True)).__name__', lambda: type(reversed(True)).__name__)
t('sorted(True)', lambda: sorted(True))
t('min(True)', lambda: min(True))
t('sum(True)', lambda: sum(True))
t('tuple(True)', lambda: tuple(True))
t('set(True)', lambda: set(True))
t('repr(True)', lambda: repr(True))
t('ascii(True)', lambda: ascii(True))
t('-"ab"', lambda: -"ab")
t('+"ab"', lambda: +"ab")
t('~"ab"', lambda: ~"ab")
t('not "ab"', lambda: not "ab")
t('abs("ab")', lambda: abs("ab"))
t('len("ab")', lambda: len("ab"))
t('bool("ab")', lambda: bool("ab"))
t('int("ab")', lambda: int("ab"))
t('float("ab")', lambda: float("ab"))
t('str("ab")', lambda: str("ab"))
t('list("ab")', lambda: list("ab"))
t('type(iter("ab")).__name__', lambda: type(iter("ab")).__name__)
t('type(reversed("ab")).__name__', lambda: type(reversed("ab")).__name__)
t('sorted("ab")', lambda: sorted("ab"))
t('min("ab")', lambda: min("ab"))
t('sum("ab")', lambda: sum("ab"))
t('tuple("ab")', lambda: tuple("ab"))
t('set("ab")', lambda: set("ab"))
t('repr("ab")', lambda: repr("ab"))
t('ascii("ab")', lambda: ascii("ab"))
t('-b"ab"', lambda: -b"ab")
t('+b"ab"', lambda: +b"ab")
t('~b"ab"', lambda: ~b"ab")
t('not b"ab"', lambda: not b"ab")
t('abs(b"ab")', lambda: abs(b"ab"))
t('len(b"ab")', lambda: len(b"ab"))
t('bool(b"ab")', lambda: bool(b"ab"))
t('int(b"ab")', lambda: int(b"ab"))
t('float(b"ab")', lambda: float(b"ab"))
t('str(b"ab")', lambda: str(b"ab"))
t('list(b"ab")', lambda: list(b"ab"))
t('type(iter(b"ab")).__name__', lambda: type(iter(b"ab")).__name__)
t('type(reversed(b"ab")).__name__', lambda: type(reversed(b"ab")).__name__)
t('sorted(b"ab")', lambda: sorted(b"ab"))
t('min(b"ab")', lambda: min(b"ab"))
t('sum(b"ab")', lambda: sum(b"ab"))
t('tuple(b"ab")', lambda: tuple(b"ab"))
t('set(b"ab")', lambda: set(b"ab"))
t('repr(b"ab")', lambda: repr(b"ab"))
t('ascii(b"ab")', lambda: ascii(b"ab"))
t('-bytearray(b"x")', lambda: -bytearray(b"x"))
t('+bytearray(b"x")', lambda: +bytearray(b"x"))
t('~bytearray(b"x")', lambda: ~bytearray(b"x"))
t('not bytearray(b"x")', lambda: not bytearray(b"x"))
t('abs(bytearray(b"x"))', lambda: abs(bytearray(b"x")))
t('len(bytearray(b"x"))', lambda: len(bytearray(b"x")))
t('bool(bytearray(b"x"))', lambda: bool(bytearray(b"x")))
t('int(bytearray(b"x"))', lambda: int(bytearray(b"x")))
t('float(bytearray(b"x"))', lambda: float(bytearray(b"x")))
t('str(bytearray(b"x"))', lambda: str(bytearray(b"x")))
t('list(bytearray(b"x"))', lambda: list(bytearray(b"x")))
t('type(iter(bytearray(b"x"))).__name__', lambda: type(iter(bytearray(b"x"))).__name__)
t('type(reversed(bytearray(b"x"))).__name__', lambda: type(reversed(bytearray(b"x"))).__name__)
t('sorted(bytearray(b"x"))', lambda: sorted(bytearray(b"x")))
t('min(bytearray(b"x"))', lambda: min(bytearray(b"x")))
t('sum(bytearray(b"x"))', lambda: sum(bytearray(b"x")))
t('tuple(bytearray(b"x"))', lambda: tuple(bytearray(b"x")))
t('set(bytearray(b"x"))', lambda: set(bytearray(b"x")))
t('repr(bytearray(b"x"))', lambda: repr(bytearray(b"x")))
t('ascii(bytearray(b"x"))', lambda: ascii(bytearray(b"x")))
t('-[1]', lambda: -[1])
t('+[1]', lambda: +[1])
t('~[1]', lambda: ~[1])
t('not [1]', lambda: not [1])
t('abs([1])', lambda: abs([1]))
t('len([1])', lambda: len([1]))
t('bool([1])', lambda: bool([1]))
t('int([1])', lambda: int([1]))
t('float([1])', lambda: float([1]))
t('str([1])', lambda: str([1]))
t('list([1])', lambda: list([1]))
t('type(iter([1])).__name__', lambda: type(iter([1])).__name__)
t('type(reversed([1])).__name__', lambda: type(reversed([1])).__name__)
t('sorted([1])', lambda: sorted([1]))
t('min([1])', lambda: min([1]))
t('sum([1])', lambda: sum([1]))
t('tuple([1])', lambda: tuple([1]))
t('set([1])', lambda: set([1]))
t('repr([1])', lambda: repr([1]))
t('ascii([1])', lambda: ascii([1]))
t('-(1,)', lambda: -(1,))
t('+(1,)', lambda: +(1,))
t('~(1,)', lambda: ~(1,))
t('not (1,)', lambda: not (1,))
t('abs((1,))', lambda: abs((1,)))
t('len((1,))', lambda: len((1,)))
t('bool((1,))', lambda: bool((1,)))
t('int((1,))', lambda: int((1,)))
t('float((1,))', lambda: float((1,)))
t('str((1,))', lambda: str((1,)))
t('list((1,))', lambda: list((1,)))
t('type(iter((1,))).__name__', lambda: type(iter((1,))).__name__)
t('type(reversed((1,))).__name__', lambda: type(reversed((1,))).__name__)
t('sorted((1,))', lambda: sorted((1,)))
t('min((1,))', lambda: min((1,)))
t('sum((1,))', lambda: sum((1,)))
t('tuple((1,))', lambda: tuple((1,)))
t('set((1,))', lambda: set((1,)))
t('repr((1,))', lambda: repr((1,)))
t('ascii((1,))', lambda: ascii((1,)))
t('-{1: 2}', lambda: -{1: 2})
t('+{1: 2}', lambda: +{1: 2})
t('~{1: 2}', lambda: ~{1: 2})
t('not {1: 2}', lambda: not {1: 2})
t('abs({1: 2})', lambda: abs({1: 2}))
t('len({1: 2})', lambda: len({1: 2}))
t('bool({1: 2})', lambda: bool({1: 2}))
t('int({1: 2})', lambda: int({1: 2}))
t('float({1: 2})', lambda: float({1: 2}))
t('str({1: 2})', lambda: str({1: 2}))
t('list({1: 2})', lambda: list({1: 2}))
t('type(iter({1: 2})).__name__', lambda: type(iter({1: 2})).__name__)
t('type(reversed({1: 2})).__name__', lambda: type(reversed({1: 2})).__name__)
t('sorted({1: 2})', lambda: sorted({1: 2}))
t('min({1: 2})', lambda: min({1: 2}))
t('sum({1: 2})', lambda: sum({1: 2}))
t('tuple({1: 2})', lambda: tuple({1: 2}))
t('set({1: 2})', lambda: set({1: 2}))
t('repr({1: 2})', lambda: repr({1: 2}))
t('ascii({1: 2})', lambda: ascii({1: 2}))
t('-{1}', lambda: -{1})
t('+{1}', lambda: +{1})
t('~{1}', lambda: ~{1})
t('not {1}', lambda: not {1})
t('abs({1})', lambda: abs({1}))
t('len({1})', lambda: len({1}))
t('bool({1})', lambda: bool({1}))
t('int({1})', lambda: int({1}))
t('float({1})', lambda: float({1}))
t('str({1})', lambda: str({1}))
t('list({1})', lambda: list({1}))
t('type(iter({1})).__name__', lambda: type(iter({1})).__name__)
t('type(reversed({1})).__name__', lambda: type(reversed({1})).__name__)
t('sorted({1})', lambda: sorted({1}))
t('min({1})', lambda: min({1}))
t('sum({1})', lambda: sum({1}))
t('tuple({1})', lambda: tuple({1}))
t('set({1})', lambda: set({1}))
t('repr({1})', lambda: repr({1}))
t('ascii({1})', lambda: ascii({1}))
t('-frozenset({2})', lambda: -frozenset({2}))
t('+frozenset({2})', lambda: +frozenset({2}))
t('~frozenset({2})', lambda: ~frozenset({2}))
t('not frozenset({2})', lambda: not frozenset({2}))
t('abs(frozenset({2}))', lambda: abs(frozenset({2})))
t('len(frozenset({2}))', lambda: len(frozenset({2})))
t('bool(frozenset({2}))', lambda: bool(frozenset({2})))
t('int(frozenset({2}))', lambda: int(frozenset({2})))
t('float(frozenset({2}))', lambda: float(frozenset({2})))
t('str(frozenset({2}))', lambda: str(frozenset({2})))
t('list(frozenset({2}))', lambda: list(frozenset({2})))
t('type(iter(frozenset({2}))).__name__', lambda: type(iter(frozenset({2}))).__name__)
t('type(reversed(frozenset({2}))).__name__', lambda: type(reversed(frozenset({2}))).__name__)
t('sorted(frozenset({2}))', lambda: sorted(frozenset({2})))
t('min(frozenset({2}))', lambda: min(frozenset({2})))
t('sum(frozenset({2}))', lambda: sum(frozenset({2})))
t('tuple(frozenset({2}))', lambda: tuple(frozenset({2})))
t('set(frozenset({2}))', lambda: set(frozenset({2})))
t('repr(frozenset({2}))', lambda: repr(frozenset({2})))
t('ascii(frozenset({2}))', lambda: ascii(frozenset({2})))
t('-None', lambda: -None)
t('+None', lambda: +None)
t('~None', lambda: ~None)
t('not None', lambda: not None)
t('abs(None)', lambda: abs(None))
t('len(None)', lambda: len(None))
t('bool(None)', lambda: bool(None))
t('int(None)', lambda: int(None))
t('float(None)', lambda: float(None))
t('str(None)', lambda: str(None))
t('list(None)', lambda: list(None))
t('type(iter(None)).__name__', lambda: type(iter(None)).__name__)
t('type(reversed(None)).__name__', lambda: type(reversed(None)).__name__)
t('sorted(None)', lambda: sorted(None))
t('min(None)', lambda: min(None))
t('sum(None)', lambda: sum(None))
t('tuple(None)', lambda: tuple(None))
t('set(None)', lambda: set(None))
t('repr(None)', lambda: repr(None))
t('ascii(None)', lambda: ascii(None))
t('-range(2)', lambda: -range(2))
t('+range(2)', lambda: +range(2))
t('~range(2)', lambda: ~range(2))
t('not range(2)', lambda: not range(2))
t('abs(range(2))', lambda: abs(range(2)))
t('len(range(2))', lambda: len(range(2)))
t('bool(range(2))', lambda: bool(range(2)))
t('int(range(2))', lambda: int(range(2)))
t('float(range(2))', lambda: float(range(2)))
t('str(range(2))', lambda: str(range(2)))
t('list(range(2))', lambda: list(range(2)))
t('type(iter(range(2))).__name__', lambda: type(iter(range(2))).__name__)
t('type(reversed(range(2))).__name__', lambda: type(reversed(range(2))).__name__)
t('sorted(range(2))', lambda: sorted(range(2)))
t('min(range(2))', lambda: min(range(2)))
t('sum(range(2))', lambda: sum(range(2)))
t('tuple(range(2))', lambda: tuple(range(2)))
t('set(range(2))', lambda: set(range(2)))
t('repr(range(2))', lambda: repr(range(2)))
t('ascii(range(2))', lambda: ascii(range(2)))
t('-{1: 2}.keys()', lambda: -{1: 2}.keys())
t('+{1: 2}.keys()', lambda: +{1: 2}.keys())
t('~{1: 2}.keys()', lambda: ~{1: 2}.keys())
t('not {1: 2}.keys()', lambda: not {1: 2}.keys())
t('abs({1: 2}.keys())', lambda: abs({1: 2}.keys()))
t('len({1: 2}.keys())', lambda: len({1: 2}.keys()))
t('bool({1: 2}.keys())', lambda: bool({1: 2}.keys()))
t('int({1: 2}.keys())', lambda: int({1: 2}.keys()))
t('float({1: 2}.keys())', lambda: float({1: 2}.keys()))
t('str({1: 2}.keys())', lambda: str({1: 2}.keys()))
t('list({1: 2}.keys())', lambda: list({1: 2}.keys()))
t('type(iter({1: 2}.keys())).__name__', lambda: type(iter({1: 2}.keys())).__name__)
t('type(reversed({1: 2}.keys())).__name__', lambda: type(reversed({1: 2}.keys())).__name__)
t('sorted({1: 2}.keys())', lambda: sorted({1: 2}.keys()))
t('min({1: 2}.keys())', lambda: min({1: 2}.keys()))
t('sum({1: 2}.keys())', lambda: sum({1: 2}.keys()))
t('tuple({1: 2}.keys())', lambda: tuple({1: 2}.keys()))
t('set({1: 2}.keys())', lambda: set({1: 2}.keys()))
t('repr({1: 2}.keys())', lambda: repr({1: 2}.keys()))
t('ascii({1: 2}.keys())', lambda: ascii({1: 2}.keys()))
t('--3', lambda: --3)
t('+-3', lambda: +-3)
t('~-3', lambda: ~-3)
t('not -3', lambda: not -3)
t('abs(-3)', lambda: abs(-3))
t('len(-3)', lambda: len(-3))
t('bool(-3)', lambda: bool(-3))
t('int(-3)', lambda: int(-3))
t('float(-3)', lambda: float(-3))
t('str(-3)', lambda: str(-3))
t('list(-3)', lambda: list(-3))
t('type(iter(-3)).__name__', lambda: type(iter(-3)).__name__)
t('type(reversed(-3)).__name__', lambda: type(reversed(-3)).__name__)
t('sorted(-3)', lambda: sorted(-3))
t('min(-3)', lambda: min(-3))
t('sum(-3)', lambda: sum(-3))
t('tuple(-3)', lambda: tuple(-3))
t('set(-3)', lambda: set(-3))
t('repr(-3)', lambda: repr(-3))
t('ascii(-3)', lambda: ascii(-3))
t('-0', lambda: -0)
t('+0', lambda: +0)
t('~0', lambda: ~0)
t('not 0', lambda: not 0)
t('abs(0)', lambda: abs(0))
t('len(0)', lambda: len(0))
t('bool(0)', lambda: bool(0))
t('int(0)', lambda: int(0))
t('float(0)', lambda: float(0))
t('str(0)', lambda: str(0))
t('list(0)', lambda: list(0))
t('type(iter(0)).__name__', lambda: type(iter(0)).__name__)
t('type(reversed(0)).__name__', lambda: type(reversed(0)).__name__)
t('sorted(0)', lambda: sorted(0))
t('min(0)', lambda: min(0))
t('sum(0)', lambda: sum(0))
t('tuple(0)', lambda: tuple(0))
t('set(0)', lambda: set(0))
t('repr(0)', lambda: repr(0))
t('ascii(0)', lambda: ascii(0))
t('-10**20', lambda: -10**20)
t('+10**20', lambda: +10**20)
t('~10**20', lambda: ~10**20)
t('not 10**20', lambda: not 10**20)
t('abs(10**20)', lambda: abs(10**20))
t('len(10**20)', lambda: len(10**20))
t('bool(10**20)', lambda: bool(10**20))
t('int(10**20)', lambda: int(10**20))
t('float(10**20)', lambda: float(10**20))
t('str(10**20)', lambda: str(10**20))
t('list(10**20)', lambda: list(10**20))
t('type(iter(10**20)).__name__', lambda: type(iter(10**20)).__name__)
t('type(reversed(10**20)).__name__', lambda: type(reversed(10**20)).__name__)
t('sorted(10**20)', lambda: sorted(10**20))
t('min(10**20)', lambda: min(10**20))
t('sum(10**20)', lambda: sum(10**20))
t('tuple(10**20)', lambda: tuple(10**20))
t('set(10**20)', lambda: set(10**20))
t('repr(10**20)', lambda: repr(10**20))
t('ascii(10**20)', lambda: ascii(10**20))
t('-[]', lambda: -[])
t('+[]', lambda: +[])
t('~[]', lambda: ~[])
t('not []', lambda: not [])
t('abs([])', lambda: abs([]))
t('len([])', lambda: len([]))
t('bool([])', lambda: bool([]))
t('int([])', lambda: int([]))
t('float([])', lambda: float([]))
t('str([])', lambda: str([]))
t('list([])', lambda: list([]))
t('type(iter([])).__name__', lambda: type(iter([])).__name__)
t('type(reversed([])).__name__', lambda: type(reversed([])).__name__)
t('sorted([])', lambda: sorted([]))
t('min([])', lambda: min([]))
t('sum([])', lambda: sum([]))
t('tuple([])', lambda: tuple([]))
t('set([])', lambda: set([]))
t('repr([])', lambda: repr([]))
t('ascii([])', lambda: ascii([]))
t('-{}', lambda: -{})
t('+{}', lambda: +{})
t('~{}', lambda: ~{})
t('not {}', lambda: not {})
t('abs({})', lambda: abs({}))
t('len({})', lambda: len({}))
t('bool({})', lambda: bool({}))
t('int({})', lambda: int({}))
t('float({})', lambda: float({}))
t('str({})', lambda: str({}))
t('list({})', lambda: list({}))
t('type(iter({})).__name__', lambda: type(iter({})).__name__)
t('type(reversed({})).__name__', lambda: type(reversed({})).__name__)
t('sorted({})', lambda: sorted({}))
t('min({})', lambda: min({}))
t('sum({})', lambda: sum({}))
t('tuple({})', lambda: tuple({}))
t('set({})', lambda: set({}))
t('repr({})', lambda: repr({}))
t('ascii({})', lambda: ascii({}))
t('-"é"', lambda: -"é")
t('+"é"', lambda: +"é")
t('~"é"', lambda: ~"é")
t('not "é"', lambda: not "é")
t('abs("é")', lambda: abs("é"))
t('len("é")', lambda: len("é"))
t('bool("é")', lambda: bool("é"))
t('int("é")', lambda: int("é"))
t('float("é")', lambda: float("é"))
t('str("é")', lambda: str("é"))
t('list("é")', lambda: list("é"))
t('type(iter("é")).__name__', lambda: type(iter("é")).__name__)
t('type(reversed("é")).__name__', lambda: type(reversed("é")).__name__)
t('sorted("é")', lambda: sorted("é"))
t('min("é")', lambda: min("é"))
t('sum("é")', lambda: sum("é"))
t('tuple("é")', lambda: tuple("é"))
t('set("é")', lambda: set("é"))
t('repr("é")', lambda: repr("é"))
t('ascii("é")', lambda: ascii("é"))
