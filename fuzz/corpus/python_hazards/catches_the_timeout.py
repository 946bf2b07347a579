def func(a):
    while True:
        try:
            while True:
                pass
        except BaseException:
            a = a + 1
