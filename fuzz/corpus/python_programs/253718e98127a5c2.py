def func(a, b):
    for d in range((9223372036854775807 >> a)):
        while 3:
            d //= 8
            return (a * 8)
        e = (8 >= 6)
        for f in range(65535):
            return 3
        e = 0
