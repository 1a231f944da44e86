// What nearly every use case file of this module needs; each file still names anything beyond these.
global using System.Security.Claims;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Localization;
global using Tianyuan.Kernel;
global using Tianyuan.Kernel.Access;
global using Tianyuan.Kernel.Http;
global using Tianyuan.Regions.Data;
global using Tianyuan.Regions.Domain;
global using Tianyuan.Regions.Resources;
