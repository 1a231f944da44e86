// What the module's endpoint files share; each file still names anything beyond these.
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
global using Tianyuan.Kernel.Http;
