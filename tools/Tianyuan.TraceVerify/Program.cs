// An auditor's offline check of the Tianyuan transparency log. Exit code 0: verified; 1: not verified (or bad input).
return Tianyuan.TraceVerify.Verifier.Run(args, Console.Out);
