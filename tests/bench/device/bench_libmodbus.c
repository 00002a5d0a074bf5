/* Benchmark reference: libmodbus RTU round trips per second, 16 input
   registers per request, against the same simulator.
   Usage: bench_libmodbus PORT [SECONDS] [GAP_US]
   libmodbus sends the next request as soon as a reply is in and keeps no
   inter-frame gap; GAP_US > 0 adds one here (silence since the last reply,
   waited to the microsecond), so the app can also be compared with a
   libmodbus client that honours t3.5. */
#include <modbus.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void sleepUntil(double t)
{
    struct timespec ts;
    ts.tv_sec = (time_t)t;
    ts.tv_nsec = (long)((t - (double)ts.tv_sec) * 1e9);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
    }
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_libmodbus PORT [SECONDS] [GAP_US]\n");
        return 2;
    }
    const double seconds = argc > 2 ? atof(argv[2]) : 3.0;
    const double gap = argc > 3 ? atof(argv[3]) / 1e6 : 0.0;
    modbus_t *ctx = modbus_new_rtu(argv[1], 115200, 'N', 8, 1);
    if (!ctx || modbus_set_slave(ctx, 1) != 0 || modbus_connect(ctx) != 0) {
        fprintf(stderr, "libmodbus: cannot open %s: %s\n", argv[1], modbus_strerror(errno));
        return 3;
    }
    modbus_set_response_timeout(ctx, 0, 500000);
    uint16_t regs[16];
    unsigned long ok = 0, failed = 0;
    const double start = now();
    double t, lastReply = 0;
    while ((t = now()) - start < seconds) {
        if (gap > 0 && lastReply > 0 && t < lastReply + gap)
            sleepUntil(lastReply + gap);
        if (modbus_read_input_registers(ctx, 0, 16, regs) == 16)
            ++ok;
        else
            ++failed;
        lastReply = now();
    }
    printf("libmodbus %.0f /s (gap %.0f us, %lu ok, %lu failed)\n", ok / (t - start), gap * 1e6, ok,
           failed);
    modbus_close(ctx);
    modbus_free(ctx);
    return failed ? 1 : 0;
}
