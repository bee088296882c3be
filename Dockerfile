# The content-extract tool as a container image, for sharded runs (docs/scale.md).
#
#   docker build -t content-extract:0.1.0 .
#   docker run --rm -v "$PWD/data:/data" content-extract:0.1.0 --manifest /data/paths.txt --shard 0/4 --format parquet --out /data/out
#
# Built from source on the official .NET images: the SDK publishes the tool, the runtime image runs it.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The project files first, so that the package restore is cached while only sources change.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ContentExtract/ContentExtract.csproj src/ContentExtract/
COPY src/ContentExtract.Cli/ContentExtract.Cli.csproj src/ContentExtract.Cli/
RUN dotnet restore src/ContentExtract.Cli/ContentExtract.Cli.csproj
COPY . .
RUN dotnet publish src/ContentExtract.Cli/ContentExtract.Cli.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /app /opt/content-extract
# The image's non-root user (uid 1654); mount the output folder writable for it.
USER $APP_UID
WORKDIR /data
ENTRYPOINT ["dotnet", "/opt/content-extract/content-extract.dll"]
