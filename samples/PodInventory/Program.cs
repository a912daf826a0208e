using System;
using System.Linq;
using System.Reflection;
using PodInventory;

// Code that depends on the manifests uses the generated constants: renaming the port or the
// variable in the YAML breaks this build instead of the running service.
var api = Pods.PodInventory.Containers.Api.Ports.Http;
Console.WriteLine($"{Pods.PodInventory.Name} ({Pods.PodInventory.Kind}) listens on http://+:{api}");
Console.WriteLine($"  reads ${Pods.PodInventory.Containers.Api.Env.InventoryRegion}, caches in {Pods.PodInventory.Containers.Api.VolumeMounts.Cache}");
Console.WriteLine($"  image {Pods.PodInventory.Containers.Api.Image}, version label {Pods.PodInventory.Labels.AppKubernetesIoVersion}");
Console.WriteLine();

// The generated classes are plain constants, so the whole inventory can also be listed.
Console.WriteLine("Pod inventory generated from k8s/*.yaml:");
foreach (var pod in typeof(Pods).GetNestedTypes().OrderBy(type => type.Name, StringComparer.Ordinal))
{
    Print(pod, depth: 1);
}

if (Pods.GyslSharedPid.ShareProcessNamespace)
{
    Console.WriteLine();
    Console.WriteLine($"{Pods.GyslSharedPid.Name} shares one PID namespace: PID 1 in every container is the pause container.");
}

static void Print(Type type, int depth)
{
    var indent = new string(' ', depth * 2);
    Console.WriteLine($"{indent}{type.Name}");
    foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral))
    {
        Console.WriteLine($"{indent}  {field.Name} = {field.GetRawConstantValue()}");
    }

    foreach (var nested in type.GetNestedTypes())
    {
        Print(nested, depth + 1);
    }
}
