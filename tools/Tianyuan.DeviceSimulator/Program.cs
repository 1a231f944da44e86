// Farm device simulator. Exit code 0: ran (and stopped) with every message acknowledged; 1: bad options, sign-in or
// registration failed, or some message was not acknowledged.
using System.Runtime.InteropServices;
using Tianyuan.DeviceSimulator;

var (options, error) = SimOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync($"{error}\n{SimOptions.Usage}");
    return 1;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let the run wind down (disconnect, print the totals) instead of killing the process.
    e.Cancel = true;
    stop.Cancel();
};
// SIGTERM (systemd stop, docker stop) winds down the same way.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
if (options.DurationSeconds is int seconds)
    stop.CancelAfter(TimeSpan.FromSeconds(seconds));
return await Simulator.RunAsync(options, stop.Token);
